using System.Linq;
using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>The known body, country or acronym before a person's capitalized title is named beside the description.</summary>
public class TitleOwnerNameTests
{
    private static bool HasName(ExtractedArticle a, string text, ActorKind kind) =>
        a.Actors.Any(x => x.Kind == kind && x.Mentions.Any(m => m.Form == MentionForm.Name && a.Text.Substring(m.Start, m.Length) == text));

    [Fact]
    public void A_lexicon_body_before_a_title_is_a_name_and_the_phrase_stays_the_persons()
    {
        var a = Run("UN Secretary-General Ada Brelik urged both sides to show restraint on Tuesday.");
        Assert.True(HasName(a, "UN", ActorKind.Organization));
        var brelik = Assert.Single(a.Actors, x => x.Name == "Ada Brelik");
        Assert.Contains(brelik.Mentions, m => a.Text.Substring(m.Start, m.Length) == "UN Secretary-General Ada Brelik");
    }

    [Fact]
    public void A_country_before_a_title_is_a_place_name()
    {
        var a = Run("U.S. Defense Secretary Ivo Marek met the delegation in the capital on Monday.");
        Assert.True(HasName(a, "U.S.", ActorKind.Location));
        Assert.Equal(ActorKind.Person, Assert.Single(a.Actors, x => x.Name == "Ivo Marek").Kind);
    }

    [Fact]
    public void An_unknown_acronym_before_a_title_is_an_organization()
    {
        var a = Run("VDRA Executive Director Tomas Berg said rescuers were searching the valley.");
        Assert.True(HasName(a, "VDRA", ActorKind.Organization));
    }

    [Fact]
    public void A_demonym_or_an_unknown_run_before_a_title_is_no_name()
    {
        var a = Run("Vexlandic President Ada Brelik met Harwick Police Spokesman Tomas Berg in the city.");
        Assert.DoesNotContain(a.Actors, x => x.Name == "Vexlandic" || x.Name == "Harwick");
        Assert.False(HasName(a, "Harwick", ActorKind.Location));
    }

    [Fact]
    public void Executive_after_Chief_closes_the_title_and_starts_no_name()
    {
        var a = Run("Harwick Motors said on Monday that Chief Executive Ada Brelik would step down. Chief Economist Ivo Marek left too.");
        Assert.Contains(a.Actors, x => x.Kind == ActorKind.Person && x.Name == "Ada Brelik");
        Assert.Contains(a.Actors, x => x.Kind == ActorKind.Person && x.Name == "Ivo Marek");
        Assert.DoesNotContain(a.Actors, x => x.Name.StartsWith("Executive") || x.Name.StartsWith("Economist"));
    }

    [Fact]
    public void A_place_before_a_body_word_of_the_title_is_left_inside_the_phrase()
    {
        var a = Run("Kenya Army Chief General Ada Brelik met Lagos State Governor Ivo Marek on Monday.");
        Assert.False(HasName(a, "Kenya", ActorKind.Location));
        Assert.False(HasName(a, "Lagos", ActorKind.Location));
    }

    [Fact]
    public void Affairs_after_a_title_modifier_closes_the_office_and_starts_no_name()
    {
        var a = Run("Minister of Foreign Affairs Ada Brelik said on Monday the talks would resume.");
        Assert.Contains(a.Actors, x => x.Kind == ActorKind.Person && x.Name == "Ada Brelik");
        Assert.DoesNotContain(a.Actors, x => x.Name.StartsWith("Affairs"));
    }
}
