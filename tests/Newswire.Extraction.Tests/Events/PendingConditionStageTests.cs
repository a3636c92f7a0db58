using System.Linq;
using Newswire.Extraction.Events.Stages;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Session 24 (issue #11): <see cref="PendingConditionStage"/>. The act an "until" clause waits for, after a future,
/// conditional, vowed or going-on main clause, has not happened; told as past narrative it has.
/// </summary>
public class PendingConditionStageTests
{
    private readonly ITestOutputHelper _out;

    public PendingConditionStageTests(ITestOutputHelper output)
    {
        _out = output;
    }

    private static EventStages Without(string name)
    {
        var all = EventStages.Default;
        return new EventStages(all.Words, all.Stages.Where(s => s.Name != name).ToList());
    }

    [Theory]
    [InlineData("[Paraguay|L|PRY] said it would not restore relations until [Caracas|L|VEN] released political prisoners.", "080 Caracas")]
    [InlineData("Talks will not resume until [Russia|L|RUS] withdraws its troops from the border.", "0874 Russia")]
    [InlineData("The opposition vowed to continue protests until [Chad|L|TCD] released all detainees.", "080 Chad")]
    public void An_act_awaited_after_until_is_no_event(string markup, string expectedWithout)
    {
        var with = EventTestKit.Run(markup);
        var without = EventTestKit.Run(markup, stages: Without("pending-condition"));
        _out.WriteLine("with: " + with + "\nwithout: " + without);
        Assert.DoesNotContain(with.Events, e => e.Code.StartsWith(expectedWithout.Substring(0, 3), System.StringComparison.Ordinal));
        Assert.Contains(without.Lines(), l => l.StartsWith(expectedWithout, System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_past_until_clause_stays_an_event()
    {
        var r = EventTestKit.Run("[Paraguay|L|PRY] did not restore relations until [Venezuela|L|VEN] released the prisoners in 2019.", new System.DateTime(2019, 6, 1));
        _out.WriteLine(r.ToString());
        Assert.Contains(r.Events, e => e.Root == "08");
    }
}
