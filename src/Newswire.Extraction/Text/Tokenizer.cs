using System.Globalization;
using System.Runtime.CompilerServices;

namespace Newswire.Extraction.Text;

/// <summary>
/// Splits a span of text into tokens in one forward pass (no backtracking, no regular expressions).
/// Words keep inner hyphens ("Kassym-Jomart", "Rostov-on-Don"), inner apostrophes ("O'Brien", "don't"),
/// dotted acronyms ("U.S.") and the period of known abbreviations ("Gen.", "Jan.") and initials ("F.");
/// a possessive "’s" / "'s" becomes its own token so names never include it.
/// </summary>
internal static partial class Tokenizer
{
    // Abbreviations whose period belongs to the token. Lookup is on the word without its period.
    private static readonly TermTable<bool> Abbreviations = BuildAbbreviations();

    [MethodImpl(Hot.Path)]
    private static TermTable<bool> BuildAbbreviations()
    {
        var t = new TermTable<bool>(128);

        // value true: a title or name part that never ends a sentence ("Gen. Votel", "Mr. Smith").
        foreach (var a in new[]
        {
            "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "cdr", "gov", "sen",
            "rep", "rev", "prof", "st", "mt", "ft", "brig", "amb", "pres", "pvt", "cpl", "spc", "lieut", "supt", "hon",
            "messrs", "sr", "jr", "vs", "no", "nos", "fig", "ref", "vol", "pp", "approx", "dept", "gens", "insp", "det",
            "sec", "atty", "mme", "mlle", "ave", "blvd", "rd",
        })
        {
            t.Set(a, true);
        }

        // value false: may end a sentence when a sentence opener follows ("... and others, etc. The ...").
        foreach (var a in new[]
        {
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "ltd",
            "co", "etc", "bros", "est", "al", "govt", "univ", "intl", "assn", "min", "max", "mon", "tue", "tues", "wed",
            "thu", "thur", "thurs", "fri", "sat", "sun",
        })
        {
            t.Set(a, false);
        }

        return t;
    }

    /// <summary>Whether a token's word (period ignored) is an abbreviation that never ends a sentence.</summary>
    internal static bool IsTitleAbbreviation(string text, in Token token) =>
        Abbreviations.TryGet(text, token, out var title) && title;

    /// <summary>Appends the tokens of text[start, end) to <paramref name="buffer"/>.</summary>
    [MethodImpl(Hot.Path)]
    public static void Tokenize(string text, int start, int end, TokenBuffer buffer)
    {
        var i = start;
        var newline = false;
        var space = true; // the region start counts as a break
        while (i < end)
        {
            var c = text[i];
            if (c == ' ')
            {
                space = true;
                i++;
                continue;
            }

            if (IsSeparator(c))
            {
                if (c == '\n' || c == '\r')
                {
                    newline = true;
                }

                space = true;
                i++;
                continue;
            }

            var lead = (newline ? TokenFlags.NewlineBefore : TokenFlags.None) | (space ? TokenFlags.None : TokenFlags.Attached);
            newline = false;
            space = false;

            if (IsWordChar(c))
            {
                // Most words are plain ASCII, scanned in one pass; the general scan takes the rest (one call per word
                // saved: the scans' prologues cost more than the short words they read).
                var plain = ScanPlainWord(text, i, end, lead, buffer);
                i = plain >= 0 ? plain : ScanWord(text, i, end, lead, buffer);
                continue;
            }

            if (IsApostrophe(c) && (lead & TokenFlags.Attached) != 0)
            {
                var possessive = PossessiveLength(text, i, end, buffer);
                if (possessive > 0)
                {
                    buffer.Add(i, possessive, TokenKind.Possessive, lead, TermKey.Hash(text, i, possessive));
                    i += possessive;
                    continue;
                }
            }

            i = ScanPunctuation(text, i, end, lead, buffer);
        }
    }

    // White space other than the plain space, and invisible format marks (left-to-right mark, zero-width space,
    // word joiner), which separate like spaces: "Prime Minister\u200e Jane Doe" is one phrase.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || (c >= '\u200B' && c <= '\u200F') || c == '\u2060' || c == '\uFEFF';

    // The length of a possessive clitic at the apostrophe text[i] attached to the previous token, or 0: "’s" right
    // after a word (ScanWord stopped before it), or a lone "’" after a word ending in s ("forces’ ").
    private static int PossessiveLength(string text, int i, int end, TokenBuffer buffer)
    {
        if (buffer.Count == 0)
        {
            return 0;
        }

        ref readonly var prev = ref buffer.Last;
        if (prev.Kind != TokenKind.Word)
        {
            return 0;
        }

        if (IsPossessiveS(text, i, end))
        {
            return 2;
        }

        var last = text[prev.End - 1];
        return (last == 's' || last == 'S') && (i + 1 >= end || !IsWordChar(text[i + 1])) ? 1 : 0;
    }

    // An "s" right after the apostrophe at text[i] that ends the word.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPossessiveS(string text, int i, int end) =>
        i + 1 < end && (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= end || !IsWordChar(text[i + 2]));

    // Punctuation: a run of periods is one token, a run of hyphens too, a surrogate pair stays whole.
    [MethodImpl(Hot.Path)]
    private static int ScanPunctuation(string text, int i, int end, TokenFlags lead, TokenBuffer buffer)
    {
        var c = text[i];
        var len = 1;
        var flags = lead;
        if (c == '.')
        {
            while (i + len < end && text[i + len] == '.')
            {
                len++;
            }

            flags |= TokenFlags.Terminal;
        }
        else if (c == '!' || c == '?' || c == '\u2026')
        {
            flags |= TokenFlags.Terminal;
        }
        else if (IsQuote(c))
        {
            flags |= TokenFlags.Quote;
        }
        else if (c == '\u2013' || c == '\u2014' || c == '\u2015' || IsHyphen(c))
        {
            flags |= TokenFlags.Dash;
            while (i + len < end && (IsHyphen(text[i + len]) || text[i + len] == '\u2014'))
            {
                len++;
            }
        }
        else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
        {
            len = 2;
        }

        buffer.Add(i, len, TokenKind.Punctuation, flags, TermKey.Hash(text, i, len));
        return i + len;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsWordChar(char c) =>
        c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= '9' - '0' : IsWordCharBeyondAscii(c);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsWordCharBeyondAscii(char c)
    {
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat == UnicodeCategory.NonSpacingMark || cat == UnicodeCategory.SpacingCombiningMark;
    }

    internal static bool IsApostrophe(char c) => c == '\'' || c == '\u2019' || c == '\u02BC';

    internal static bool IsHyphen(char c) => c == '-' || c == '\u2010' || c == '\u2011';

    internal static bool IsQuote(char c) =>
        c == '"' || c == '\'' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u2018' || c == '\u2019'
        || c == '\u00AB' || c == '\u00BB' || c == '\u201A' || c == '\u2039' || c == '\u203A';

    /// <summary>A quote or bracket that closes ("”", "’", "»", ")", "]").</summary>
    internal static bool IsCloser(char c) =>
        c == '\u201D' || c == '\u2019' || c == '\u00BB' || c == ')' || c == ']' || c == '"' || c == '\'' || c == '\u203A';

    /// <summary>A quote or bracket that opens.</summary>
    internal static bool IsOpener(char c) =>
        c == '\u201C' || c == '\u2018' || c == '\u00AB' || c == '(' || c == '[' || c == '"' || c == '\'' || c == '\u201E' || c == '\u2039';
}
