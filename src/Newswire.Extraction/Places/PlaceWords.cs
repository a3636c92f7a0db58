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
        "crossing", "checkpoint", "refinery", "plant", "mine", "field", "oilfield", "house",
    };

    /// <summary>Words that say a name is a country's first-level division ("Kursk Oblast", "Province of Quebec").</summary>
    public static readonly HashSet<string> AdminWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "oblast", "province", "state", "region", "governorate", "prefecture", "krai", "kray", "territory", "county",
        "district", "department", "canton", "emirate", "voivodeship", "okrug", "republic",
    };

    /// <summary>The last word of a name, or of the words right after a mention, lower case.</summary>
    public static string LastWord(string name)
    {
        var end = name.Length;
        while (end > 0 && !char.IsLetter(name[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(name[start - 1]))
        {
            start--;
        }

        return name.Substring(start, end - start);
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

            if (Landmarks.Contains(text.Substring(start, at - start)))
            {
                return true;
            }
        }

        return false;
    }
}
