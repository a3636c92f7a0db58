using System;
using System.Collections.Generic;

namespace Newswire.Extraction.Places;

/// <summary>Word tables the place stage reads: landmark nouns and the words that name a country's divisions.</summary>
internal static class PlaceWords
{
    /// <summary>
    /// Heads of building and landmark names ("Itamaraty Palace", "Akorda state residence", "Tahrir Square"): such a
    /// place stands in a city, and takes that city's point and country.
    /// </summary>
    public static readonly HashSet<string> Landmarks = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "palace", "residence", "square", "airport", "airbase", "bridge", "dam", "base", "stadium", "embassy", "consulate",
        "cathedral", "mosque", "church", "temple", "monastery", "synagogue", "shrine", "museum", "hospital", "hotel",
        "port", "harbor", "harbour", "station", "prison", "jail", "building", "tower", "hall", "plaza", "park", "camp",
        "center", "centre", "headquarters", "compound", "complex", "arena", "memorial", "monument", "gate", "castle",
        "fortress", "citadel", "terminal", "mall", "market", "bazaar", "university", "campus", "cemetery", "barracks",
        "crossing", "checkpoint", "refinery", "plant", "mine", "field", "oilfield", "house", "penitentiary",
    };

    /// <summary>Words that say a name is a country's first-level division ("Kursk Oblast", "Province of Quebec").</summary>
    public static readonly HashSet<string> AdminWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "oblast", "province", "state", "region", "governorate", "prefecture", "krai", "kray", "territory", "county",
        "district", "department", "canton", "emirate", "voivodeship", "okrug", "republic",
    };

    /// <summary>Whether the name's last word is a landmark noun ("Tahrir Square"); copies the word only when it may be one.</summary>
    public static bool EndsWithLandmark(string name)
    {
        var start = LastWordStart(name, out var end);
        return end > start && MayBeLandmark(name[start], end - start) && Landmarks.Contains(name.Substring(start, end - start));
    }

    // Where the name's last run of letters starts; end: where it ends (start == end when there is none).
    private static int LastWordStart(string name, out int end)
    {
        end = name.Length;
        while (end > 0 && !char.IsLetter(name[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(name[start - 1]))
        {
            start--;
        }

        return start;
    }

    // The lengths and ASCII first letters (lower case) of the landmark nouns as bit sets, so that most words after a
    // mention ("said", "and") are ruled out before they are copied and hashed. -1 (every bit) when a noun is
    // longer than 63 letters or starts beyond ASCII, where the sets could not say.
    private static readonly long LandmarkLengths = LengthBits(Landmarks);
    private static readonly int LandmarkFirstLetters = FirstLetterBits(Landmarks);

    // Whether a word of this first letter and length could be a landmark noun (a word starting beyond ASCII could:
    // the case-insensitive comparison maps some such letters to ASCII ones).
    private static bool MayBeLandmark(char first, int length) =>
        length < 64 && (LandmarkLengths & (1L << length)) != 0
        && (first >= '\u0080' || (LandmarkFirstLetters & (1 << ((first | 0x20) & 31))) != 0);

    private static long LengthBits(HashSet<string> words)
    {
        var bits = 0L;
        foreach (var w in words)
        {
            bits = w.Length < 64 ? bits | (1L << w.Length) : -1L;
            if (bits == -1L)
            {
                break;
            }
        }

        return bits;
    }

    private static int FirstLetterBits(HashSet<string> words)
    {
        var bits = 0;
        foreach (var w in words)
        {
            var c = w.Length > 0 ? w[0] : '\0';
            if (c >= '\u0080' || !((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
            {
                return -1;
            }

            bits |= 1 << ((c | 0x20) & 31);
        }

        return bits;
    }

    /// <summary>Whether a landmark noun follows the span within three lower-case words ("Akorda state residence").</summary>
    public static bool LandmarkAfter(string text, int end)
    {
        var at = end;
        for (var w = 0; w < 3; w++)
        {
            while (at < text.Length && text[at] == ' ')
            {
                at++;
            }

            var start = at;
            while (at < text.Length && char.IsLetter(text[at]))
            {
                at++;
            }

            if (at == start || !char.IsLower(text[start]))
            {
                return false;
            }

            if (MayBeLandmark(text[start], at - start) && Landmarks.Contains(text.Substring(start, at - start)))
            {
                return true;
            }
        }

        return false;
    }
}
