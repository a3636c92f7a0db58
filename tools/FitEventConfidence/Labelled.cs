using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Newswire.Extraction;
using Newswire.Extraction.Events;
using Newswire.Extraction.Model;

namespace FitEventConfidence;

/// <summary>One extracted event with its evidence and whether the gold says it is right.</summary>
internal sealed record Sample(string Set, string File, string Code, EventEvidenceRecord Evidence, bool Right);

/// <summary>
/// The labelled sets: each reads its articles through the whole pipeline and labels every extracted event
/// against its gold the way the project's scorers do (root and agent country, one gold event per event).
/// </summary>
internal static class Labelled
{
    /// <summary>Seeds: right when the root is in the gold's roots and the agent or a counterpart is a gold agent.</summary>
    public static IEnumerable<Sample> Seeds(string shared)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(shared, "eval", "seeds.gold.json")));
        foreach (var ga in gold.RootElement.GetProperty("articles").EnumerateArray())
        {
            var file = ga.GetProperty("file").GetString()!;
            var a = Extract(Path.Combine(shared, "seeds", file));
            var golds = ga.GetProperty("events").EnumerateArray()
                .Select(g => (Roots: g.GetProperty("roots").EnumerateArray().Select(r => r.GetString()!).ToList(),
                              Agents: g.GetProperty("agents").EnumerateArray().Select(r => r.GetString()!.ToLowerInvariant()).ToList()))
                .ToList();
            foreach (var e in a.Events)
            {
                var who = new[] { e.Agent }.Concat(e.Counterparts).SelectMany(i => Names(a.Actors[i])).ToList();
                var right = golds.Any(g => g.Roots.Contains(e.Root) && g.Agents.Any(who.Contains));
                yield return new Sample("seeds", file, e.Code, EventEvidenceLog.Of(e), right);
            }
        }
    }

    /// <summary>A scorer-format gold (dev/events, dev/events-news): root + agent country, one-to-one.</summary>
    public static IEnumerable<Sample> Scored(string set, string folder, bool realActorsOnly)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "gold.json")));
        foreach (var gd in gold.RootElement.GetProperty("documents").EnumerateArray())
        {
            if (realActorsOnly && gd.TryGetProperty("fictional_actors", out var f) && f.GetBoolean())
            {
                continue;
            }

            var file = gd.GetProperty("file").GetString()!;
            var a = Extract(Path.Combine(folder, "docs", file));
            var golds = gd.GetProperty("events").EnumerateArray()
                .Select(g => (Root: g.GetProperty("root").GetString()!, Code: g.GetProperty("code").GetString()!, Source: Country(g.GetProperty("source").GetString())))
                .ToList();
            var right = Match(a, golds);
            for (var i = 0; i < a.Events.Count; i++)
            {
                yield return new Sample(set, file, a.Events[i].Code, EventEvidenceLog.Of(a.Events[i]), right[i]);
            }
        }
    }

    /// <summary>event_positives.tsv (root, agent country, sentence) as one-line stories.</summary>
    public static IEnumerable<Sample> Positives(string dataFolder)
    {
        foreach (var row in Rows(Path.Combine(dataFolder, "event_positives.tsv")))
        {
            var a = Story(row[2]);
            var right = Match(a, new List<(string, string, string)> { (row[0], "", Country(row[1])) });
            for (var i = 0; i < a.Events.Count; i++)
            {
                yield return new Sample("positives", row[2], a.Events[i].Code, EventEvidenceLog.Of(a.Events[i]), right[i]);
            }
        }
    }

    /// <summary>event_labelled.tsv (roots, agent country, story body) as stories, labelled like the scorers.</summary>
    public static IEnumerable<Sample> Stories(string dataFolder)
    {
        foreach (var row in Rows(Path.Combine(dataFolder, "event_labelled.tsv")))
        {
            var a = ArticleExtractor.Extract("story.txt", "World briefing\n\n" + row[2].Replace(" || ", "\n\n") + "\n");
            var golds = row[0].Split(',').Select(r => (r, "", Country(row[1]))).ToList();
            var right = Match(a, golds);
            for (var i = 0; i < a.Events.Count; i++)
            {
                yield return new Sample("labelled", row[2], a.Events[i].Code, EventEvidenceLog.Of(a.Events[i]), right[i]);
            }
        }
    }

    /// <summary>event_traps.tsv: every event but a statement is wrong (none are expected: the trap tests pass).</summary>
    public static IEnumerable<Sample> Traps(string dataFolder)
    {
        foreach (var row in Rows(Path.Combine(dataFolder, "event_traps.tsv")))
        {
            var a = Story(row[1]);
            foreach (var e in a.Events.Where(e => e.Root != "01"))
            {
                yield return new Sample("traps", row[1], e.Code, EventEvidenceLog.Of(e), false);
            }
        }
    }

    private static bool[] Match(ExtractedArticle a, List<(string Root, string Code, string Source)> golds)
    {
        var pairs = new List<(int Pref, int P, int G)>();
        for (var p = 0; p < a.Events.Count; p++)
        {
            var e = a.Events[p];
            var src = Country(a.Actors[e.Agent].Country);
            for (var g = 0; g < golds.Count; g++)
            {
                if (e.Root == golds[g].Root && src == golds[g].Source)
                {
                    pairs.Add((e.Code == golds[g].Code ? 0 : 1, p, g));
                }
            }
        }

        var right = new bool[a.Events.Count];
        var used = new HashSet<int>();
        foreach (var (_, p, g) in pairs.OrderBy(x => x.Pref).ThenBy(x => x.P).ThenBy(x => x.G))
        {
            if (!right[p] && used.Add(g))
            {
                right[p] = true;
            }
        }

        return right;
    }

    private static ExtractedArticle Extract(string path) => ArticleExtractor.Extract(path, File.ReadAllText(path));

    private static ExtractedArticle Story(string sentence) => ArticleExtractor.Extract("story.txt", "World briefing\n\n" + sentence + "\n");

    private static IEnumerable<string> Names(ExtractedActor a) => new[] { a.Name }.Concat(a.Aliases).Select(n => n.ToLowerInvariant());

    private static string Country(string? c) => string.IsNullOrWhiteSpace(c) ? "---" : c!.Trim().ToUpperInvariant();

    private static IEnumerable<string[]> Rows(string path) =>
        File.ReadAllLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'));
}
