using System.Linq;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Tests.Text;

/// <summary>A wire story's byline and closing credits are metadata: the people they name are not actors.</summary>
public class CreditsTests
{
    private const string Story =
        "Harwick council holds rates\n\n" +
        "By Ada Brandt\n\n" +
        "RIVERTON, May 4 (Reuters) - Mayor Ivo Marek said on Tuesday the council would hold rates.\n\n" +
        "Council member Lena Tosk criticised Ivo Marek over the decision.\n\n" +
        "(Reporting by Ada Brandt; Editing by Petra Hollis)\n";

    [Theory]
    [InlineData("(Reporting by Ada Brandt; Editing by Petra Hollis)", true)]
    [InlineData("Additional reporting by Ada Brandt in Riverton; Writing by Ivo Marek", true)]
    [InlineData("-- Reporting by Ada Brandt", true)]
    [InlineData("Reporting by the council showed rates would rise.", true)]
    [InlineData("The council said reporting by Ada Brandt was wrong.", false)]
    [InlineData("Editorial board", false)]
    [InlineData("Associated Press writers Ada Brandt in Riverton and Ivo Marek in Harwick contributed to this report.", true)]
    [InlineData("Ivo Marek said the council met. Ada Brandt contributed to this report.", false)]
    public void Trailer_lines(string paragraph, bool expected) =>
        Assert.Equal(expected, Credits.IsTrailer(paragraph, 0, paragraph.Length));

    [Fact]
    public void Byline_and_trailer_names_are_not_actors_and_the_story_keeps_its_own()
    {
        var a = ArticleExtractor.Extract("story.txt", Story);
        Assert.DoesNotContain(a.Actors, x => x.Name.Contains("Brandt") || x.Name.Contains("Hollis"));
        var marek = Assert.Single(a.Actors, x => x.Name == "Ivo Marek");
        Assert.All(a.Events, e => Assert.InRange(e.Agent, 0, a.Actors.Count - 1));
        Assert.Contains(a.Events, e => a.Actors[e.Agent].Name == "Lena Tosk" && e.Counterparts.Any(c => a.Actors[c] == marek));
    }

    [Fact]
    public void A_credited_name_also_named_in_the_story_keeps_its_story_mentions()
    {
        var a = ArticleExtractor.Extract("story.txt", Story.Replace("Council member Lena Tosk", "Council member Ada Brandt"));
        var brandt = Assert.Single(a.Actors, x => x.Name == "Ada Brandt");
        Assert.Single(brandt.Mentions, m => m.Form == MentionForm.Name);
        Assert.Equal(7, brandt.Mentions.First().Line);
    }
}
