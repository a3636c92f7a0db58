using System.Linq;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>Two wire-copy shapes: a title-case headline's verb after a known name, and an agency in a dateline's brackets.</summary>
public class HeadlineAndAgencyTests
{
    [Fact]
    public void A_title_case_headline_verb_does_not_extend_a_known_organization()
    {
        var a = ArticleExtractor.Extract(
            "story.txt",
            "U.N. Security Council Condemns Attack on Convoy Near Harwick\n\nThe U.N. Security Council on Friday condemned an attack on a convoy near Harwick.\n");
        Assert.DoesNotContain(a.Actors, x => x.Name.Contains("Condemns"));
        var council = Assert.Single(a.Actors, x => x.Kind == ActorKind.Organization && x.Name.Contains("Security Council"));
        Assert.Contains(council.Mentions, m => m.Line == 1);
    }

    [Fact]
    public void The_agency_in_a_dateline_bracket_is_not_the_place_organization_acronym()
    {
        var a = ArticleExtractor.Extract(
            "story.txt",
            "Council meets on aid\n\nUNITED NATIONS (AP) - The Security Council met on Friday to discuss aid to the region.\n");
        Assert.DoesNotContain(a.Actors, x => x.Name == "United Nations" && x.Aliases.Contains("AP"));
        Assert.Contains(a.Actors, x => x.Name == "Associated Press" && x.Mentions.Count > 0);
    }

    [Theory]
    [InlineData("LIMA, Oct 4 (Andina) - ", "Andina")]
    [InlineData("AMMAN, Jan 14 (Petra) -- ", "Petra")]
    public void A_known_agency_in_a_dateline_bracket_is_an_organization_and_never_speaks(string dateline, string agency)
    {
        var a = ArticleExtractor.Extract(
            "story.txt",
            "Government declares emergency\n\n" + dateline + "The government declared a state of emergency on Friday, the prime minister said.\n\n\"We will not allow criminals to take control,\" he told reporters.\n");
        var actor = Assert.Single(a.Actors, x => x.Name == agency);
        Assert.Equal(ActorKind.Organization, actor.Kind);
        Assert.DoesNotContain(actor.Mentions, m => m.Form == MentionForm.Pronoun);
    }

    [Theory]
    [InlineData("KNBS", "Kenya National Bureau of Statistics", true)]
    [InlineData("FARC", "Revolutionary Armed Forces of Colombia", true)]
    [InlineData("AP", "United Nations", false)]
    public void Initials_of_a_name_in_any_order(string acronym, string name, bool expected) =>
        Assert.Equal(expected, Newswire.Extraction.Actors.AcronymLetters.InitialsOf(acronym, name));
}
