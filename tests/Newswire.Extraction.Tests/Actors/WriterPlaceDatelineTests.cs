using System.Linq;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// The writer's place on its own line under a byline ("By Staff Reporter" / "New Delhi") is the story's dateline
/// (Layout/WriterLine.cs IsPlaceUnderByline, ArticleLayout.WriterPlace): no paragraph, but a place actor whose country
/// national bodies and unqualified office holders take, as under a wire dateline.
/// </summary>
public class WriterPlaceDatelineTests
{
    private const string Body =
        "Fisheries Minister Ada Brelik-Sund told parliament on Tuesday that the cod quota would be cut.\n\n"
        + "The Harbour Workers Union said the cut would cost jobs in the north.\n";

    [Theory]
    [InlineData("By Staff Reporter", "Reykjavik", "ISL")]
    [InlineData("By Tomas Weir-Hale", "Bridgetown", "BRB")]
    [InlineData("By Staff Correspondent", "Port of Spain", "TTO")]
    public void A_place_line_under_a_byline_is_the_dateline(string byline, string place, string country)
    {
        var a = ArticleExtractor.Extract("story.txt", "Quota to be cut\n\n" + byline + "\n" + place + "\n\n" + Body);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
        Assert.Equal(place, a.Text.Substring(a.Layout.WriterPlace!.Value.Start, a.Layout.WriterPlace.Value.Length));
        var located = Stories.Named(a, place);
        Assert.Equal(ActorKind.Location, located.Kind);
        Assert.Equal(country, located.Country);
        Assert.Equal(country, Stories.Named(a, "Ada Brelik-Sund").Country);
    }

    // A writer's post under the name ("Political Editor") is no place.
    [Fact]
    public void A_post_under_a_byline_is_no_place()
    {
        var a = ArticleExtractor.Extract("story.txt", "Quota to be cut\n\nBy Ada Brandt\nPolitical Editor\n\n" + Body);
        Assert.Null(a.Layout.WriterPlace);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }
}
