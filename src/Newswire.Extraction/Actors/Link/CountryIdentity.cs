using System;
using System.Collections.Generic;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Actors.Link;

/// <summary>
/// One actor per country in an article. While actors and events are found, a country that acts ("Ruritania
/// accused Elbonia") is an organization, so that the event stage reads it as an agent and not as a place, and the
/// same country named as a place ("talks in Ruritania") is a location; both are one real actor. After the events
/// (and places) this stage folds the two into one location actor (how a news reader, the training text and a
/// dataset's users name a country), re-pointing the events at it; a country that only ever acts is retyped the
/// same way, so a country has one identity across the dataset too.
/// </summary>
internal static class CountryIdentity
{
    public static (IReadOnlyList<ExtractedActor> Actors, IReadOnlyList<ExtractedEvent> Events) Apply(
        Lexicon lexicon, IReadOnlyList<ExtractedActor> actors, IReadOnlyList<ExtractedEvent> events)
    {
        // Most articles hold no acting country: look for one before allocating anything.
        if (!AnyState(lexicon, actors))
        {
            return (actors, events);
        }

        var kept = new List<ExtractedActor>(actors.Count);
        var target = new int[actors.Count];
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            var isCountry = IsState(lexicon, a) || IsCountryPlace(lexicon, a);
            if (isCountry && byName.TryGetValue(a.Name, out var into))
            {
                kept[into] = Merge(kept[into], a);
                target[i] = into;
                continue;
            }

            target[i] = kept.Count;
            if (isCountry)
            {
                byName[a.Name] = kept.Count;
                a = AsLocation(a);
            }

            kept.Add(a);
        }

        foreach (var e in events)
        {
            Repoint(e, target);
        }

        return (kept, events);
    }

    private static bool AnyState(Lexicon lexicon, IReadOnlyList<ExtractedActor> actors)
    {
        foreach (var a in actors)
        {
            if (IsState(lexicon, a))
            {
                return true;
            }
        }

        return false;
    }

    // The organization the actor stage makes of an acting country: the country's own lexicon name and code.
    private static bool IsState(Lexicon lexicon, ExtractedActor a) =>
        a.Kind == ActorKind.Organization && IsCountryName(lexicon, a);

    private static bool IsCountryPlace(Lexicon lexicon, ExtractedActor a) =>
        a.Kind == ActorKind.Location && IsCountryName(lexicon, a);

    private static bool IsCountryName(Lexicon lexicon, ExtractedActor a) =>
        a.Country != null && lexicon.Country(a.Country) is { } entry && string.Equals(entry.Name, a.Name, StringComparison.Ordinal);

    private static ExtractedActor AsLocation(ExtractedActor a)
    {
        if (a.Kind == ActorKind.Location)
        {
            return a;
        }

        return new ExtractedActor(a.Name, ActorKind.Location, a.Country, a.Roles, a.Aliases, a.Mentions, a.Confidence) { Place = a.Place };
    }

    // Mentions in text order, aliases and roles in first-seen order, the place the location resolved to.
    private static ExtractedActor Merge(ExtractedActor a, ExtractedActor b)
    {
        var mentions = new List<MentionSpan>(a.Mentions.Count + b.Mentions.Count);
        mentions.AddRange(a.Mentions);
        foreach (var m in b.Mentions)
        {
            if (!mentions.Contains(m))
            {
                mentions.Add(m);
            }
        }

        mentions.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.Length.CompareTo(y.Length));
        return new ExtractedActor(
            a.Name, ActorKind.Location, a.Country, Union(a.Roles, b.Roles), Union(a.Aliases, b.Aliases), mentions, Math.Max(a.Confidence, b.Confidence))
        {
            Place = a.Place ?? b.Place,
        };
    }

    private static IReadOnlyList<string> Union(IReadOnlyList<string> a, IReadOnlyList<string> b)
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

    // An event's actors by their new index; a counterpart that became the agent itself is dropped.
    private static void Repoint(ExtractedEvent e, int[] target)
    {
        e.Agent = e.Agent >= 0 ? target[e.Agent] : e.Agent;
        e.Location = e.Location >= 0 ? target[e.Location] : e.Location;
        e.Source = e.Source >= 0 ? target[e.Source] : e.Source;
        if (e.Counterparts.Count == 0)
        {
            return;
        }

        var counterparts = new List<int>(e.Counterparts.Count);
        foreach (var c in e.Counterparts)
        {
            var t = c >= 0 ? target[c] : c;
            if (t != e.Agent && !counterparts.Contains(t))
            {
                counterparts.Add(t);
            }
        }

        e.Counterparts = counterparts;
    }
}
