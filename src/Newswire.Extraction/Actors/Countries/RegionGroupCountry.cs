using Newswire.Extraction.Model;
using Newswire.Extraction.Places;
using Newswire.Extraction.Text;
using static Newswire.Extraction.Text.TermTables;

namespace Newswire.Extraction.Actors.Countries;

/// <summary>
/// An armed group or movement named for a region of one country is of that country: "Cauca Liberation Army",
/// "Bougainville Revolutionary Army", "Cabo Delgado Resistance Front". The region is the name's first one to three
/// words, a place of the lexicon with a country or a first-level division of the gazetteer that only one country
/// has; the name must end in an armed group's or movement's head word. A region several countries share
/// ("Kurdistan", "Kashmir", a division name two countries use) gives none.
/// </summary>
internal static class RegionGroupCountry
{
    private const int MaxRegionWords = 3;

    // Last words of armed groups and movements.
    private static readonly TermTable<bool> GroupHeads = Words(
        "army", "front", "movement", "forces", "militia", "brigade", "brigades", "resistance", "tigers", "rebels");

    /// <summary>The country of the region opening the group name in tokens [<paramref name="first"/>, <paramref name="end"/>), or null.</summary>
    public static string? Of(TokenizedText text, CountryWords words, int first, int end)
    {
        var tokens = text.Tokens;
        if (end - first < 2 || !tokens[end - 1].IsWord || !GroupHeads.Contains(text.Text, tokens[end - 1]))
        {
            return null;
        }

        if (IsWord(text, first, "the"))
        {
            first++;
        }

        if (words.Read(first, end - 1, out var country, out var count, out var entry) == CountryWords.Reading.Place)
        {
            return entry is { Kind: Lexicons.LexiconKind.Place } && count < end - first ? country : null;
        }

        for (var n = System.Math.Min(MaxRegionWords, end - 1 - first); n >= 1; n--)
        {
            if (Division(text.Text.Substring(tokens[first].Start, tokens[first + n - 1].End - tokens[first].Start)) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    // The one country with a first-level division of that name, or null (none, or several).
    private static string? Division(string name)
    {
        string? country = null;
        foreach (var (index, _) in Gazetteer.Default.Find(PlaceNames.Key(name)))
        {
            var e = Gazetteer.Default[index];
            if (e.Kind != PlaceKind.Admin1)
            {
                continue;
            }

            if (country != null && country != e.Country)
            {
                return null;
            }

            country = e.Country;
        }

        return country;
    }
}
