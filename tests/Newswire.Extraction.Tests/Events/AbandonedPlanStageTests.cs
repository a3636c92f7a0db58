using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// <see cref="Newswire.Extraction.Events.Stages.AbandonedPlanStage"/> (session 20, issue #11): an act named in a plan
/// the sentence says was dropped ("shelved plans to hold talks") is not coded; the plan itself, kept, still is.
/// </summary>
public class AbandonedPlanStageTests
{
    private readonly ITestOutputHelper _out;

    public AbandonedPlanStageTests(ITestOutputHelper output)
    {
        _out = output;
    }

    [Theory]
    [InlineData("Kenya shelved plans to hold talks with Somalia over the fishing dispute.")]
    [InlineData("Japan postponed its plans to hold a summit with South Korea.")]
    [InlineData("Peru scrapped plans to send a trade delegation to Chile.")]
    public void The_act_of_a_dropped_plan_is_not_coded(string sentence)
    {
        var a = EventTestKit.Story(_out, "World briefing", sentence);
        Assert.DoesNotContain(a.Events, e => e.Root == "04");
    }

    [Fact]
    public void The_act_of_a_kept_plan_stays()
    {
        var a = EventTestKit.Story(_out, "World briefing", "Kenya plans to hold talks with Somalia over the fishing dispute.");
        Assert.Contains(a.Events, e => e.Root == "04");
    }
}
