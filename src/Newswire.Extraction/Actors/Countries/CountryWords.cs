using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Actors.Countries;

/// <summary>
/// The country a word (or lexicon phrase) of a name stands for: a country's name or alias ("Freedonia", "the Republic
/// of Freedonia"), a demonym ("Freedonian") or a capital city. Reads the article's tokens with the article's lexicon.
/// </summary>
internal sealed class CountryWords
{
    private readonly TokenizedText _text;
    private readonly Lexicon _lexicon;

    // Word ids for Match, one buffer per thread (an article's tokens; only a name's slice is used at a time).
    [System.ThreadStatic]
    private static int[]? _wordIds;

    public CountryWords(TokenizedText text, Lexicon lexicon)
    {
        _text = text;
        _lexicon = lexicon;
    }

    /// <summary>What a lexicon phrase or word at a token is, for the country rules.</summary>
    public enum Reading : byte
    {
        /// <summary>No lexicon phrase and no demonym.</summary>
        None,

        /// <summary>A country's name or alias, a demonym or a capital city: <c>country</c> is set.</summary>
        Country,

        /// <summary>A place that is no country nor capital ("New Freedonia"): its words name no owner.</summary>
        Place,

        /// <summary>An organization the lexicon knows (its own country, or none when international).</summary>
        Organization,

        /// <summary>A person the lexicon knows.</summary>
        Person,
    }

    /// <summary>
    /// Reads the longest lexicon phrase at <paramref name="token"/> ending before <paramref name="limit"/>, else the
    /// token as a demonym. <paramref name="count"/>: the tokens read (1 when none); <paramref name="entry"/>: the
    /// lexicon entry, if any.
    /// </summary>
    public Reading Read(int token, int limit, out string? country, out int count, out LexiconEntry? entry)
    {
        country = null;
        count = 1;
        entry = null;
        var tokens = _text.Tokens;
        var ids = WordIds(tokens.Length);
        for (var t = token; t < limit; t++)
        {
            ids[t] = Lexicon.UnknownWordId; // looked up by Match as it walks (names are short: no cache kept)
        }

        if (_lexicon.Match(_text, ids, token, limit, false, out var match))
        {
            entry = match.Entry;
            count = match.TokenCount;
            return ReadEntry(match.Entry, out country);
        }

        if (_lexicon.TryDemonym(_text.Text, tokens[token], out var demonym) && demonym.Length == 3)
        {
            country = demonym;
            return Reading.Country;
        }

        return Reading.None;
    }

    private static int[] WordIds(int tokens)
    {
        if (_wordIds == null || _wordIds.Length < tokens)
        {
            _wordIds = new int[System.Math.Max(tokens, 1024)];
        }

        return _wordIds;
    }

    private static Reading ReadEntry(LexiconEntry entry, out string? country)
    {
        country = entry.Country;
        switch (entry.Kind)
        {
            case LexiconKind.Country:
                return country != null ? Reading.Country : Reading.Place;
            case LexiconKind.Place:
                return country != null && Capitals.IsCapital(entry.Name, country) ? Reading.Country : Reading.Place;
            case LexiconKind.Person:
                return Reading.Person;
            default:
                return Reading.Organization;
        }
    }
}
