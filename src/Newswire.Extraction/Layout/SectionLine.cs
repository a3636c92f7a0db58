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
        "agriculture", "transport", "aviation", "property", "motoring", "books", "music", "film", "television", "states",

        // Spanish, Portuguese and French sections of Latin American, Lusophone and francophone papers.
        "política", "politica", "economía", "economia", "nacional", "nacionales", "internacional", "internacionales",
        "deportes", "esportes", "sociedad", "opinión", "opiniao", "opinião", "cultura", "negocios", "locales",
        "sucesos", "justicia", "salud", "saúde", "regionales", "actualidad", "politique",
        "économie", "economie", "société", "societe", "afrique", "actualité", "actualites", "actualités",
        "seguridad", "empresas", "mundo", "centroamérica", "centroamerica", "latinoamérica", "poder", "ciência", "ciencia",
        "nación", "nacion", "mercado", "mercados", "cotidiano", "esporte", "tecnología", "tecnologia", "educación",
        "educação", "policiales", "espectáculos", "judiciales", "país", "pais", "regiones", "sucesos",

        // South and Southeast Asian papers' English desks ("Thailand > General", "Cities").
        "general", "cities", "provinces", "top");

    // Lower-case joining words a section may hold ("Life and Style", "Arts & Culture").
    private static readonly TermTable<bool> Joiners = TermTables.Words("and", "of", "the", "&");

    /// <summary>Whether text[start..end) is a lower-case joining word of names and sections ("and", "of", "the", "&amp;").</summary>
    public static bool IsJoiner(string text, int start, int end) => Joiners.TryGet(text, start, end - start, TermKey.Hash(text, start, end - start), out _);

    /// <summary>Whether <paramref name="line"/> (trimmed) has the shape of a section line and names a section.</summary>
    public static bool Is(string text, TextSpan line) => Count(text, line, out _, out var sectionWords) && sectionWords > 0;

    /// <summary>
    /// Whether every word of the section-shaped <paramref name="line"/> is a section word ("World News", "Business"):
    /// "Stabroek News" names a paper, not a section.
    /// </summary>
    public static bool IsSectionOnly(string text, TextSpan line) => Count(text, line, out var words, out var sectionWords) && sectionWords == words;

    // The section shape: one to MaxWords words, each capitalized or a joiner, separators between; counts its words
    // and its section words.
    private static bool Count(string text, TextSpan line, out int words, out int sectionWords)
    {
        words = sectionWords = 0;
        // "By NEWS REPORTER" has the shape but is a byline.
        if (line.Length < 2 || line.Length > MaxChars || Dateline.IsByline(text, line.Start, line.End))
        {
            return false;
        }

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

        return words >= 1 && words <= MaxWords;
    }

    /// <summary>
    /// Whether <paramref name="line"/> is an outlet and a section on one line ("The Daily Ledger | Politics", "Daily
    /// Ledger · Politics · 4 March 2025"): two parts around one part separator ("|", "·", "•", a dash or a spaced "/"
    /// or "&gt;"), a date part after them dropped; the right one a section line and the left one not (that is a
    /// section path, "World | Africa").
    /// </summary>
    public static bool SplitsOutlet(string text, TextSpan line, out TextSpan outlet, out TextSpan section) =>
        SplitsOutletUndated(text, WithoutDate(text, line), out outlet, out section);

    /// <summary><see cref="SplitsOutlet"/> of a line already passed through <see cref="WithoutDate"/> (SkipLead has it).</summary>
    public static bool SplitsOutletUndated(string text, TextSpan line, out TextSpan outlet, out TextSpan section)
    {
        if (!TwoParts(text, line, out outlet, out section))
        {
            return false;
        }

        // "Business Day | Companies": a paper's name may hold a section word when the other part is a section alone.
        return outlet.Length >= 2 && outlet.Length <= MaxChars && char.IsUpper(text[outlet.Start]) && Is(text, section)
               && (!Is(text, outlet) || (!IsSectionOnly(text, outlet) && IsSectionOnly(text, section)))
               && !Dateline.IsByline(text, outlet.Start, outlet.End);
    }

    /// <summary>
    /// Whether <paramref name="line"/> is a news medium's name and a label on one line ("Kyiv Independent — War
    /// Latest"): the left part holds a medium's word, the right one has a section's shape without a section word.
    /// </summary>
    public static bool SplitsMediaOutlet(string text, TextSpan line, out TextSpan outlet, out TextSpan section) =>
        TwoParts(text, WithoutDate(text, line), out outlet, out section) && OutletLine.HasMediaWord(text, outlet)
        && Count(text, section, out _, out _) && !Dateline.IsByline(text, section.Start, section.End);

    /// <summary>
    /// Whether <paramref name="line"/> is a byline and the outlet on one line ("By Staff Reporter | Morocco Daily
    /// News", "By Ada Brandt · The Daily Ledger"): two parts around one part separator, the left a byline and the
    /// right an outlet's name. Read before <see cref="SplitsOutletUndated"/>, whose section words an outlet's name
    /// often holds ("News", "World").
    /// </summary>
    public static bool SplitsBylineOutlet(string text, TextSpan line, out TextSpan outlet)
    {
        if (!TwoParts(text, line, out var byline, out outlet))
        {
            return false;
        }

        return byline.Length > 0 && Dateline.IsByline(text, byline.Start, byline.End) && OutletLine.IsName(text, outlet);
    }

    // A line of two parts around one part separator, each trimmed. The length first: SkipLead asks this of the first
    // paragraph line too, which it need not scan again.
    private static bool TwoParts(string text, TextSpan line, out TextSpan left, out TextSpan right)
    {
        left = right = default;
        if (line.Length > MaxChars * 2)
        {
            return false;
        }

        var cut = FindPartSeparator(text, line.Start, line.End, out var width);
        if (cut < 0 || FindPartSeparator(text, cut + width, line.End, out _) >= 0)
        {
            return false;
        }

        left = SpanTrim.Trim(text, line.Start, cut);
        right = SpanTrim.Trim(text, cut + width, line.End);
        return true;
    }

    /// <summary>
    /// <paramref name="line"/> without a date part closing it after a part separator ("Politics | March 4, 2025"):
    /// section lines of web pages carry the date beside them.
    /// </summary>
    public static TextSpan WithoutDate(string text, TextSpan line)
    {
        var last = -1;
        var width = 0;
        for (var at = FindPartSeparator(text, line.Start, line.End, out var w); at >= 0; at = FindPartSeparator(text, at + w, line.End, out w))
        {
            last = at;
            width = w;
        }

        if (last < 0)
        {
            return line;
        }

        var tail = SpanTrim.Trim(text, last + width, line.End);
        return tail.Length > 0 && (DateParser.TryParse(text.Substring(tail.Start, tail.Length), out _) || IsNumericDate(text, tail) || WebFurniture.IsTimeLine(text, tail)
                               || DateWords.IsDate(text, tail))
            ? SpanTrim.Trim(text, line.Start, last) : line;
    }

    // "12/02/2026", "12.02.2026", "2/12/26": a date in figures closing a line. Which figure is the month is left open
    // (the line only needs to know it is a date, not which day).
    private static bool IsNumericDate(string text, TextSpan span)
    {
        var groups = 0;
        var digits = 0;
        for (var i = span.Start; i < span.End; i++)
        {
            var c = text[i];
            if (c >= '0' && c <= '9')
            {
                digits++;
                continue;
            }

            if ((c != '/' && c != '.' && c != '-') || digits == 0 || digits > 2 || ++groups > 2)
            {
                return false;
            }

            digits = 0;
        }

        return groups == 2 && (digits == 2 || digits == 4);
    }

    /// <summary>The part of <paramref name="line"/> after its last part separator, or the whole line.</summary>
    public static TextSpan LastPart(string text, TextSpan line)
    {
        var last = -1;
        var width = 0;
        for (var at = FindPartSeparator(text, line.Start, line.End, out var w); at >= 0; at = FindPartSeparator(text, at + w, line.End, out w))
        {
            last = at;
            width = w;
        }

        return last < 0 ? line : SpanTrim.Trim(text, last + width, line.End);
    }

    /// <summary>The part of <paramref name="line"/> before its first part separator, or the whole line.</summary>
    public static TextSpan FirstPart(string text, TextSpan line)
    {
        var cut = FindPartSeparator(text, line.Start, line.End, out _);
        return cut < 0 ? line : SpanTrim.Trim(text, line.Start, cut);
    }

    // The next part separator from `start`: "|", "·", "•", "●" anywhere; an en or em dash, "/", "&gt;" or "-" only
    // between spaces (a hyphen inside a word or "24/7" is no separator). Its width goes out; -1 when none.
    private static int FindPartSeparator(string text, int start, int end, out int width)
    {
        width = 1;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if ((uint)(c - 'A') <= 'z' - 'A' || c == ' ')
            {
                continue; // letters and spaces, most of a line (paragraphs are tested too): no separator among them
            }

            if (c == '|' || c == '\u00B7' || c == '\u2022' || c == '\u25CF')
            {
                return i;
            }

            if ((c == '\u2013' || c == '\u2014' || c == '/' || c == '>' || c == '-') && i > start && i + 1 < end && text[i - 1] == ' ' && text[i + 1] == ' ')
            {
                return i;
            }
        }

        return -1;
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
