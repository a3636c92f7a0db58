using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Layout;

/// <summary>
/// A section line ("Markets", "NATION", "World | Africa", "Arts &amp; Culture"): a short line of one to four
/// capitalized or all-capital words, with no sentence punctuation, "|", "/", "&gt;" or "-" between parts, naming at
/// least one common newspaper section. Read directly under the headline (or as a lone line above it).
/// </summary>
internal static class SectionLine
{
    private const int MaxChars = 40;
    private const int MaxWords = 4;

    // Words newspapers name their sections with, case-folded.
    private static readonly TermTable<bool> SectionWords = TermTables.Words(
        "news", "world", "national", "nation", "local", "metro", "city", "regional", "region", "international", "foreign",
        "domestic", "politics", "business", "economy", "markets", "market", "money", "finance", "companies", "industry",
        "commodities", "currencies", "stocks", "banking", "energy", "trade", "technology", "tech", "science", "health",
        "sport", "sports", "football", "soccer", "cricket", "rugby", "tennis", "entertainment", "arts", "culture", "lifestyle",
        "life", "style", "travel", "food", "opinion", "editorial", "editorials", "comment", "analysis", "features",
        "weather", "environment", "climate", "education", "crime", "courts", "justice", "law", "media", "religion",
        "obituaries", "africa", "asia", "europe", "americas", "elections", "security", "defence", "defense", "diplomacy",
        "agriculture", "transport", "aviation", "property", "motoring", "books", "music", "film", "television", "states");

    // Lower-case joining words a section may hold ("Life and Style", "Arts & Culture").
    private static readonly TermTable<bool> Joiners = TermTables.Words("and", "of", "the", "&");

    /// <summary>Whether <paramref name="line"/> (trimmed) has the shape of a section line and names a section.</summary>
    public static bool Is(string text, TextSpan line)
    {
        // "By NEWS REPORTER" has the shape but is a byline.
        if (line.Length < 2 || line.Length > MaxChars || Dateline.IsByline(text, line.Start, line.End))
        {
            return false;
        }

        int words = 0, sectionWords = 0;
        var i = line.Start;
        while (i < line.End)
        {
            var c = text[i];
            if (!char.IsLetter(c) && c != '&')
            {
                if (!IsSeparator(c))
                {
                    return false;
                }

                i++;
                continue;
            }

            var end = WordEnd(text, i, line.End);
            if (!IsWord(text, i, end, ref words, ref sectionWords))
            {
                return false;
            }

            i = end;
        }

        return words >= 1 && words <= MaxWords && sectionWords > 0;
    }

    /// <summary>
    /// Whether <paramref name="line"/> is an outlet and a section on one line ("The Daily Ledger | Politics"): two
    /// parts around one "|", the right one a section line and the left one not (that is a section path, "World |
    /// Africa").
    /// </summary>
    public static bool SplitsOutlet(string text, TextSpan line, out TextSpan outlet, out TextSpan section)
    {
        outlet = section = default;
        var bar = text.IndexOf('|', line.Start, line.Length);
        if (bar < 0 || line.Length > MaxChars * 2 || text.IndexOf('|', bar + 1, line.End - bar - 1) >= 0)
        {
            return false;
        }

        outlet = SpanTrim.Trim(text, line.Start, bar);
        section = SpanTrim.Trim(text, bar + 1, line.End);
        return outlet.Length >= 2 && outlet.Length <= MaxChars && char.IsUpper(text[outlet.Start]) && Is(text, section) && !Is(text, outlet);
    }

    private static bool IsSeparator(char c) =>
        c == ' ' || c == '|' || c == '/' || c == '>' || c == '-' || c == '\u2013' || c == '\u2014' || c == '\u203A' || c == '\u00BB' || c == '\u00B7';

    private static int WordEnd(string text, int i, int end)
    {
        while (i < end && (char.IsLetter(text[i]) || text[i] == '&' || text[i] == '\''))
        {
            i++;
        }

        return i;
    }

    // A capitalized or all-capital word counts; a lower-case joining word is allowed and not counted.
    private static bool IsWord(string text, int start, int end, ref int words, ref int sectionWords)
    {
        var hash = TermKey.Hash(text, start, end - start);
        if (!char.IsUpper(text[start]))
        {
            return Joiners.TryGet(text, start, end - start, hash, out _);
        }

        words++;
        sectionWords += SectionWords.TryGet(text, start, end - start, hash, out _) ? 1 : 0;
        return true;
    }
}
