using System.Linq;
using Newswire.Extraction.Model;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Appeals, demands and meetings and who makes them (issue #11, session 26, NewsCheck30): the other side of a meeting
/// named after "his counterpart", appeals and demands joined by "and" to another act, welcoming a step, an appeal or
/// a meeting named again by "the appeal", "the talks".
/// Invented sentences.
/// </summary>
public class AppealsAndMeetings30Tests
{
    private readonly ITestOutputHelper _out;

    public AppealsAndMeetings30Tests(ITestOutputHelper output)
    {
        _out = output;
    }

    private ExtractedArticle Story(string body) => EventStories.Extract(_out, body);

    private static string Name(ExtractedArticle a, int actor) => actor < 0 ? "-" : a.Actors[actor].Name;

    private static bool Takes(ExtractedArticle a, ExtractedEvent e, string name) =>
        Name(a, e.Agent).Contains(name) || e.Counterparts.Any(c => Name(a, c).Contains(name));

    // EventRun.CoSubjects.AfterCounterpartTitle: "and his Togolese counterpart Y" names Y as the other member.
    [Theory]
    [InlineData("Ghana's President John Mahama and his Togolese counterpart Faure Gnassingbe met in Accra on Tuesday.", "Gnassingbe")]
    [InlineData("Kenya's Foreign Minister Musalia Mudavadi and his Ugandan counterpart Jeje Odongo met in Nairobi on Monday to discuss border trade.", "Odongo")]
    public void A_counterpart_named_after_his_title_is_the_other_side_of_the_meeting(string sentence, string partner)
    {
        var a = Story(sentence);
        Assert.Contains(a.Events, e => e.Root == "04" && Takes(a, e, partner));
    }

    // EventRun.CoordinatedSaying.Appeal: "urged" after "and" and another act is a verb, even with a plain noun after it.
    [Theory]
    [InlineData("Kenya's President William Ruto backed the plan and urged other leaders to join the fund.", "02", "KEN")]
    [InlineData("Ghana summoned Togo's ambassador, Komi Dogbe, on Tuesday and urged other neighbours to keep the border open.", "02", "GHA")]
    public void An_appeal_after_another_act_is_coded(string sentence, string root, string country)
    {
        var a = Story(sentence);
        Assert.Contains(a.Events, e => e.Root == root && EventStories.Country(a, e.Agent) == country);
    }

    // cameo_news.txt "P welcome 051 summons": welcoming another's act or word approves it; it hosts no one.
    [Theory]
    [InlineData("Opposition leader Hakainde Hichilema welcomed the summons of the ambassador and called on Zambia's neighbours to act.")]
    [InlineData("Chile's foreign minister Alberto van Klaveren welcomed the apology from Bolivia's president.")]
    [InlineData("Peru's President Dina Boluarte welcomed the assurances given by Bolivia.")]
    public void Welcoming_an_act_or_a_word_is_no_hosting(string sentence)
    {
        var a = Story(sentence);
        Assert.DoesNotContain(a.Events, e => e.Code == "043");
    }

    // RetoldEvents.DefiniteEventNoun: "made the appeal", "after the talks" tell again what the story told before.
    [Fact]
    public void The_appeal_told_again_with_a_new_setting_is_one_appeal()
    {
        var a = Story("Fiji's Prime Minister Sitiveni Rabuka called on Australia on Monday to pay for new sea walls. "
                      + "Rabuka made the appeal during a telephone call with Australian Foreign Minister Penny Wong, his office said.");
        Assert.Single(a.Events, e => e.Root == "02");
    }

    [Fact]
    public void The_talks_named_again_after_a_meeting_are_that_meeting()
    {
        var a = Story("Norway's Prime Minister Jonas Gahr Store and Swedish Prime Minister Ulf Kristersson met in Oslo on Friday. "
                      + "At a news conference after the talks, Store called on the European Commission to speed up grid funding.");
        Assert.All(a.Events.Where(e => e.Root == "04"), e => Assert.Equal("met", a.Text.Substring(e.Trigger.Start, e.Trigger.Length)));
        Assert.Contains(a.Events, e => e.Root == "02" && Name(a, e.Agent).Contains("Store"));
    }

    // cameo_news.txt: "renewed" is a light verb, "reiterated its call" an appeal, "pressed X to" CAMEO's demand.
    [Theory]
    [InlineData("Kenya renewed its call for Ethiopia to withdraw troops from the border area on Monday.", "02", "KEN")]
    [InlineData("Chile reiterated its call for Bolivia to return to talks on the Silala waters on Monday.", "02", "CHL")]
    [InlineData("Uganda pressed Rwanda to reopen the border crossing at Gatuna on Tuesday.", "10", "UGA")]
    public void An_appeal_made_again_or_pressed_is_coded(string sentence, string root, string country)
    {
        var a = Story(sentence);
        Assert.Contains(a.Events, e => e.Root == root && EventStories.Country(a, e.Agent) == country);
    }

    // cameo_news.txt "V stall --- X": talks that stall are no one's rejection.
    [Fact]
    public void Talks_that_stall_reject_nothing()
    {
        var a = Story("Talks between Kenya and Ethiopia on the border have stalled over grazing rights.");
        Assert.DoesNotContain(a.Events, e => e.Root == "12");
    }
}
