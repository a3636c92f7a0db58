using System.Globalization;
using System.Runtime.CompilerServices;

namespace Newswire.Extraction.Text;

/// <summary>
/// Splits a span of text into tokens in one forward pass (no backtracking, no regular expressions).
/// Words keep inner hyphens ("Kassym-Jomart", "Rostov-on-Don"), inner apostrophes ("O'Brien", "don't"),
/// dotted acronyms ("U.S.") and the period of known abbreviations ("Gen.", "Jan.") and initials ("F.");
/// a possessive "’s" / "'s" becomes its own token so names never include it.
/// </summary>
internal static class Tokenizer
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

            // Invisible format marks (left-to-right mark, zero-width space, word joiner) separate like spaces:
            // "Prime Minister\u200e Haider al-Abadi" is one phrase.
            if (char.IsWhiteSpace(c) || (c >= '\u200B' && c <= '\u200F') || c == '\u2060' || c == '\uFEFF')
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
                i = ScanWord(text, i, end, lead, buffer);
                continue;
            }

            if (IsApostrophe(c) && buffer.Count > 0 && (lead & TokenFlags.Attached) != 0)
            {
                ref readonly var prev = ref buffer.Last;
                if (prev.Kind == TokenKind.Word)
                {
                    // "’s" right after a word: the possessive clitic (ScanWord stopped before it).
                    if (i + 1 < end && (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= end || !IsWordChar(text[i + 2])))
                    {
                        buffer.Add(i, 2, TokenKind.Possessive, lead, TermKey.Hash(text, i, 2));
                        i += 2;
                        continue;
                    }

                    // "forces’ " : plural possessive.
                    var last = text[prev.End - 1];
                    if ((last == 's' || last == 'S') && (i + 1 >= end || !IsWordChar(text[i + 1])))
                    {
                        buffer.Add(i, 1, TokenKind.Possessive, lead, TermKey.Hash(text, i, 1));
                        i++;
                        continue;
                    }
                }
            }

            // Punctuation: a run of periods is one token, a surrogate pair stays whole.
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
            i += len;
        }
    }

    [MethodImpl(Hot.Path)]
    private static int ScanWord(string text, int start, int end, TokenFlags lead, TokenBuffer buffer)
    {
        var i = start;

        // Dotted acronym state: every segment so far is one letter followed by '.' ("U.S", "e.g").
        var segmentLength = 0;
        var dotted = true;
        var dots = 0;
        while (i < end)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                segmentLength++;
                if (segmentLength > 1 || !char.IsLetter(c))
                {
                    dotted = false;
                }

                i++;
                continue;
            }

            if (i + 1 >= end)
            {
                break;
            }

            var n = text[i + 1];
            if (IsHyphen(c) && IsWordChar(n))
            {
                dotted = false;
                segmentLength = 0;
                i++;
                continue;
            }

            if (IsApostrophe(c) && char.IsLetter(n))
            {
                if ((n == 's' || n == 'S') && (i + 2 >= end || !IsWordChar(text[i + 2])))
                {
                    break; // possessive: a token of its own
                }

                dotted = false;
                i++;
                continue;
            }

            if ((c == '.' || c == ',') && char.IsDigit(n) && char.IsDigit(text[i - 1]))
            {
                dotted = false;
                i++;
                continue;
            }

            if (c == '.' && dotted && segmentLength == 1 && char.IsLetter(n) && i + 2 < end && text[i + 2] == '.')
            {
                // "U.S." / "e.g.": keep the inner period, the next segment is one letter then a period.
                dots++;
                segmentLength = 0;
                i++;
                continue;
            }

            break;
        }

        var kind = TokenKind.Word;
        var flags = lead;
        if (i < end && text[i] == '.')
        {
            if (dotted && segmentLength == 1)
            {
                flags |= dots == 0 ? TokenFlags.Initial | TokenFlags.Abbreviation : TokenFlags.Abbreviation;
                i++;
            }
            else if (Abbreviations.TryGet(text, start, i - start, TermKey.Hash(text, start, i - start), out _)
                     && !(IsNumberAbbreviationMisuse(text, start, i, end)))
            {
                flags |= TokenFlags.Abbreviation;
                i++;
            }
        }

        // Shape and hash in one pass over the token.
        var hash = TermKey.Start;
        var letters = 0;
        var upper = 0;
        var firstLetterSeen = false;
        var allDigits = true;
        for (var k = start; k < i; k++)
        {
            var c = text[k];

            // ASCII letters and digits (nearly every character of news text) without the general tests below.
            if ((uint)(c - 'a') <= 'z' - 'a')
            {
                hash = unchecked((hash ^ c) * TermKey.Prime);
                letters++;
                allDigits = false;
                if (!firstLetterSeen)
                {
                    firstLetterSeen = true;
                    flags |= TokenFlags.Lowercase;
                }

                continue;
            }

            if ((uint)(c - 'A') <= 'Z' - 'A')
            {
                hash = unchecked((hash ^ (c + 32)) * TermKey.Prime);
                letters++;
                upper++;
                allDigits = false;
                if (!firstLetterSeen)
                {
                    firstLetterSeen = true;
                    flags |= TokenFlags.Capitalized;
                }

                continue;
            }

            if ((uint)(c - '0') <= '9' - '0')
            {
                hash = unchecked((hash ^ c) * TermKey.Prime);
                flags |= TokenFlags.HasDigit;
                continue;
            }

            hash = TermKey.Add(hash, c);
            if (char.IsLetter(c))
            {
                letters++;
                allDigits = false;
                var isUpper = char.IsUpper(c);
                if (isUpper)
                {
                    upper++;
                }

                if (!firstLetterSeen)
                {
                    firstLetterSeen = true;
                    flags |= isUpper ? TokenFlags.Capitalized : char.IsLower(c) ? TokenFlags.Lowercase : TokenFlags.None;
                }
            }
            else if (char.IsDigit(c))
            {
                flags |= TokenFlags.HasDigit;
            }
            else if (IsHyphen(c))
            {
                flags |= TokenFlags.Hyphenated;
                allDigits = false;
            }
            else if (c != '.' && c != ',')
            {
                allDigits = false;
            }
        }

        if (letters >= 2 && upper == letters)
        {
            flags |= TokenFlags.AllCaps;
        }

        if (allDigits && char.IsDigit(text[start]))
        {
            kind = TokenKind.Number;
        }

        buffer.Add(start, i - start, kind, flags, hash);
        return i;
    }

    // "no." is "number" only before a digit ("No. 5"); "say no." ends a sentence.
    [MethodImpl(Hot.Path)]
    private static bool IsNumberAbbreviationMisuse(string text, int start, int dot, int end)
    {
        if (dot - start != 2 || (text[start] != 'n' && text[start] != 'N') || (text[start + 1] != 'o' && text[start + 1] != 'O'))
        {
            return false;
        }

        var j = dot + 1;
        while (j < end && text[j] == ' ')
        {
            j++;
        }

        return !(j < end && char.IsDigit(text[j]));
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
