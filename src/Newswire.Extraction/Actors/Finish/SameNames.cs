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
        var first = new Dictionary<(string, ActorKind), int>(actors.Count);
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

        return home == null ? (actors, events) : ActorFolds.Fold(actors, events, home, a => a, Merge);
    }

    private static ExtractedActor Merge(ExtractedActor home, ExtractedActor folded) =>
        new ExtractedActor(
            home.Name,
            home.Kind,
            home.Country ?? folded.Country,
            ActorFolds.Union(home.Roles, folded.Roles),
            ActorFolds.Union(home.Aliases, folded.Aliases),
            ActorFolds.MergeMentions(home.Mentions, folded.Mentions),
            Math.Max(home.Confidence, folded.Confidence))
        {
            Place = home.Place ?? folded.Place,
        };
}
