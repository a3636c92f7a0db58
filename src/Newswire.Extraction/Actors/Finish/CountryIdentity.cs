using System;
using System.Collections.Generic;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Actors.Finish;

/// <summary>
/// One actor per country in an article. While actors and events are found, a country that acts ("Ruritania
/// accused Elbonia") is an organization, so that the event stage reads it as an agent and not as a place, and the
/// same country named as a place ("talks in Ruritania") is a location; both are one real actor. A group named by
/// the country's people ("Ruritanian troops", "Ruritanian officials") is an actor of its own too, so that events
/// have an agent with a country. After the events (and places) this stage folds them into one location actor (how
/// a news reader, the training text and a dataset's users name a country; CAMEO codes such a group as a sector of
/// the country), re-pointing the events at it. A group whose country the article never names stays as it is.
/// </summary>
internal static class CountryIdentity
{
    public static (IReadOnlyList<ExtractedActor> Actors, IReadOnlyList<ExtractedEvent> Events) Apply(
        Lexicon lexicon, IReadOnlyList<ExtractedActor> actors, IReadOnlyList<ExtractedEvent> events)
    {
        // Most articles hold no acting country and no nationality group: look for one before allocating anything.
        if (!AnyToFold(lexicon, actors))
        {
            return (actors, events);
        }

        // A force group of a country the article names only through its people stands for that country (CAMEO).
        actors = UnnamedCountryForces.Apply(lexicon, actors);
        return ActorFolds.Fold(
            actors,
            events,
            Homes(lexicon, actors),
            a => IsCountry(lexicon, a) ? AsLocation(a) : a,
            (home, folded) => Merge(home, folded, IsCountry(lexicon, folded)));
    }

    private static bool AnyToFold(Lexicon lexicon, IReadOnlyList<ExtractedActor> actors)
    {
        foreach (var a in actors)
        {
            if ((a.Kind == ActorKind.Organization && IsCountryName(lexicon, a)) || IsNationalityGroup(lexicon, a))
            {
                return true;
            }
        }

        return false;
    }

    // home[i]: the actor that actor i folds into (itself when it stays): the first actor named as its country.
    private static int[] Homes(Lexicon lexicon, IReadOnlyList<ExtractedActor> actors)
    {
        var home = new int[actors.Count];
        var byCountry = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < actors.Count; i++)
        {
            home[i] = i;
            if (IsCountry(lexicon, actors[i]))
            {
                if (byCountry.TryGetValue(actors[i].Country!, out var first))
                {
                    home[i] = first;
                }
                else
                {
                    byCountry[actors[i].Country!] = i;
                }
            }
        }

        for (var i = 0; i < actors.Count; i++)
        {
            if (IsNationalityGroup(lexicon, actors[i]) && byCountry.TryGetValue(actors[i].Country!, out var country))
            {
                home[i] = country;
            }
        }

        return home;
    }

    // The organization the actor stage makes of an acting country, or the place: the country's own lexicon name.
    private static bool IsCountry(Lexicon lexicon, ExtractedActor a) =>
        (a.Kind == ActorKind.Organization || a.Kind == ActorKind.Location) && IsCountryName(lexicon, a);

    internal static bool IsCountryName(Lexicon lexicon, ExtractedActor a) =>
        a.Country != null && lexicon.Country(a.Country) is { } entry && string.Equals(entry.Name, a.Name, StringComparison.Ordinal);

    // "Liberia MP arrested": a headline's nameless officer of a country ("<Country> MP") is, like a nationality group,
    // that country's sector (CAMEO), not a person of its own; it folds into the country when the article names it.
    private static bool IsNamelessOfficer(ExtractedActor a) => a.Mentions.Count > 0 && a.Roles.Count == 0;

    // "Ruritanian troops", "Ruritania police", "North Ruritanian navy": a group phrase (no name mention) opened by its
    // country's demonym or name (one word or two).
    internal static bool IsNationalityGroup(Lexicon lexicon, ExtractedActor a)
    {
        if (a.Kind == ActorKind.Person ? !IsNamelessOfficer(a) : a.Kind != ActorKind.Organization || a.Mentions.Count == 0)
        {
            return false;
        }

        if (a.Country == null)
        {
            return false;
        }

        foreach (var m in a.Mentions)
        {
            if (m.Form == MentionForm.Name)
            {
                return false;
            }
        }

        var space = a.Name.IndexOf(' ');
        if (space <= 0)
        {
            return false;
        }

        if (a.Kind == ActorKind.Person && !WordLists.TitleHeads.TryGet(a.Name.Substring(space + 1), out _))
        {
            return false;
        }

        var second = a.Name.IndexOf(' ', space + 1);
        return OpensWith(lexicon, a, space) || (second > 0 && OpensWith(lexicon, a, second));
    }

    // Whether the actor's first `length` characters are its country's demonym or lexicon name.
    private static bool OpensWith(Lexicon lexicon, ExtractedActor a, int length) =>
        (lexicon.TryDemonym(a.Name, 0, length, out var country) && country == a.Country)
        || (lexicon.Country(a.Country!) is { } entry && string.Compare(entry.Name, 0, a.Name, 0, length, StringComparison.Ordinal) == 0
            && entry.Name.Length == length);

    private static ExtractedActor AsLocation(ExtractedActor a)
    {
        if (a.Kind == ActorKind.Location)
        {
            return a;
        }

        return new ExtractedActor(a.Name, ActorKind.Location, a.Country, a.Roles, a.Aliases, a.Mentions, a.Confidence) { Place = a.Place };
    }

    // Mentions in text order, aliases in first-seen order, the place the location resolved to. A folded group adds
    // its mentions (nominal, as they were) but neither its name as an alias nor its confidence.
    private static ExtractedActor Merge(ExtractedActor a, ExtractedActor b, bool sameName) =>
        new ExtractedActor(
            a.Name,
            ActorKind.Location,
            a.Country,
            sameName ? ActorFolds.Union(a.Roles, b.Roles) : a.Roles,
            sameName ? ActorFolds.Union(a.Aliases, b.Aliases) : a.Aliases,
            ActorFolds.MergeMentions(a.Mentions, b.Mentions),
            sameName ? Math.Max(a.Confidence, b.Confidence) : a.Confidence)
        {
            Place = a.Place ?? b.Place,
        };
}
