using System;
using System.Collections.Generic;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Actors.Finish;

/// <summary>
/// A short name two countries share reads as the one news usually means ("Congo": the Democratic Republic, the
/// lexicon's reading), unless the article names the other by its long name and never the usual one: then every
/// "Congo" of that article is the other country ("the Republic of Congo … Congo's president"). Runs after
/// <see cref="CountryIdentity"/>, when each country is one location actor. Then a body or person named by the shared
/// name or its demonym ("Congolese Labour Party"), which took the usual country, takes the other when the article names
/// only the other country.
/// </summary>
internal static class ShortCountryNames
{
    // Short name, the country the lexicon reads it as, the other country it can mean, the other's name, the
    // long names that can only mean the other, and the demonym both share.
    private static readonly (string Name, string Usual, string Other, string OtherName, string[] OtherLong, string Demonym)[] Shared =
    {
        ("Congo", "COD", "COG", "Republic of the Congo", new[] { "Republic of the Congo", "Republic of Congo", "Congo Republic", "Congo-Brazzaville" }, "Congolese"),
    };

    public static (IReadOnlyList<ExtractedActor> Actors, IReadOnlyList<ExtractedEvent> Events) Apply(
        string text, IReadOnlyList<ExtractedActor> actors, IReadOnlyList<ExtractedEvent> events)
    {
        var (folded, foldedEvents) = FoldShortName(text, actors, events);
        SharedWordCountries(folded);
        return (folded, foldedEvents);
    }

    // "Congolese Refining Company" in a story of the Republic alone: the name's shared word took the usual country.
    private static void SharedWordCountries(IReadOnlyList<ExtractedActor> actors)
    {
        foreach (var (name, usual, other, _, _, demonym) in Shared)
        {
            if (CountryActor(actors, usual) >= 0 || CountryActor(actors, other) < 0)
            {
                continue;
            }

            foreach (var a in actors)
            {
                if (a.Kind != ActorKind.Location && string.Equals(a.Country, usual, StringComparison.Ordinal) && (HasWord(a.Name, name) || HasWord(a.Name, demonym)))
                {
                    a.Country = other;
                }
            }
        }
    }

    private static bool HasWord(string s, string word)
    {
        for (var i = s.IndexOf(word, StringComparison.Ordinal); i >= 0; i = s.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            var end = i + word.Length;
            if ((i == 0 || !char.IsLetter(s[i - 1])) && (end == s.Length || !char.IsLetter(s[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static (IReadOnlyList<ExtractedActor> Actors, IReadOnlyList<ExtractedEvent> Events) FoldShortName(
        string text, IReadOnlyList<ExtractedActor> actors, IReadOnlyList<ExtractedEvent> events)
    {
        foreach (var (name, usual, other, otherName, otherLong, _) in Shared)
        {
            var u = CountryActor(actors, usual);
            var o = CountryActor(actors, other);
            if (u >= 0 && o >= 0 && OnlyNamedAs(text, actors[u], name, null))
            {
                var home = ActorFolds.Identity(actors.Count);
                home[u] = o;
                return ActorFolds.Fold(actors, events, home, a => a, ActorFolds.WithMentionsOf);
            }

            // The identity stage may already have joined the short name to the other's long name under the usual reading.
            if (u >= 0 && o < 0 && OnlyNamedAs(text, actors[u], name, otherLong) && !OnlyNamedAs(text, actors[u], name, null))
            {
                var a = actors[u];
                var relabelled = new List<ExtractedActor>(actors);
                relabelled[u] = new ExtractedActor(otherName, a.Kind, other, a.Roles, Without(a.Aliases, otherName), a.Mentions, a.Confidence);
                return (relabelled, events);
            }
        }

        return (actors, events);
    }

    private static int CountryActor(IReadOnlyList<ExtractedActor> actors, string country)
    {
        for (var i = 0; i < actors.Count; i++)
        {
            if (actors[i].Kind == ActorKind.Location && string.Equals(actors[i].Country, country, StringComparison.Ordinal) && (actors[i].Place == null || actors[i].Place!.Kind == PlaceKind.Country))
            {
                return i;
            }
        }

        return -1;
    }

    // Every name mention of the actor reads the short name alone (or one of the other names given).
    private static bool OnlyNamedAs(string text, ExtractedActor a, string name, string[]? others)
    {
        var any = false;
        foreach (var m in a.Mentions)
        {
            if (m.Form != MentionForm.Name)
            {
                continue;
            }

            if (!Reads(text, m, name) && (others == null || Array.FindIndex(others, o => Reads(text, m, o)) < 0))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    private static IReadOnlyList<string> Without(IReadOnlyList<string> aliases, string name)
    {
        var kept = new List<string>(aliases.Count);
        foreach (var alias in aliases)
        {
            if (!string.Equals(alias, name, StringComparison.Ordinal))
            {
                kept.Add(alias);
            }
        }

        return kept;
    }

    private static bool Reads(string text, MentionSpan m, string name) =>
        m.Length == name.Length && string.CompareOrdinal(text, m.Start, name, 0, name.Length) == 0;
}
