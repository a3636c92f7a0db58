using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// The place before "-based" is a place of its own and the name after it another actor: a two-word place the lexicon
/// knows ("Hong Kong-based"), one word the lexicon does not know ("Hsinchu-based"), and a tagger name across the
/// hyphen cut after it (Resolve/HyphenPrefixes.cs).
/// </summary>
public class HyphenPlacePrefixTests
{
    [Fact]
    public void A_two_word_place_before_based_is_a_place_and_the_company_after_it_is_named_alone()
    {
        var a = Run("The refinery will be rebuilt by Hong Kong-based Tavenor Oil Holdings, the ministry said on Monday.");
        var place = Assert.Single(a.Actors, x => x.Name == "Hong Kong");
        Assert.Equal(ActorKind.Location, place.Kind);
        Assert.DoesNotContain(a.Actors, x => x.Name.Contains("-based"));
    }

    [Fact]
    public void A_company_after_a_two_word_place_before_based_is_an_organization()
    {
        var a = Run("Abu Dhabi-based International Quarry Holding said on Monday it had bought the mine.");
        Assert.Contains(a.Actors, x => x.Name == "Abu Dhabi" && x.Kind == ActorKind.Location);
        var company = Assert.Single(a.Actors, x => x.Name == "International Quarry Holding");
        Assert.Equal(ActorKind.Organization, company.Kind);
    }

    [Fact]
    public void An_unknown_word_before_based_is_a_place()
    {
        var a = Run("Officials said the Ostravik-based company would invest 500 million dollars in the plant.");
        var place = Assert.Single(a.Actors, x => x.Name == "Ostravik");
        Assert.Equal(ActorKind.Location, place.Kind);
        Assert.DoesNotContain(a.Actors, x => x.Name.Contains("-based"));
    }

    [Fact]
    public void A_common_word_before_based_is_no_place()
    {
        var a = Run("Officials said Cloud-based software would be used in every school from next year.");
        Assert.DoesNotContain(a.Actors, x => x.Name.StartsWith("Cloud"));
    }
}
