using System.Linq;
using Newswire.Extraction.Events.Stages;
using Xunit;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Session 19 (issue #11, NewsCheck13): force and sanction words that are no act next to real events. A fight "in
/// court" is a lawsuit (<c>FigurativeStage</c>); a gerund after "an agreement on" or "talks on" is the topic
/// (<c>TopicGerundStage</c>). With every stage the sentence codes nothing of the kind; without the stage it does; a
/// real event of the same shape stays.
/// </summary>
public class TopicAndCourtTests
{
    private readonly ITestOutputHelper _out;

    public TopicAndCourtTests(ITestOutputHelper output)
    {
        _out = output;
    }

    private void StopsOnlyWith(string stage, string markup, string expectedWithout) => EventTestKit.StopsOnlyWith(_out, stage, markup, expectedWithout);

    private void Keeps(string markup, string root) => EventTestKit.Keeps(_out, markup, root);

    // The sentence holds a real event too (the agreement, the talks): only the one line goes with the stage.
    private void DropsOnlyWith(string stage, string markup, string line)
    {
        var all = EventStages.Default;
        var without = new EventStages(all.Words, all.Stages.Where(s => s.Name != stage).ToList());
        var with = EventTestKit.Run(markup);
        var withoutResult = EventTestKit.Run(markup, stages: without);
        _out.WriteLine("with: " + with + "\nwithout " + stage + ": " + withoutResult);
        Assert.DoesNotContain(line, with.Lines());
        Assert.Contains(line, withoutResult.Lines());
    }

    [Fact]
    public void Fighting_a_ruling_in_court_is_a_lawsuit() =>
        StopsOnlyWith("figurative", "[Hungary|L|HUN] will fight the ruling in court, the government said.", "190 Hungary ->  @ -");

    [Fact]
    public void Fighting_in_a_court_building_stays() =>
        Keeps("[Somali|L|SOM|adj] troops fought [al Shabaab|O|SOM] militants in a court in [Mogadishu|L|SOM].", "19");

    [Fact]
    public void Fighting_in_a_court_compound_stays() =>
        Keeps("[Somali|L|SOM|adj] troops fought militants in the court compound in [Mogadishu|L|SOM].", "19");

    [Fact]
    public void A_gerund_after_an_agreement_on_is_its_topic() =>
        DropsOnlyWith("topic-gerund", "[Portugal|L|PRT] and [Spain|L|ESP] signed an agreement on taxing cross-border workers.", "172 Portugal ->  @ -");

    [Fact]
    public void A_gerund_after_talks_on_is_their_topic() =>
        DropsOnlyWith("topic-gerund", "[Portugal|L|PRT] and [Spain|L|ESP] held talks on banning fishing in the river.", "172 Portugal ->  @ -");

    [Fact]
    public void The_agreement_itself_stays() =>
        Keeps("[Portugal|L|PRT] and [Spain|L|ESP] signed an agreement on taxing cross-border workers.", "05");

    [Fact]
    public void A_gerund_after_a_verb_and_on_stays() =>
        Keeps("[Russian|L|RUS|adj] troops kept on shelling the city of [Kharkiv|L|UKR] overnight.", "19");
}
