using System.Linq;
using Newswire.Extraction.Model;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Recall on agency prose (issue #11, NewsCheck16): the speaker's own next act after a "that" clause. Invented sentences.
/// </summary>
public class RecallAgentTests
{
    private readonly ITestOutputHelper _out;

    public RecallAgentTests(ITestOutputHelper output)
    {
        _out = output;
    }

    private ExtractedArticle Story(string body) => EventStories.Extract(_out, body);

    // EventRun.AfterStatedState: a passive content ("two nurses had been beaten") or one whose subject can say nothing
    // ("the reform") leaves "and called on" / "and urged" to the speaker.
    [Theory]
    [InlineData("The Haitian Nurses' Association said that two nurses had been beaten and called on the government to open an inquiry.", "02")]
    [InlineData("Peru's foreign ministry said that the talks had been useful and urged Quito to release the detained fishermen.", "02")]
    public void The_speakers_next_act_after_a_that_clause_is_coded(string sentence, string root)
    {
        var a = Story(sentence);
        Assert.Contains(a.Events, e => e.Root == root && e.Agent >= 0);
    }

    // A crowd that acts in the content keeps the coordinated verb: no demand of the speaker's.
    [Fact]
    public void A_crowd_acting_in_the_content_keeps_the_coordinated_verb()
    {
        var a = Story("Peru's interior ministry said that the protesters had blocked the highway and demanded new elections.");
        Assert.DoesNotContain(a.Events, e => e.Root == "10" && e.Agent >= 0 && a.Actors[e.Agent].Country == "PER" && e.Modality == EventModality.Happened);
    }
}
