using System.Collections.Generic;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Actors.Finish;

/// <summary>
/// Events after a finish stage renumbered the actors: target[i] is actor i's new index, or -1 when it went. An event
/// whose agent went goes too; a gone place or source is left out; counterparts keep their new indexes once each and
/// never the agent itself (a new list only when they change).
/// </summary>
internal static class EventActors
{
    public static IReadOnlyList<ExtractedEvent> Repoint(IReadOnlyList<ExtractedEvent> events, int[] target)
    {
        List<ExtractedEvent>? kept = null;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Agent >= 0 && target[e.Agent] < 0)
            {
                kept ??= Prefix(events, i);
                continue;
            }

            e.Agent = e.Agent >= 0 ? target[e.Agent] : e.Agent;
            e.Location = e.Location >= 0 ? target[e.Location] : e.Location;
            e.Source = e.Source >= 0 ? target[e.Source] : e.Source;
            if (CounterpartsChange(e, target))
            {
                e.Counterparts = Counterparts(e, target);
            }

            kept?.Add(e);
        }

        return kept ?? events;
    }

    private static List<ExtractedEvent> Prefix(IReadOnlyList<ExtractedEvent> events, int count)
    {
        var kept = new List<ExtractedEvent>(events.Count);
        for (var i = 0; i < count; i++)
        {
            kept.Add(events[i]);
        }

        return kept;
    }

    // Called after the agent was renumbered.
    private static bool CounterpartsChange(ExtractedEvent e, int[] target)
    {
        foreach (var c in e.Counterparts)
        {
            if (c >= 0 && (target[c] != c || target[c] == e.Agent))
            {
                return true;
            }
        }

        return false;
    }

    private static List<int> Counterparts(ExtractedEvent e, int[] target)
    {
        var counterparts = new List<int>(e.Counterparts.Count);
        foreach (var c in e.Counterparts)
        {
            var t = c >= 0 ? target[c] : c;
            if ((c < 0 || t >= 0) && t != e.Agent && !counterparts.Contains(t))
            {
                counterparts.Add(t);
            }
        }

        return counterparts;
    }
}
