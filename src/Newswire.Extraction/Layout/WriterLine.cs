using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Layout;

/// <summary>
/// The writer's lines over the first paragraph that carry no "By": a bare name over a dateline line ("Ada Brandt" /
/// "ISTANBUL"), over the writer's post ("Ada Brandt" / "Riverton correspondent") or over the writer's affiliation ("Ada Brandt" / "BBC News, Riverton", "Ada Brandt" / "Europe
/// correspondent, BBC News"), and the writer's place under a byline ("Staff Reporter" / "Riverton"). None is a
/// paragraph; the affiliation names the outlet when it is no wire agency (an agency wrote the copy, README).
/// </summary>
internal static class WriterLine
{
    private const int MaxAffiliationChars = 60;
    private const int MaxPlaceWords = 2;

    /// <summary>
    /// Whether <paramref name="line"/>, the first line of <paramref name="body"/> after <paramref name="previous"/>, is a
    /// writer's line; an affiliation's outlet goes to <paramref name="outlet"/> when none is known.
    /// </summary>
    public static bool Skips(string text, LineMap lines, TextSpan line, TextSpan previous, (int First, int Last) body, ref TextSpan? outlet)
    {
        if (previous.Length > 0 && BodyFurniture.IsBareName(text, previous) && Affiliation(text, line) is { } named)
        {
            outlet ??= WireAgencies.IsAgency(text, named.Start, named.Length) ? null : named;
            return true;
        }

        if (previous.Length > 0 && (((Dateline.IsByline(text, previous.Start, previous.End) || BodyFurniture.IsBareName(text, previous)) && IsPlace(text, line))
                                    || (BodyFurniture.IsBareName(text, previous) && IsPost(text, line))))
        {
            return true;
        }

        if (IsNameInPlace(text, line))
        {
            return true;
        }

        if (Bracketed(text, line) is { } house)
        {
            outlet ??= WireAgencies.IsAgency(text, house.Start, house.Length) ? null : house;
            return true;
        }

        if (!BodyFurniture.IsBareName(text, line))
        {
            return false;
        }

        // "R. Senthilnathan" closing the head's block under its date line: the writer, alone.
        var under = ArticleLayoutParser.LineUnder(text, lines, body);
        return (previous.Length > 0 && BodyFurniture.IsLead(text, previous) && EndsBlock(text, lines, body.First))
               || (under.Length > 0 && (BodyFurniture.IsDatelineOnly(text, under) || Affiliation(text, under) is not null || IsPost(text, under) || IsPlace(text, under)));
    }

    /// <summary>
    /// The house a staff byline names ("Staff Reporter, Riverton Ledger", "By Staff Writer, Riverton Ledger"); null when
    /// the line is none or names an agency (an agency wrote the copy, README).
    /// </summary>
    public static TextSpan? StaffHouse(string text, TextSpan line) =>
        StaffHouseName(text, line) is { } house && !WireAgencies.IsAgency(text, house.Start, house.Length) ? house : null;

    /// <summary>
    /// The paper a byline names after the writer ("By Ada Brandt, The Riverton Times", "By Ada Brandt, Riverton News");
    /// null when it names none or an agency ("By Ada Brandt, Associated Press": the agency wrote the copy, README).
    /// </summary>
    public static TextSpan? BylineHouse(string text, TextSpan line)
    {
        var comma = line.Length > MaxAffiliationChars + MaxAffiliationChars / 2 ? -1 : text.LastIndexOf(", ", line.End - 1, line.Length, System.StringComparison.Ordinal);
        if (comma <= line.Start || !Dateline.IsByline(text, line.Start, line.End))
        {
            return null;
        }

        var house = SpanTrim.Trim(text, comma + 1, line.End);
        var bare = house.Length > 4 && string.CompareOrdinal(text, house.Start, "The ", 0, 4) == 0 ? SpanTrim.Trim(text, house.Start + 4, house.End) : house;
        return (OutletLine.IsPaperName(text, house) || OutletLine.HasMediaWord(text, house)) && !WireAgencies.IsAgency(text, bare.Start, bare.Length) ? house : null;
    }

    /// <summary>Whether <paramref name="line"/> is a staff byline naming a house or an agency ("Staff Reporter, Riverton Ledger").</summary>
    public static bool IsStaffHouseLine(string text, TextSpan line) => StaffHouseName(text, line) is not null;

    private static TextSpan? StaffHouseName(string text, TextSpan line)
    {
        var start = line.Length > 3 && string.Compare(text, line.Start, "By ", 0, 3, System.StringComparison.OrdinalIgnoreCase) == 0 ? line.Start + 3 : line.Start;
        var comma = text.IndexOf(", ", start, line.End - start, System.StringComparison.Ordinal);
        if (line.Length > MaxAffiliationChars || comma < 0 || !StaffLine.EndsWithStaffNoun(text, start, comma))
        {
            return null;
        }

        var house = SpanTrim.Trim(text, comma + 1, line.End);
        return OutletLine.IsNameShaped(text, house) ? house : null;
    }

    // "Ada Brandt in Riverton", "Ada Brandt and Ivo Marek in Port Ellis": the writers and where they file from, a
    // byline without its "By" as papers of the Gulf and Britain print it.
    private static bool IsNameInPlace(string text, TextSpan line)
    {
        var cut = line.Length > MaxAffiliationChars ? -1 : text.LastIndexOf(" in ", line.End - 1, line.Length, System.StringComparison.Ordinal);
        if (cut <= line.Start || !IsPlace(text, SpanTrim.Trim(text, cut + 4, line.End)))
        {
            return false;
        }

        var names = SpanTrim.Trim(text, line.Start, cut);
        var and = text.IndexOf(" and ", names.Start, names.Length, System.StringComparison.Ordinal);
        return and < 0
            ? BodyFurniture.IsBareName(text, names)
            : BodyFurniture.IsBareName(text, SpanTrim.Trim(text, names.Start, and)) && BodyFurniture.IsBareName(text, SpanTrim.Trim(text, and + 5, names.End));
    }

    // Whether a blank line (or the end) follows <paramref name="line"/>.
    private static bool EndsBlock(string text, LineMap lines, int line) =>
        line + 1 >= lines.Count || ArticleLayoutParser.Trimmed(text, lines, line + 1).Length == 0;

    // "Dio Hartanto (The Jakarta Post)", "Ada Brandt (Reuters)": the writer, then the house in brackets; the house, or null.
    private static TextSpan? Bracketed(string text, TextSpan line)
    {
        if (line.Length > MaxAffiliationChars || text[line.End - 1] != ')')
        {
            return null;
        }

        var open = text.IndexOf(" (", line.Start, line.Length, System.StringComparison.Ordinal);
        if (open <= line.Start || !BodyFurniture.IsBareName(text, SpanTrim.Trim(text, line.Start, open)))
        {
            return null;
        }

        var house = SpanTrim.Trim(text, open + 2, line.End - 1);
        return OutletLine.IsNameShaped(text, house) ? house : null;
    }

    /// <summary>
    /// Whether <paramref name="line"/> is a bare name right over the writer's affiliation or post ("Ada Brandt" / "BBC
    /// News, Riverton"): the writer, which no outlet or section rule may take.
    /// </summary>
    public static bool IsNameOverAffiliation(string text, LineMap lines, TextSpan line, (int First, int Last) body)
    {
        // A paper's name ("Riverton Daily News") over its byline is the outlet.
        if (!BodyFurniture.IsBareName(text, line) || OutletLine.HasMediaWord(text, line))
        {
            return false;
        }

        var under = ArticleLayoutParser.LineUnder(text, lines, body);
        return under.Length > 0 && !Dateline.IsByline(text, under.Start, under.End) && (Affiliation(text, under) is not null || IsPost(text, under));
    }

    // "BBC News, Riverton" (the outlet, then the writer's place) or "Europe correspondent, BBC News" (the writer's
    // post, then the outlet): two parts around one comma; the outlet part, or null.
    private static TextSpan? Affiliation(string text, TextSpan line)
    {
        if (line.Length > MaxAffiliationChars)
        {
            return null;
        }

        var comma = text.IndexOf(", ", line.Start, line.Length, System.StringComparison.Ordinal);
        if (comma < 0 || text.IndexOf(',', comma + 1, line.End - comma - 1) >= 0)
        {
            return null;
        }

        var left = SpanTrim.Trim(text, line.Start, comma);
        var right = SpanTrim.Trim(text, comma + 1, line.End);
        if (StaffLine.EndsWithStaffNoun(text, left.Start, left.End))
        {
            return OutletLine.IsNameShaped(text, right) ? right : null;
        }

        // Name-shaped only: "BBC News" opens with capitals as a dateline's place does.
        return OutletLine.IsNameShaped(text, left) && OutletLine.IsNameShaped(text, right) && Words(text, right) <= MaxPlaceWords ? left : null;
    }

    // "Riverton correspondent", "Political editor": a writer's post under the name, a staff noun closing a short line
    // of words with no sentence mark.
    private static bool IsPost(string text, TextSpan line) =>
        line.Length <= MaxAffiliationChars && char.IsUpper(text[line.Start]) && Words(text, line) <= MaxPostWords
        && StaffLine.EndsWithStaffNoun(text, line.Start, line.End) && text.IndexOfAny(SentenceMarks, line.Start, line.Length) < 0;

    private const int MaxPostWords = 4;

    private static readonly char[] SentenceMarks = { '.', ',', ':', ';', '!', '?', '"' };

    /// <summary>
    /// Whether <paramref name="line"/> is the writer's place under a byline ("By Staff Reporter" / "Riverton"): the
    /// story's dateline, written on a line of its own as South Asian and Caribbean papers do.
    /// </summary>
    public static bool IsPlaceUnderByline(string text, TextSpan line, TextSpan previous) =>
        previous.Length > 0 && Dateline.IsByline(text, previous.Start, previous.End) && IsPlace(text, line) && !IsPost(text, line);

    // "Riverton", "Port Ellis", "Port of Spain": one or two capitalized words (a place's lower-case connector aside),
    // no medium's word ("Radio Tamazuj" is an outlet).
    private static bool IsPlace(string text, TextSpan line) =>
        OutletLine.IsName(text, line) && CapitalizedWords(text, line, out var connectors) <= MaxPlaceWords && connectors <= 1
        && !OutletLine.HasMediaWord(text, line) && !SectionLine.Is(text, line);

    // The words of <paramref name="span"/> that are no lower-case place connector ("of", "de"); those counted apart.
    private static int CapitalizedWords(string text, TextSpan span, out int connectors)
    {
        connectors = 0;
        var n = 0;
        for (var i = span.Start; i < span.End; i++)
        {
            var end = text.IndexOf(' ', i, span.End - i);
            end = end < 0 ? span.End : end;
            var connector = char.IsLower(text[i]) && Dateline.Connectors.TryGet(text, i, end - i, TermKey.Hash(text, i, end - i), out _);
            connectors += connector ? 1 : 0;
            n += connector ? 0 : 1;
            i = end;
        }

        return n;
    }

    private static int Words(string text, TextSpan span)
    {
        var n = 1;
        for (var i = span.Start; i < span.End; i++)
        {
            n += text[i] == ' ' ? 1 : 0;
        }

        return n;
    }
}
