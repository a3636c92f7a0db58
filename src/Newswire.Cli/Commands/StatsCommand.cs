using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Newswire.Cli.Commands;

/// <summary>Counts: articles, actors by kind, events by CAMEO root, incidents and their reports, top actors by mentions and events.</summary>
internal static class StatsCommand
{
    public static int Run(Corpus corpus, TextWriter output, int top)
    {
        var chars = corpus.Articles.Sum(a => (long)a.Text.Length);
        output.WriteLine("articles   " + corpus.Articles.Count + " (" + chars + " characters)");
        output.WriteLine("actors     " + corpus.Plan.Actors.Count);
        foreach (var g in corpus.Plan.Actors.GroupBy(a => a.Kind).OrderBy(g => g.Key))
        {
            output.WriteLine("  " + g.Key.ToString().PadRight(13) + g.Count());
        }

        var events = corpus.Articles.SelectMany(a => a.Events).ToList();
        output.WriteLine("events     " + events.Count);
        foreach (var g in events.GroupBy(e => e.Root).OrderBy(g => g.Key, System.StringComparer.Ordinal))
        {
            output.WriteLine("  " + g.Key + " " + RootName(g.Key).PadRight(40) + g.Count());
        }

        var incidents = corpus.Incidents;
        output.WriteLine("incidents  " + incidents.Count + " (" + events.Count + " reports; " + incidents.Count(i => i.Reports.Length > 1) + " told more than once)");

        // Top actors: most mentioned first, then most events, then most articles; the name only breaks exact ties.
        var mentions = new int[corpus.Plan.Actors.Count];
        var eventCounts = new int[corpus.Plan.Actors.Count];
        foreach (var a in corpus.Articles)
        {
            var local = new int[a.Actors.Count];
            for (var i = 0; i < a.Actors.Count; i++)
            {
                local[i] = corpus.Plan.ActorIndex[a.Actors[i].Key];
                mentions[local[i]] += a.Actors[i].Mentions.Count;
            }

            foreach (var e in a.Events)
            {
                foreach (var actor in EventActors(e, local))
                {
                    eventCounts[actor]++;
                }
            }
        }

        output.WriteLine("top actors (by mentions, then events)");
        var ranked = Enumerable.Range(0, corpus.Plan.Actors.Count)
            .OrderByDescending(i => mentions[i]).ThenByDescending(i => eventCounts[i]).ThenByDescending(i => corpus.Plan.Actors[i].Articles.Count)
            .ThenBy(i => corpus.Plan.Actors[i].Name, System.StringComparer.Ordinal)
            .Take(top);
        foreach (var i in ranked)
        {
            var a = corpus.Plan.Actors[i];
            output.WriteLine("  " + a.Name.PadRight(36) + a.Kind.ToString().PadRight(13) + (a.Country ?? "-").PadRight(5)
                + CheckCommand.Count(mentions[i], "mention").PadRight(13) + CheckCommand.Count(eventCounts[i], "event").PadRight(11) + CheckCommand.Count(a.Articles.Count, "article"));
        }

        return 0;
    }

    // The dataset indexes of an event's agent, counterparts and location, each once.
    private static IEnumerable<int> EventActors(Extraction.Model.ExtractedEvent e, int[] local)
    {
        var seen = new HashSet<int>();
        foreach (var index in new[] { e.Agent, e.Location }.Concat(e.Counterparts))
        {
            if (index >= 0 && index < local.Length && seen.Add(local[index]))
            {
                yield return local[index];
            }
        }
    }

    private static readonly Dictionary<string, string> Roots = new Dictionary<string, string>
    {
        ["01"] = "make public statement",
        ["02"] = "appeal",
        ["03"] = "express intent to cooperate",
        ["04"] = "consult",
        ["05"] = "engage in diplomatic cooperation",
        ["06"] = "engage in material cooperation",
        ["07"] = "provide aid",
        ["08"] = "yield",
        ["09"] = "investigate",
        ["10"] = "demand",
        ["11"] = "disapprove",
        ["12"] = "reject",
        ["13"] = "threaten",
        ["14"] = "protest",
        ["15"] = "exhibit force posture",
        ["16"] = "reduce relations",
        ["17"] = "coerce",
        ["18"] = "assault",
        ["19"] = "fight",
        ["20"] = "use unconventional mass violence",
    };

    internal static string RootName(string root) => Roots.TryGetValue(root, out var name) ? name : "(not a CAMEO root)";
}
