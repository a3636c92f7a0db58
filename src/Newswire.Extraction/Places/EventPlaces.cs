using System;
using System.Collections.Generic;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Places;

/// <summary>
/// Where each event happened, checked against its clause after the event stage chose: a place behind a relative
/// clause is not the event's ("demanded the wreckage of the plane that crashed near Smolensk"); a statement made
/// "in Tehran" happened there; with nothing in the sentence, the dateline's place. An organization an event happened
/// at is located as a landmark of the city its name carries ("the University of Cambridge"), else of its country's
/// city in the article, else of its country's capital ("at the Kremlin").
/// </summary>
internal static class EventPlaces
{
    // Words after which "in X" / "at X" says where the action of the clause took place.
    private static readonly HashSet<string> PlaceVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "told", "met", "meet", "meets", "held", "spoke", "signed", "announced", "was", "were", "is", "are",
        "arrived", "gathered", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "today", "yesterday", "tonight", "conference", "briefing", "summit", "talks", "meeting", "speech", "statement",
    };

    private static readonly string[] Relatives = { "that", "which", "who", "whose", "where", "whom" };

    public static void Apply(Gazetteer g, string text, IReadOnlyList<ExtractedActor> actors, IReadOnlyList<ExtractedEvent> events, PlaceResolver.Resolution resolution)
    {
        var places = resolution.Places;
        if (events.Count == 0)
        {
            return;
        }

        var placed = Placed(actors, places);
        var tried = new HashSet<int>();
        foreach (var e in events)
        {
            if (e.Location >= 0 && e.Location < actors.Count && BehindRelative(text, actors[e.Location], e))
            {
                e.Location = -1;
            }

            if (e.Location < 0)
            {
                e.Location = SaidIn(text, actors, places, placed, e);
            }

            if (e.Location < 0 && resolution.Dateline >= 0 && resolution.Dateline != e.Agent && !HasPlaceInSentence(actors, placed, e, resolution.Dateline))
            {
                e.Location = resolution.Dateline;
            }

            // "at the University of Cambridge", "at the Kremlin": an organization as a place.
            if (e.Location >= 0 && e.Location < actors.Count && places[e.Location] == null
                && actors[e.Location].Kind == ActorKind.Organization && tried.Add(e.Location))
            {
                var country = actors[e.Location].Country;
                var city = NamedCity(g, actors[e.Location].Name, country);
                if (city < 0 && country != null)
                {
                    city = PlaceResolver.ContextCity(g, actors, resolution.Entries, e.Location, country);
                }

                if (city < 0 && country != null)
                {
                    city = g.CapitalEntry(country);
                }

                if (city >= 0)
                {
                    places[e.Location] = PlaceResolver.Landmark(g, city);
                }
            }
        }
    }

    // Mentions of resolved places in text order (by start, then actor), so each event looks only at its own
    // sentence's. Sorted as one number per mention, start above actor (both are never negative): a sort of
    // primitives, with no comparison delegate to call.
    private static List<(int Start, int Actor)> Placed(IReadOnlyList<ExtractedActor> actors, Place?[] places)
    {
        var count = 0;
        for (var i = 0; i < actors.Count; i++)
        {
            count += places[i] != null ? actors[i].Mentions.Count : 0;
        }

        var keys = new long[count];
        var k = 0;
        for (var i = 0; i < actors.Count; i++)
        {
            if (places[i] != null)
            {
                var mentions = actors[i].Mentions;
                for (var j = 0; j < mentions.Count; j++)
                {
                    keys[k++] = ((long)mentions[j].Start << 32) | (uint)i;
                }
            }
        }

        Array.Sort(keys);
        var placed = new List<(int Start, int Actor)>(count);
        foreach (var key in keys)
        {
            placed.Add(((int)(key >> 32), (int)(key & 0xFFFFFFFF)));
        }

        return placed;
    }

    /// <summary>
    /// A city the organization's own name carries ("University of Cambridge", "Aberdeen Grammar School"): the most
    /// populous town of one to three of its capitalized words, in the organization's country when it has one.
    /// </summary>
    private static int NamedCity(Gazetteer g, string name, string? country)
    {
        var words = name.Split(' ');
        var best = -1;
        for (var n = 3; n >= 1 && best < 0; n--)
        {
            for (var i = 0; i + n <= words.Length; i++)
            {
                if (words[i].Length == 0 || !char.IsUpper(words[i][0]))
                {
                    continue;
                }

                foreach (var (entry, alias) in g.Find(PlaceNames.Key(string.Join(" ", words, i, n))))
                {
                    var e = g[entry];
                    if (!alias && (e.Kind == PlaceKind.City || e.Kind == PlaceKind.Capital) && e.Population >= 15000
                        && (country == null || e.Country == country) && (best < 0 || e.Population > g[best].Population))
                    {
                        best = entry;
                    }
                }
            }
        }

        return best;
    }

    /// <summary>
    /// Whether every mention of the place in the event's sentence comes after the trigger behind a relative or
    /// complement word: then it places something the clause only talks about.
    /// </summary>
    private static bool BehindRelative(string text, ExtractedActor place, ExtractedEvent e)
    {
        var inSentence = false;
        var triggerEnd = e.Trigger.Start + e.Trigger.Length;
        var mentions = place.Mentions;

        // Mentions are in text order: start at the sentence's first (a long article repeats a place thousands of times).
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (mentions[mid].Start < e.Sentence.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var k = lo; k < mentions.Count && mentions[k].Start < e.Sentence.Start + e.Sentence.Length; k++)
        {
            var m = mentions[k];

            inSentence = true;
            if (m.Start < triggerEnd || !HasRelative(text, triggerEnd, m.Start))
            {
                return false;
            }
        }

        return inSentence;
    }

    private static bool HasRelative(string text, int from, int to)
    {
        var i = from;
        while (i < to)
        {
            while (i < to && !char.IsLetter(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < to && char.IsLetter(text[i]))
            {
                i++;
            }

            if (i > start && IsRelative(text, start, i - start))
            {
                return true;
            }
        }

        return false;
    }

    // Whether text[start, start + length) is one of the Relatives in any case. Plain ASCII words (nearly all) are
    // compared in place; a word with other letters takes the lower-casing path, whose invariant mapping decides.
    private static bool IsRelative(string text, int start, int length)
    {
        if (length < 3 || length > 5)
        {
            return false;
        }

        foreach (var r in Relatives)
        {
            if (r.Length != length)
            {
                continue;
            }

            var k = 0;
            while (k < length && text[start + k] < '\u0080' && (text[start + k] | 0x20) == r[k])
            {
                k++;
            }

            if (k == length)
            {
                return true;
            }

            if (text[start + k] >= '\u0080')
            {
                return Array.IndexOf(Relatives, text.Substring(start, length).ToLowerInvariant()) >= 0;
            }
        }

        return false;
    }

    /// <summary>A resolved place in the event's sentence right after "in"/"at" that follows a verb, time or meeting word ("said in Tehran").</summary>
    private static int SaidIn(string text, IReadOnlyList<ExtractedActor> actors, Place?[] places, List<(int Start, int Actor)> placed, ExtractedEvent e)
    {
        var sentenceEnd = e.Sentence.Start + e.Sentence.Length;
        for (var k = First(placed, e.Sentence.Start); k < placed.Count && placed[k].Start < sentenceEnd; k++)
        {
            var (start, i) = placed[k];
            if (i == e.Agent || !places[i]!.HasPoint || places[i]!.Kind == PlaceKind.Country)
            {
                continue;
            }

            var at = PreviousWord(text, start, e.Sentence.Start, out var prep);
            if (!string.Equals(prep, "the", StringComparison.OrdinalIgnoreCase))
            {
                at = start;
            }

            var before = PreviousWord(text, at, e.Sentence.Start, out prep);
            if ((prep == "in" || prep == "at") && PreviousWord(text, before, e.Sentence.Start, out var cue) >= 0 && PlaceVerbs.Contains(cue)
                && (start < e.Trigger.Start || !HasRelative(text, e.Trigger.Start + e.Trigger.Length, start)))
            {
                return i; // the first such place in the sentence
            }
        }

        return -1;
    }

    /// <summary>Index of the first entry starting at or after <paramref name="start"/>.</summary>
    private static int First(List<(int Start, int Actor)> placed, int start)
    {
        int lo = 0, hi = placed.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (placed[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The word before <paramref name="at"/> (not before <paramref name="floor"/>) and its start, or -1.</summary>
    private static int PreviousWord(string text, int at, int floor, out string word)
    {
        var i = at;
        while (i > floor && text[i - 1] == ' ')
        {
            i--;
        }

        var end = i;
        while (i > floor && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        word = text.Substring(i, end - i);
        return end > i ? i : -1;
    }

    private static bool HasPlaceInSentence(IReadOnlyList<ExtractedActor> actors, List<(int Start, int Actor)> placed, ExtractedEvent e, int dateline)
    {
        var sentenceEnd = e.Sentence.Start + e.Sentence.Length;
        for (var k = First(placed, e.Sentence.Start); k < placed.Count && placed[k].Start < sentenceEnd; k++)
        {
            var i = placed[k].Actor;
            if (i != e.Agent && i != dateline && actors[i].Kind == ActorKind.Location)
            {
                return true;
            }
        }

        return false;
    }
}
