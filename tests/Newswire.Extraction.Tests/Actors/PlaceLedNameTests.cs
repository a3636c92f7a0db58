using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>Organizations named after a place ("Harwick Rovers") are not cut to the place.</summary>
public class PlaceLedNameTests
{
    [Fact]
    public void A_place_followed_by_a_capitalized_noun_is_an_organization_named_for_it()
    {
        var a = Run("Fresno Comets signed two new players on Tuesday. The coach said Fresno Comets would play at home.");
        Assert.Equal(ActorKind.Organization, KindOf(a, "Fresno Comets"));
        Assert.DoesNotContain(a.Actors, x => x.Name == "Fresno" && x.Kind == ActorKind.Location);
    }

    [Fact]
    public void A_place_right_before_an_organization_name_opens_that_name()
    {
        var a = Run("Volunteers from the Fresno Red Cross handed out water.");
        Assert.Equal(ActorKind.Organization, KindOf(a, "Fresno Red Cross"));
        Assert.DoesNotContain(a.Actors, x => x.Name == "Fresno" && x.Kind == ActorKind.Location);
    }

    [Fact]
    public void Titles_place_heads_and_dates_after_a_place_do_not_make_an_organization()
    {
        var a = Run("Flights to Fresno Airport resumed. Fresno Mayor Ana Quiroga said Fresno Monday would be calm.");
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Organization && x.Name.StartsWith("Fresno"));
    }

    [Fact]
    public void A_headline_in_mixed_case_does_not_make_an_organization()
    {
        // Small words in lower case hide the title case; the headline still says nothing by its capitals.
        var a = ArticleExtractor.Extract("story.txt", "Wire Service\nWorld\n\nChile and Peru Agree to Expand the grain corridor\n\nOfficials in Lima said on Monday that the deal would be signed soon.\n");
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Organization && x.Name.StartsWith("Peru"));
    }
}
