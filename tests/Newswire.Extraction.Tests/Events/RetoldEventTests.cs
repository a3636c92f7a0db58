using System.Linq;
using Newswire.Extraction.Events;
using Newswire.Extraction.Model;
using Xunit;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// One happening told again later in the article is one event (Events/RetoldEvents.cs): a later act of the same agent
/// and kind on an object already told of ("the diplomats", "them") folds into the earlier telling; another happening
/// of the kind ("two more men", another day, another act) stays apart. Also: "officers" are security forces by
/// function (a police spokesman who says "officers arrested" is no agent), a charge at a crowd is repression, and a
/// reaction to "the decision" is aimed at whoever took it (Events/ReactionTargets.cs).
/// </summary>
public class RetoldEventTests
{
    private readonly ITestOutputHelper _out;

    public RetoldEventTests(ITestOutputHelper output)
    {
        _out = output;
    }

    private ExtractedArticle Story(params string[] paragraphs) => EventTestKit.Story(_out, "World briefing", string.Join("\n\n", paragraphs));

    private static ExtractedEvent[] OfRoot(ExtractedArticle a, string root) => a.Events.Where(e => e.Root == root).ToArray();

    [Theory]
    [InlineData("Police in Zimbabwe arrested two activists on Monday.", "Police arrested them at a rally in Harare, their lawyer said.", "17")]
    [InlineData("Bolivia expelled two Peruvian diplomats on Monday, the foreign ministry said.", "Bolivia expelled the diplomats for meddling in its affairs, Foreign Minister Celinda Sosa said.", "16")]
    public void An_act_told_again_on_the_same_object_is_one_event(string first, string again, string root)
    {
        var a = Story(first, again);
        var e = Assert.Single(OfRoot(a, root));
        Assert.Equal(first, e.Sentence.Of(a.Text));
    }

    [Fact]
    public void A_police_spokesmans_officers_who_detained_the_suspects_retell_the_arrest()
    {
        var a = Story(
            "NICOSIA - Cyprus police arrested two men on Thursday on suspicion of spying for Turkey.",
            "Police spokesman Christos Andreou said officers detained the suspects at a rented flat.");
        var e = Assert.Single(OfRoot(a, "17"));
        Assert.Equal("CYP", a.Actors[e.Agent].Country);
        Assert.NotEqual(ActorKind.Person, a.Actors[e.Agent].Kind);
    }

    [Fact]
    public void Officers_a_spokesman_speaks_of_are_the_agent_not_the_spokesman()
    {
        var a = Story("Police spokesman Ali Mwangi said officers arrested three men in Mombasa.");
        var e = Assert.Single(OfRoot(a, "17"));
        Assert.NotEqual("Ali Mwangi", a.Actors[e.Agent].Name);
    }

    // Officers of a civil service act under ordinary law: "officers" as forces must not make them the state's agents.
    [Theory]
    [InlineData("ZAGREB - Customs officers in Croatia seized a shipment of cigarettes at the port of Rijeka on Monday.")]
    [InlineData("ZAGREB - Croatian customs officers seized a shipment of cigarettes at the port of Rijeka on Monday.")]
    public void Customs_officers_seizing_goods_are_no_state_act(string body)
    {
        Assert.Empty(OfRoot(Story(body), "17"));
    }

    [Theory]
    [InlineData("Police in Zambia arrested five opposition supporters in Lusaka on Monday.", "On Friday police arrested two more men in Ndola.")]
    [InlineData("Police in Zambia arrested five opposition supporters on Monday.", "Police arrested the party's treasurer on Friday.")]
    public void Another_happening_of_the_kind_stays_apart(string first, string second)
    {
        var a = Story(first, second);
        Assert.Equal(2, OfRoot(a, "17").Length);
    }

    [Fact]
    public void Tear_gas_and_arrests_told_in_two_sentences_are_two_acts()
    {
        var a = Story(
            "Police in Malawi fired tear gas at protesters in Lilongwe on Monday.",
            "Police detained the protesters after the march, a spokesman said.");
        Assert.Equal(new[] { "173", "175" }, OfRoot(a, "17").Select(e => e.Code).OrderBy(c => c).ToArray());
    }

    private static ExtractedEvent Event(string code, int sentence, int agent = 0, string? date = null, int location = -1, params int[] sides) =>
        new ExtractedEvent(code, agent, sides, location, date, date, EventModality.Happened, new TextSpan(sentence, 10), new TextSpan(sentence, 3), -1);

    [Fact]
    public void Only_events_of_one_agent_root_act_day_place_and_side_may_be_one_happening()
    {
        var told = Event("173", 0, date: "2026-03-02", location: 4, sides: 2);
        Assert.True(RetoldEvents.SameHappening(told, Event("173", 50)));
        Assert.True(RetoldEvents.SameHappening(told, Event("170", 50, sides: 2)));
        Assert.False(RetoldEvents.SameHappening(told, Event("173", 0)));
        Assert.False(RetoldEvents.SameHappening(told, Event("173", 50, agent: 1)));
        Assert.False(RetoldEvents.SameHappening(told, Event("175", 50)));
        Assert.False(RetoldEvents.SameHappening(told, Event("173", 50, date: "2026-03-06")));
        Assert.False(RetoldEvents.SameHappening(told, Event("173", 50, location: 5)));
        Assert.False(RetoldEvents.SameHappening(told, Event("173", 50, sides: 3)));
        Assert.False(RetoldEvents.SameHappening(Event("010", 0), Event("010", 50)));
    }

    [Theory]
    [InlineData("Police in Nepal charged the crowd with batons on Sunday.", "175")]
    [InlineData("Prosecutors in Nepal charged the former minister with fraud on Sunday.", "112")]
    public void A_charge_at_a_crowd_is_repression_a_charge_of_a_person_an_accusation(string body, string code)
    {
        var a = Story(body);
        Assert.Contains(a.Events, e => e.Code.StartsWith(code.Substring(0, 3)));
    }

    [Fact]
    public void A_reaction_to_the_decision_is_aimed_at_the_side_that_took_it()
    {
        var a = Story(
            "Finland expelled two Russian diplomats on Tuesday.",
            "Russia's foreign ministry spokeswoman, Maria Zakharova, condemned the decision.");
        var e = Assert.Single(OfRoot(a, "11"));
        Assert.Contains(e.Counterparts, c => a.Actors[c].Name == "Finland");
    }

    [Fact]
    public void A_reaction_with_no_act_of_another_side_before_it_gets_no_target()
    {
        var a = Story(
            "Finland's president said on Tuesday that relations with Russia were poor.",
            "Russia's foreign ministry spokeswoman, Maria Zakharova, condemned the decision.");
        Assert.All(OfRoot(a, "11"), e => Assert.Empty(e.Counterparts));
    }
}
