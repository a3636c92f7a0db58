using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>A name ending in a building's or a body's head word is that place or organization, never a person.</summary>
public class HeadedPersonTests
{
    [Fact]
    public void A_building_head_makes_a_place_and_a_body_head_an_organization()
    {
        var a = Run("Crowds gathered outside Tavener Kessel Memorial on Sunday. Researchers from Marlo Quist Lab joined them.");
        Assert.DoesNotContain(Exported(a), x => x.Kind == ActorKind.Person && x.Text.EndsWith("Memorial"));
        Assert.DoesNotContain(Exported(a), x => x.Kind == ActorKind.Person && x.Text.EndsWith("Lab"));
    }

    [Fact]
    public void A_landform_head_makes_a_place()
    {
        var a = Run("A supply boat was blocked near Thomas Shoal on Monday, and another near Peter Reef.");
        Assert.DoesNotContain(Exported(a), x => x.Kind == ActorKind.Person && x.Text.EndsWith("Shoal"));
        Assert.DoesNotContain(Exported(a), x => x.Kind == ActorKind.Person && x.Text.EndsWith("Reef"));
    }

    [Fact]
    public void Surnames_spelled_like_place_words_stay_persons()
    {
        var a = Run("The report was written by Dana Hall and read by Tom Church on Friday.");
        Assert.Contains(Exported(a), x => x.Text == "Dana Hall" && x.Kind == ActorKind.Person);
    }

    [Fact]
    public void A_band_or_an_ensemble_is_an_organization()
    {
        var a = Run("The concert was opened by the Marlo Quist Band on Friday, with the Kessel Ensemble after them.");
        Assert.DoesNotContain(Exported(a), x => x.Kind == ActorKind.Person && x.Text.EndsWith("Band"));
        Assert.DoesNotContain(Exported(a), x => x.Kind == ActorKind.Person && x.Text.EndsWith("Ensemble"));
    }

    [Fact]
    public void A_title_before_a_sport_or_a_trade_word_opens_an_organization()
    {
        var a = Run("He signed with a club of Major League Soccer, and shares of General Dynamics rose.");
        Assert.Contains(Exported(a), x => x.Text == "Major League Soccer" && x.Kind == ActorKind.Organization);
        Assert.Contains(Exported(a), x => x.Text == "General Dynamics" && x.Kind == ActorKind.Organization);
        Assert.DoesNotContain(Exported(a), x => x.Kind == ActorKind.Person && x.Text.EndsWith("Soccer"));
    }

    [Fact]
    public void A_road_or_a_bridge_after_a_name_is_a_place()
    {
        var a = Run("Traffic was heavy on Victoria Street, and the George Washington Bridge was closed for an hour.");
        Assert.Contains(("Victoria Street", ActorKind.Location), Exported(a));
        Assert.Contains(("George Washington Bridge", ActorKind.Location), Exported(a));
    }
}
