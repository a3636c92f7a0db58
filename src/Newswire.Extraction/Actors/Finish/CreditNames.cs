using System.Collections.Generic;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Actors.Finish;

/// <summary>
/// Names in a story's credit lines (<see cref="Text.Credits"/>: the byline, "(Reporting by ...; Editing by ...)")
/// are its authors, not actors: their mentions there are dropped, and an actor left with none goes, with the events
/// that had it as their agent. An actor also named in the story keeps its other mentions.
/// </summary>
internal static class CreditNames
{
    public static (IReadOnlyList<ExtractedActor> Actors, IReadOnlyList<ExtractedEvent> Events) Apply(
        IReadOnlyList<TextSpan> credits, IReadOnlyList<ExtractedActor> actors, IReadOnlyList<ExtractedEvent> events)
    {
        if (credits.Count == 0 || !AnyCredited(credits, actors))
        {
            return (actors, events);
        }

        var kept = new List<ExtractedActor>(actors.Count);
        var target = new int[actors.Count];
        for (var i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            var mentions = new List<MentionSpan>(a.Mentions.Count);
            foreach (var m in a.Mentions)
            {
                if (!Inside(credits, m))
                {
                    mentions.Add(m);
                }
            }

            if (mentions.Count == 0)
            {
                target[i] = -1;
                continue;
            }

            target[i] = kept.Count;
            kept.Add(mentions.Count == a.Mentions.Count
                ? a
                : new ExtractedActor(a.Name, a.Kind, a.Country, a.Roles, a.Aliases, mentions, a.Confidence) { Place = a.Place });
        }

        return (kept, EventActors.Repoint(events, target));
    }

    private static bool AnyCredited(IReadOnlyList<TextSpan> credits, IReadOnlyList<ExtractedActor> actors)
    {
        foreach (var a in actors)
        {
            foreach (var m in a.Mentions)
            {
                if (Inside(credits, m))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Inside(IReadOnlyList<TextSpan> credits, MentionSpan m)
    {
        foreach (var c in credits)
        {
            if (m.Start >= c.Start && m.Start + m.Length <= c.Start + c.Length)
            {
                return true;
            }
        }

        return false;
    }
}
