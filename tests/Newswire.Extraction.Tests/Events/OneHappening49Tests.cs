using Newswire.Extraction.Model;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// One event per happening told in one sentence (issue #11, session 26): one agent's disapproval and rejection of one
/// thing are one event; an accusation beside a denial stays apart. Invented sentences.
/// </summary>
public class OneHappening49Tests
{
    private readonly ITestOutputHelper _out;

    public OneHappening49Tests(ITestOutputHelper output)
    {
        _out = output;
    }

    private ExtractedArticle Story(string body) => EventStories.Extract(_out, body);

    private static bool IsReaction(ExtractedEvent e) => e.Root is "11" or "12";

    // EventRun.OneReaction: 11 and 12 of one agent in one sentence are one reaction.
    [Theory]
    [InlineData("Zambia's foreign ministry regretted the decision and rejected the charges as unfounded.", "ZMB")]
    [InlineData("The Kenyan opposition rejected the election result and denounced the electoral commission.", "KEN")]
    public void Disapproval_and_rejection_in_one_sentence_are_one_event(string sentence, string country)
    {
        var a = Story(sentence);
        Assert.Single(a.Events, e => IsReaction(e) && EventStories.Country(a, e.Agent) == country);
    }

    // An accusation tells a charge of its own: "denied ... and accused" stays two.
    [Fact]
    public void A_denial_and_an_accusation_stay_two_events()
    {
        var a = Story("Malawi's government denied the report and accused Zambia of spreading rumours.");
        Assert.Contains(a.Events, e => e.Code.StartsWith("112") && EventStories.Country(a, e.Agent) == "MWI");
        Assert.Contains(a.Events, e => e.Root == "12" && EventStories.Country(a, e.Agent) == "MWI");
    }
}
