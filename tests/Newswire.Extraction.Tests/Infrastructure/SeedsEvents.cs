using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Infrastructure;

/// <summary>
/// Scores a folder of stories against its <c>gold.json</c> (seeds format) as <c>../shared/eval/score.py</c> scores
/// events: a predicted event matches an unused gold event when its CAMEO root is among the gold's roots and its agent
/// or a counterpart names one of the gold's agents (name or alias of the gold actor, compared normalised); optional
/// events are neither rewarded nor penalised; every other predicted event is a false positive. Unlike score.py's single
/// greedy pass, events matched by their agent are assigned first (see <see cref="ScoreArticle"/>).
/// </summary>
internal static class SeedsEvents
{
    public sealed record Score(int Stories, int Tp, int Fp, int Fn, List<string> Report)
    {
        public double Precision => Tp + Fp == 0 ? 0 : (double)Tp / (Tp + Fp);

        public double Recall => Tp + Fn == 0 ? 0 : (double)Tp / (Tp + Fn);

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public string Summary(string name) => $"{name} events: P={Precision:F3} R={Recall:F3} F1={F1:F3} (tp={Tp} fp={Fp} fn={Fn})";
    }

    /// <summary>Extracts every story of <paramref name="folder"/>'s gold and scores its events.</summary>
    public static Score Run(string folder)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "gold.json")));
        int tp = 0, fp = 0, fn = 0;
        var report = new List<string>();
        var articles = gold.RootElement.GetProperty("articles").EnumerateArray().ToList();
        foreach (var g in articles)
        {
            var file = g.GetProperty("file").GetString()!;
            var path = Path.Combine(folder, file);
            var article = ArticleExtractor.Extract(path, File.ReadAllText(path));
            var (t, f, n) = ScoreArticle(g, article, file, report);
            tp += t;
            fp += f;
            fn += n;
        }

        return new Score(articles.Count, tp, fp, fn, report);
    }

    private static (int Tp, int Fp, int Fn) ScoreArticle(JsonElement g, ExtractedArticle article, string file, List<string> report)
    {
        // Gold agent name -> every name of that gold actor.
        var goldNames = new Dictionary<string, HashSet<string>>();
        foreach (var a in g.GetProperty("actors").EnumerateArray())
        {
            goldNames[SeedsGold.Norm(a.GetProperty("name").GetString())] = SeedsGold.NamesOf(a);
        }

        var events = g.GetProperty("events").EnumerateArray().Select(e => Gold(e, goldNames)).ToList();
        var optional = g.TryGetProperty("optional_events", out var o) ? o.EnumerateArray().Select(e => Gold(e, goldNames)).ToList() : new List<GoldEvent>();
        var used = new bool[events.Count];
        var hits = new int[article.Events.Count];
        int tp = 0, fp = 0;

        // Two passes: events whose agent names a gold agent are matched first, then the rest by agent or counterpart.
        // In one greedy pass an event that gained a right target could take the gold event of the side it targets
        // from that side's own event, which then counted as false (same matches, worse figure).
        for (var pass = 0; pass < 2; pass++)
        {
            for (var k = 0; k < article.Events.Count; k++)
            {
                if (pass == 1 && hits[k] != 0)
                {
                    continue;
                }

                var e = article.Events[k];
                var who = Names(article, e, withCounterparts: pass == 1);
                var root = e.Code.Length >= 2 ? e.Code.Substring(0, 2) : e.Code;
                var hit = -1;
                for (var i = 0; i < events.Count && hit < 0; i++)
                {
                    hit = !used[i] && events[i].Matches(root, who) ? i : -1;
                }

                if (hit >= 0)
                {
                    used[hit] = true;
                    hits[k] = 1;
                    tp++;
                }
                else if (pass == 1 && !optional.Any(x => x.Matches(root, who)))
                {
                    fp++;
                    var agent = e.Agent >= 0 ? article.Actors[e.Agent].Name : "-";
                    report.Add($"  {file}: extra {e.Code} {agent}: {Clip(e.Sentence.Of(article.Text))}");
                }
            }
        }

        for (var i = 0; i < events.Count; i++)
        {
            if (!used[i])
            {
                report.Add($"  {file}: missed {events[i].What}");
            }
        }

        return (tp, fp, used.Count(u => !u));
    }

    private static HashSet<string> Names(ExtractedArticle article, ExtractedEvent e, bool withCounterparts)
    {
        var who = new HashSet<string>();
        AddNames(who, article, e.Agent);
        if (withCounterparts)
        {
            foreach (var c in e.Counterparts)
            {
                AddNames(who, article, c);
            }
        }

        return who;
    }

    private static void AddNames(HashSet<string> into, ExtractedArticle article, int actor)
    {
        if (actor >= 0 && actor < article.Actors.Count)
        {
            into.UnionWith(SeedsGold.NamesOf(article.Actors[actor]));
        }
    }

    private static GoldEvent Gold(JsonElement e, Dictionary<string, HashSet<string>> goldNames)
    {
        var agents = new HashSet<string>();
        foreach (var a in e.GetProperty("agents").EnumerateArray())
        {
            var n = SeedsGold.Norm(a.GetString());
            agents.UnionWith(goldNames.TryGetValue(n, out var all) ? all : new HashSet<string> { n });
        }

        return new GoldEvent(e.GetProperty("what").GetString()!, e.GetProperty("roots").EnumerateArray().Select(x => x.GetString()!).ToArray(), agents);
    }

    private static string Clip(string s) => s.Length > 80 ? s.Substring(0, 80) : s;

    private sealed class GoldEvent
    {
        public GoldEvent(string what, string[] roots, HashSet<string> agents)
        {
            What = what;
            Roots = roots;
            Agents = agents;
        }

        public string What { get; }

        public string[] Roots { get; }

        public HashSet<string> Agents { get; }

        public bool Matches(string root, HashSet<string> who) => Roots.Contains(root) && who.Overlaps(Agents);
    }
}
