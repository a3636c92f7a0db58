using System;
using System.Collections.Generic;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Actors.Finish;

/// <summary>
/// The fold the finish stages share: actors that name one real actor become one, in first-seen order, and events
/// are re-pointed at it. home[i] is the actor that actor i folds into (itself when it stays); a home is its own home.
/// </summary>
internal static class ActorFolds
{
    public static int[] Identity(int count)
    {
        var home = new int[count];
        for (var i = 0; i < count; i++)
        {
            home[i] = i;
        }

        return home;
    }

    /// <summary>
    /// The actors that stay (each through <paramref name="keep"/>), each folded actor merged into its home in order
    /// (<paramref name="merge"/>: the home so far, the folded actor), and the events re-pointed.
    /// </summary>
    public static (IReadOnlyList<ExtractedActor> Actors, IReadOnlyList<ExtractedEvent> Events) Fold(
        IReadOnlyList<ExtractedActor> actors,
        IReadOnlyList<ExtractedEvent> events,
        int[] home,
        Func<ExtractedActor, ExtractedActor> keep,
        Func<ExtractedActor, ExtractedActor, ExtractedActor> merge)
    {
        var kept = new List<ExtractedActor>(actors.Count);
        var target = new int[actors.Count];
        for (var i = 0; i < actors.Count; i++)
        {
            if (home[i] == i)
            {
                target[i] = kept.Count;
                kept.Add(keep(actors[i]));
            }
        }

        for (var i = 0; i < actors.Count; i++)
        {
            if (home[i] != i)
            {
                var into = target[home[i]];
                kept[into] = merge(kept[into], actors[i]);
                target[i] = into;
            }
        }

        return (kept, EventActors.Repoint(events, target));
    }

    /// <summary>The home as it was, with the folded actor's mentions (nominal as they were) among its own.</summary>
    public static ExtractedActor WithMentionsOf(ExtractedActor home, ExtractedActor folded) =>
        new ExtractedActor(home.Name, home.Kind, home.Country, home.Roles, home.Aliases, MergeMentions(home.Mentions, folded.Mentions), home.Confidence)
        {
            Place = home.Place,
        };

    /// <summary>The names of <paramref name="a"/>, then those of <paramref name="b"/> it lacks (roles, aliases).</summary>
    internal static IReadOnlyList<string> Union(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (b.Count == 0)
        {
            return a;
        }

        var all = new List<string>(a);
        foreach (var s in b)
        {
            if (!all.Contains(s))
            {
                all.Add(s);
            }
        }

        return all;
    }

    // Both lists are in text order: one linear merge (by start, then length), a mention both hold kept once.
    internal static MentionSpan[] MergeMentions(IReadOnlyList<MentionSpan> a, IReadOnlyList<MentionSpan> b)
    {
        var merged = new MentionSpan[a.Count + b.Count];
        int i = 0, j = 0, n = 0;
        while (i < a.Count || j < b.Count)
        {
            if (j == b.Count || (i < a.Count && Before(a[i], b[j])))
            {
                merged[n++] = a[i++];
            }
            else if (i < a.Count && a[i].Equals(b[j]))
            {
                merged[n++] = a[i++];
                j++;
            }
            else
            {
                merged[n++] = b[j++];
            }
        }

        if (n < merged.Length)
        {
            Array.Resize(ref merged, n);
        }

        return merged;
    }

    private static bool Before(MentionSpan x, MentionSpan y) => x.Start != y.Start ? x.Start < y.Start : x.Length <= y.Length && !x.Equals(y);
}
