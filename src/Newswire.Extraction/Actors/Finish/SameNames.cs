using System;
using System.Collections.Generic;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Actors.Finish;

/// <summary>
/// The last fold: two actors of one kind that came out with the same name ("Karvo Reef" in the headline and
/// in the body, kept apart when only one was placed; two spellings the article's accents made one) are one actor,
/// as their shared id says. The first keeps its place in the list and takes the other's mentions, roles, aliases, and
/// its country and place when it has none.
/// </summary>
internal static class SameNames
{
    public static (IReadOnlyList<ExtractedActor> Actors, IReadOnlyList<ExtractedEvent> Events) Apply(
        IReadOnlyList<ExtractedActor> actors, IReadOnlyList<ExtractedEvent> events)
    {
        int[]? home = null;
        if (actors.Count <= SmallList)
        {
            // Few actors (most articles): compare each with those before it, nothing allocated.
            for (var i = 1; i < actors.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (actors[j].Kind == actors[i].Kind && string.Equals(actors[j].Name, actors[i].Name, StringComparison.Ordinal) && (home == null || home[j] == j))
                    {
                        home ??= ActorFolds.Identity(actors.Count);
                        home[i] = j;
                        break;
                    }
                }
            }
        }
        else
        {
            var first = new Dictionary<(string, ActorKind), int>();
            for (var i = 0; i < actors.Count; i++)
            {
                var key = (actors[i].Name, actors[i].Kind);
                if (first.TryGetValue(key, out var j))
                {
                    home ??= ActorFolds.Identity(actors.Count);
                    home[i] = j;
                }
                else
                {
                    first[key] = i;
                }
            }
        }

        return home == null ? (actors, events) : ActorFolds.Fold(actors, events, home, a => a, Merge);
    }

    private const int SmallList = 48;

    private static ExtractedActor Merge(ExtractedActor home, ExtractedActor folded) =>
        new ExtractedActor(
            home.Name,
            home.Kind,
            home.Country ?? folded.Country,
            Union(home.Roles, folded.Roles),
            Union(home.Aliases, folded.Aliases),
            ActorFolds.MergeMentions(home.Mentions, folded.Mentions),
            Math.Max(home.Confidence, folded.Confidence))
        {
            Place = home.Place ?? folded.Place,
        };

    private static IReadOnlyList<string> Union(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (b.Count == 0)
        {
            return a;
        }

        var list = new List<string>(a);
        foreach (var s in b)
        {
            if (!list.Contains(s))
            {
                list.Add(s);
            }
        }

        return list;
    }
}
