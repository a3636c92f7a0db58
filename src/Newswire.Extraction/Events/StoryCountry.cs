using System;
using System.Collections.Generic;
using Newswire.Extraction.Actors;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

/// <summary>
/// The country an article is about, as written before a given token: the countries (and capitals) it named,
/// counted by country code, with the dateline's place ("RIVERTON (Wire) - ...") worth <see cref="DatelineWeight"/>
/// mentions. Security forces named by function only ("Police detained ...", "Riot police fired ...") act for it
/// when the clause names no place of their own. Precision first: a tie names no country, and forces that often
/// act abroad ("troops", "soldiers") take a country only when the article named no other one before them.
/// Countries named after the token never count. Linear in the mentions before the token.
/// </summary>
internal static class StoryCountry
{
    private const int DatelineWeight = 1;

    /// <summary>
    /// The actor standing for the story's country before token <paramref name="before"/>, or -1. The actor is the
    /// country's latest country-or-capital mention, else the dateline's place. <paramref name="datelineStart"/>: the
    /// offset of the first body paragraph (-1: none); <paramref name="soleCountry"/>: only one country may be named.
    /// </summary>
    public static int Before(TokenizedText text, ActorExtractionResult actors, int datelineStart, int before, bool soleCountry)
    {
        var dateline = Dateline(text.Text, actors, datelineStart);
        var skip = dateline >= 0 ? datelineStart : -1; // a dateline capital counts once, with its own weight
        var counts = Count(actors, text.Tokens[before].Start, skip, out var latest);
        if (dateline >= 0)
        {
            counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
            var country = actors.Actors[dateline].Country!;
            counts.TryGetValue(country, out var n);
            counts[country] = n + DatelineWeight;
        }

        var best = Clear(counts, soleCountry);
        if (best == null)
        {
            return -1;
        }

        return latest != null && latest.TryGetValue(best, out var m) ? actors.Mentions[m].Actor : dateline;
    }

    /// <summary>
    /// The countries (and capitals) named before offset <paramref name="end"/>, by country code: how often each,
    /// and in <paramref name="latest"/> the index of its latest mention; null when none. A mention at
    /// <paramref name="skip"/> (a dateline counted apart) is left out. A country typed as its government ("Peru
    /// raised tariffs") and as a place ("in Peru") are two actors of one country.
    /// </summary>
    internal static Dictionary<string, int>? Count(ActorExtractionResult actors, int end, int skip, out Dictionary<string, int>? latest)
    {
        var mentions = actors.Mentions;
        latest = null;
        sbyte[]? named = null; // per actor: 0 not yet asked, 1 its country's or capital's name, -1 not
        // Per country, in the order first counted: an article names a few, so a scan beats hashing. The thread's
        // array is reused (Count runs a few times an article).
        var tally = t_tally ??= new Tally[8];
        var countries = 0;
        for (var m = 0; m < mentions.Count && mentions[m].Span.Start < end; m++)
        {
            var a = mentions[m].Actor;
            var actor = actors.Actors[a];
            if (mentions[m].Span.Start == skip || actor.Country is not { } country || actor.Kind == ActorKind.Person)
            {
                continue;
            }

            // The name test once per actor, not per mention (it looks the country up and may cut "the ").
            named ??= new sbyte[actors.Actors.Length];
            if (named[a] == 0)
            {
                named[a] = IsCountryOrCapital(actor.Name, country) ? (sbyte)1 : (sbyte)-1;
            }

            if (named[a] > 0)
            {
                countries = Add(ref tally, countries, country, m);
            }
        }

        t_tally = tally;
        return countries == 0 ? null : ToDictionaries(tally, countries, out latest);
    }

    [ThreadStatic]
    private static Tally[]? t_tally;

    private struct Tally
    {
        public string Country;
        public int Count;
        public int Latest;
    }

    // Counts one more mention of the country; the number of countries counted.
    private static int Add(ref Tally[] tally, int countries, string country, int mention)
    {
        for (var k = 0; k < countries; k++)
        {
            if (string.Equals(tally[k].Country, country))
            {
                tally[k].Count++;
                tally[k].Latest = mention;
                return countries;
            }
        }

        if (countries == tally.Length)
        {
            Array.Resize(ref tally, countries * 2);
        }

        tally[countries] = new Tally { Country = country, Count = 1, Latest = mention };
        return countries + 1;
    }

    // The counts and latest mentions by country code, each in the order the countries were first counted (the
    // order a dictionary filled mention by mention enumerates; CountryTally.Leader's ties depend on it).
    private static Dictionary<string, int> ToDictionaries(Tally[] tally, int countries, out Dictionary<string, int> latest)
    {
        var counts = new Dictionary<string, int>(countries, StringComparer.Ordinal);
        latest = new Dictionary<string, int>(countries, StringComparer.Ordinal);
        for (var k = 0; k < countries; k++)
        {
            counts.Add(tally[k].Country, tally[k].Count);
            latest.Add(tally[k].Country, tally[k].Latest);
        }

        return counts;
    }

    /// <summary>Whether a name is its country's or its capital's, with or without "the" ("The United States").</summary>
    private static bool IsCountryOrCapital(string name, string country) =>
        Lexicons.Capitals.IsCountryOrCapital(name, country)
        || (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && Lexicons.Capitals.IsCountryOrCapital(name.Substring(4), country));

    /// <summary>The country counted more often than any other (the only one when <paramref name="sole"/>), or null.</summary>
    private static string? Clear(Dictionary<string, int>? counts, bool sole)
    {
        if (counts == null || (sole && counts.Count != 1))
        {
            return null;
        }

        return Actors.Countries.CountryTally.Leader(counts).Best;
    }

    /// <summary>
    /// The place with a country named at <paramref name="start"/> and followed by a dateline mark
    /// (<see cref="Text.Dateline.MarkFollows"/>: "RIVERTON, May 4 -", "RIVERTON (Wire) -", "NEW DELHI: ..."), or -1.
    /// </summary>
    internal static int Dateline(string text, ActorExtractionResult actors, int start)
    {
        if (start < 0)
        {
            return -1;
        }

        var mentions = actors.Mentions;
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Span.Start > start)
            {
                break;
            }

            var actor = actors.Actors[m.Actor];
            if (m.Span.Start != start || actor.Kind != ActorKind.Location || actor.Country == null)
            {
                continue;
            }

            if (Text.Dateline.MarkFollows(text, m.Span.Start, m.Span.Start + m.Span.Length))
            {
                return m.Actor;
            }
        }

        return -1;
    }
}
