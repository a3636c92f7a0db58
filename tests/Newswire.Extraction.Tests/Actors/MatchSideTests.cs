using System.Linq;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>Towns that play a match, in a sentence reporting its result, are their clubs (Resolve/MatchSides.cs).</summary>
public class MatchSideTests
{
    private static ExtractedArticle Story(string headline, string body) => ArticleExtractor.Extract("story.txt", headline + "\n\n" + body + "\n");

    [Fact]
    public void The_subject_and_the_other_side_of_a_result_are_clubs_with_their_towns_country()
    {
        var a = Story("Barcelona Beat Sevilla to Go Top", "Barcelona moved to the top of the league on Sunday after a 3-1 win over Sevilla.");
        var barcelona = a.Actors.Single(x => x.Name == "Barcelona");
        var sevilla = a.Actors.Single(x => x.Name == "Sevilla");
        Assert.Equal(ActorKind.Organization, barcelona.Kind);
        Assert.Equal(ActorKind.Organization, sevilla.Kind);
        Assert.Equal("ESP", barcelona.Country);
        Assert.Equal(2, barcelona.Mentions.Count(m => m.Form == MentionForm.Name)); // the headline's mention too
    }

    [Fact]
    public void Countries_and_sentences_without_a_result_keep_their_places()
    {
        var a = Story("Results", "Spain beat Italy 2-1 in Madrid on Sunday. The court in Boston ruled 5-4 against the city.");
        Assert.All(new[] { "Spain", "Italy", "Madrid", "Boston" }, n => Assert.Equal(ActorKind.Location, a.Actors.Single(x => x.Name == n).Kind));
    }

    [Fact]
    public void A_score_without_a_result_word_retypes_nothing()
    {
        var a = Story("Vote", "Lawmakers in Sevilla voted 9-4 to approve the budget on Monday.");
        Assert.Equal(ActorKind.Location, a.Actors.Single(x => x.Name == "Sevilla").Kind);
    }

    [Fact]
    public void A_loss_and_a_three_digit_score_report_a_result()
    {
        var a = Story("Results", "Dunmore finished the season after losing to Sevilla 63-7 in the final. Barcelona beat Valencia 102-98 on Friday.");
        Assert.All(new[] { "Sevilla", "Barcelona", "Valencia" }, n => Assert.Equal(ActorKind.Organization, a.Actors.Single(x => x.Name == n).Kind));
    }

    [Fact]
    public void A_score_with_spaces_around_its_dash_reports_a_result()
    {
        // Tokenized copy and some outlets write "2 – 1"; the sides are clubs as with "2-1".
        var a = Story("Results", "Sevilla beat Valencia 2 – 1 on Sunday.");
        Assert.All(new[] { "Sevilla", "Valencia" }, n => Assert.Equal(ActorKind.Organization, a.Actors.Single(x => x.Name == n).Kind));
    }

    [Fact]
    public void A_year_range_is_no_score()
    {
        var a = Story("Seasons", "Valencia won the title in the 2009-10 season.");
        Assert.Equal(ActorKind.Location, a.Actors.Single(x => x.Name == "Valencia").Kind);
    }
}
