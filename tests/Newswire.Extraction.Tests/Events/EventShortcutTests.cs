using System;
using System.Linq;
using Newswire.Extraction.Model;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// The event stage's shortcuts give the answers of the full run: an article without actors has no event (so the
/// extractor skips the run), and the actor gate's per-article memo of "titled somewhere" answers for each agent
/// on its own; the thread's pooled run, restarted article after article, finds what a fresh run finds.
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

    [Fact]
    public void The_pooled_run_finds_what_a_fresh_run_finds()
    {
        var articles = new[]
        {
            "Talks in Riverton\n\nRIVERTON, May 4 - President Ana Ruiz of Chile met Peru's foreign minister in Lima on Monday.\n\nChile accused Peru of violating the border treaty. In 1990, Peru invaded the disputed valley.\n",
            "Short note\n\nThe council will meet again next week.\n",
            "Visit\n\nFrench President Marc Delon visited Germany on Tuesday and signed a trade agreement with Berlin.\n\nThe government said France would send troops to Mali.\n",
        };

        // Each article on a fresh thread (a new pooled run), then all of them twice on this thread.
        var fresh = articles.Select(a => Describe(OnNewThread(() => ArticleExtractor.Extract("news/a.txt", a)))).ToArray();
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < articles.Length; i++)
            {
                Assert.Equal(fresh[i], Describe(ArticleExtractor.Extract("news/a.txt", articles[i])));
            }
        }

        _out.WriteLine(string.Join("\n", fresh));
        Assert.Contains(fresh, d => d.Length > 0);
    }

    private static string Describe(ExtractedArticle article) =>
        string.Join("; ", article.Events.Select(e => e.Code + " " + e.Agent + " " + e.Trigger.Start + " " + e.Modality + " " + e.Time));

    private static T OnNewThread<T>(Func<T> work)
    {
        T result = default!;
        var thread = new System.Threading.Thread(() => result = work());
        thread.Start();
        thread.Join();
        return result;
    }
}
