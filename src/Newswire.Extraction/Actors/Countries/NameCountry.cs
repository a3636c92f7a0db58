using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;
using static Newswire.Extraction.Text.TermTables;

namespace Newswire.Extraction.Actors.Countries;

/// <summary>
/// An organization whose own name holds its country: "Freedonia National Bureau of Statistics", "Bank Freedonia",
/// "Air Freedonia", "Freedonian Army", "Central Bank of Freedonia", "Sylvania City Water Board" (a capital). Precision
/// first, the name gives no country when:
/// <list type="bullet">
/// <item>the country word is not the owner: after "for", "in", "against"… ("Campaign for Freedonia", "Embassy of
/// Sylvania in Freedonia" is Sylvania's), or qualified ("North", "Latin", "Pan", "Anglo": "Latin Freedonian");</item>
/// <item>the name spans countries: two different countries, a hyphen-joined pair ("Freedonia-Sylvania Council"),
/// "International", "Nations", "States" ("Organization of Freedonian States");</item>
/// <item>the name is a gathering or an accord named for a place ("Sylvania Club", "Sylvania Group", "Sylvania
/// Protocol");</item>
/// <item>the lexicon knows the organization (its country stands; none means international). A known organization
/// inside the name is skipped: short aliases ("Labour") would outvote the name's own country.</item>
/// </list>
/// A place named for a country ("New Freedonia") is a lexicon place, read as a whole and skipped.
/// </summary>
internal static class NameCountry
{
    // A country word right after these is not the name's owner.
    private static readonly TermTable<bool> NotOwnerBefore = Words(
        "for", "against", "to", "without", "in", "on", "with", "from", "at", "towards", "toward", "across", "over", "into",
        "about", "between", "versus", "vs", "beyond", "among");

    // A country word after these names a region or a people wider than the country ("North Freedonian", "Latin").
    private static readonly TermTable<bool> Qualifiers = Words(
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "latin", "anglo",
        "native", "pan", "inter", "trans", "sub", "new", "greater", "upper", "lower", "old", "afro", "indo", "sino", "euro",
        "great", "little", "overseas", "exiled");

    // Words that make a body span several countries.
    private static readonly TermTable<bool> Shared = Words(
        "international", "nations", "states", "countries", "commonwealth", "multinational", "intergovernmental",
        "regional", "friends", "borders", "frontieres", "frontières", "diaspora");

    // Last words of a gathering, a format or an accord named for a place rather than a body of it.
    private static readonly TermTable<bool> Gatherings = Words(
        "club", "process", "format", "accord", "accords", "agreement", "agreements", "consensus", "declaration",
        "convention", "protocol", "summit", "talks", "dialogue", "pact", "treaty", "conference", "forum", "statute",
        "charter", "principles", "initiative", "plan", "roadmap");

    /// <summary>The country of the name in tokens [<paramref name="first"/>, <paramref name="end"/>), or null.</summary>
    public static string? Of(TokenizedText text, CountryWords words, int first, int end)
    {
        var tokens = text.Tokens;

        // "The US Embassy said": a sentence's capital "The" is no part of the name; read with it, "The US" is the
        // lexicon's place, not the country word that owns the name.
        if (end - first > 2 && IsWord(text, first, "the"))
        {
            first++;
        }
        if (end - first < 2 || Gatherings.Contains(text.Text, tokens[end - 1]) || (end - first == 2 && IsWord(text, end - 1, "group")))
        {
            return null;
        }

        string? found = null;
        var named = false;
        for (var i = first; i < end; i++)
        {
            if (!tokens[i].IsWord || tokens[i].IsLower)
            {
                continue;
            }

            if (Shared.Contains(text.Text, tokens[i]))
            {
                return null;
            }

            var reading = words.Read(i, end, out var country, out var count, out _);
            if (reading == CountryWords.Reading.Organization && !named && count == end - i)
            {
                return null; // the lexicon's organization: its own country (or none) stands
            }

            named = true;

            if (reading == CountryWords.Reading.Country && i > first && IsWord(text, i - 1, "and"))
            {
                return null; // "Freedonia and Sylvania Trade Council": a body of two
            }

            if (reading == CountryWords.Reading.Country && IsOwner(text, first, i, i + count))
            {
                if (found != null && found != country)
                {
                    return null;
                }

                found = country;
            }
            else if (reading == CountryWords.Reading.Country && IsJoined(text, i, i + count))
            {
                return null;
            }

            i += count - 1;
        }

        return found ?? PlaceLedCompany(text, words, first, end);
    }

    // Trades whose companies are named "<city> <trade>" ("Osaka Gas", "Marlow Steel Co."): the city's country is the
    // company's, as a capital's is ("Sylvania City Water Board"). Only these: bodies named for a city are often
    // international ("Minsk Group", "Basel Committee"), and a place head ("Marlow Airport") is a place.
    private static readonly TermTable<bool> CityTrades = Words(
        "gas", "electric", "electricity", "power", "steel", "airlines", "airways", "telecom", "energy", "petroleum",
        "motors", "cement", "shipbuilding", "brewery", "breweries", "pharmaceutical", "pharmaceuticals");

    // "Osaka Gas": a lexicon place with a country, not a capital (those are read above), opening the name and right
    // before a trade word.
    private static string? PlaceLedCompany(TokenizedText text, CountryWords words, int first, int end)
    {
        var reading = words.Read(first, end, out var country, out var count, out _);
        return reading == CountryWords.Reading.Place && country != null && first + count < end
               && CityTrades.Contains(text.Text, text.Tokens[first + count]) ? country : null;
    }

    // Whether the country words [at, end) own the name: not after a preposition or a qualifier, not hyphen-joined.
    private static bool IsOwner(TokenizedText text, int first, int at, int end)
    {
        var tokens = text.Tokens;
        if (IsJoined(text, at, end))
        {
            return false;
        }

        if (at == first)
        {
            return true;
        }

        var before = at - 1;
        if (before > first && IsWord(text, before, "the"))
        {
            before--; // "Bank of the Freedonian Republic": the word before "the"
        }

        return !tokens[before].IsWord
            || (!NotOwnerBefore.Contains(text.Text, tokens[before]) && !Qualifiers.Contains(text.Text, tokens[before]));
    }

    // Whether the words [at, end) are joined by a hyphen to the word before or after ("Freedonia-Sylvania").
    private static bool IsJoined(TokenizedText text, int at, int end)
    {
        var tokens = text.Tokens;
        var s = text.Text;
        var start = tokens[at].Start;
        var stop = tokens[end - 1].End;
        return (start > 0 && IsDash(s[start - 1])) || (stop < s.Length && IsDash(s[stop]));
    }

    private static bool IsDash(char c) => c == '-' || c == '\u2013' || c == '\u2010';

    /// <summary>Whether token <paramref name="token"/> qualifies a country word after it ("North", "Latin", "Pan").</summary>
    internal static bool IsQualifier(TokenizedText text, int token) =>
        token >= 0 && token < text.Tokens.Length && text.Tokens[token].IsWord && Qualifiers.Contains(text.Text, text.Tokens[token]);
}
