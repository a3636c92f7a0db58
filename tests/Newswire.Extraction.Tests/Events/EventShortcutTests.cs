using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// The event stage's shortcuts give the answers of the full run: an article without actors has no event (so the
/// extractor skips the run), and the actor gate's per-article memo of "titled somewhere" answers for each agent
/// on its own.
/// </summary>
public class EventShortcutTests
{
    private readonly ITestOutputHelper _out;

    public EventShortcutTests(ITestOutputHelper output)
    {
        _out = output;
    }

    [Fact]
    public void A_run_without_actors_finds_no_event()
    {
        var r = EventTestKit.Run("Police arrested dozens of protesters on Monday.\nTroops attacked the town and the army said it would visit the region for talks.\nHe condemned the attack.");
        _out.WriteLine(r.ToString());
        Assert.Empty(r.Events);
    }

    [Theory]
    [InlineData("Foreign Minister [Tobias Ellwood|P|] arrived on Monday.\n[Lionel Messi|P|] visited [Miami|L|USA] on Tuesday.\n[Tobias Ellwood|P|] visited [Miami|L|USA] on Wednesday.\n[Lionel Messi|P|] visited [Miami|L|USA] on Thursday.")]
    [InlineData("Foreign Minister [Tobias Ellwood|P|] arrived on Monday.\n[Tobias Ellwood|P|] visited [Miami|L|USA] on Tuesday.\n[Lionel Messi|P|] visited [Miami|L|USA] on Wednesday.\n[Tobias Ellwood|P|] visited [Miami|L|USA] on Thursday.")]
    public void The_titled_memo_answers_for_each_agent(string markup)
    {
        var r = EventTestKit.Run(markup);
        _out.WriteLine(r.ToString());
        Assert.Contains(r.Events, e => e.Root == "04" && r.Name(e.Agent) == "Tobias Ellwood");
        Assert.DoesNotContain(r.Events, e => e.Root != "01" && r.Name(e.Agent) == "Lionel Messi");
    }
}
