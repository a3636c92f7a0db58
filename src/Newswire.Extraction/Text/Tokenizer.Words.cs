using System.Runtime.CompilerServices;

namespace Newswire.Extraction.Text;

// The tokenizer's word scanner: a word's extent, the period it keeps, its shape and hash.
internal static partial class Tokenizer
{
    // A word ScanPlainWord left (Tokenize tries that first): its extent, a period it keeps, then its shape and hash.
    [MethodImpl(Hot.Path)]
    private static int ScanWord(string text, int start, int end, TokenFlags lead, TokenBuffer buffer)
    {
        var i = WordEnd(text, start, end, out var acronym);
        var flags = lead;
        if (i < end && text[i] == '.' && KeepsPeriod(text, start, i, end, acronym, ref flags))
        {
            i++;
        }

        var kind = Shape(text, start, i, ref flags, out var hash);
        buffer.Add(start, i - start, kind, flags, hash);
        return i;
    }

    // Most words: ASCII letters and digits up to a character that cannot continue a word (a space, a quote, most
    // punctuation, a "." or "," that joins nothing, a possessive), scanned, shaped and hashed in one pass, exactly as
    // WordEnd, KeepsPeriod and Shape would; -1 (nothing added) when the word may go on (a hyphen, an inner apostrophe,
    // digits around "." or ",", a character beyond ASCII) or is one character before "." or ",". Inlined into
    // Tokenize: the call and its prologue cost about 20 instructions a word.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ScanPlainWord(string text, int start, int end, TokenFlags lead, TokenBuffer buffer)
    {
        var h = TermKey.Start;
        var letters = 0;
        var upper = 0;
        var flags = lead;
        var i = start;
        for (; i < end; i++)
        {
            var c = text[i];
            if ((uint)(c - 'a') <= 'z' - 'a')
            {
                h = unchecked((h ^ c) * TermKey.Prime);
                letters++;
            }
            else if ((uint)(c - 'A') <= 'Z' - 'A')
            {
                h = unchecked((h ^ (c + 32)) * TermKey.Prime);
                letters++;
                upper++;
            }
            else if ((uint)(c - '0') <= '9' - '0')
            {
                h = unchecked((h ^ c) * TermKey.Prime);
                flags |= TokenFlags.HasDigit;
            }
            else if (c == '.' || c == ',')
            {
                if (JoinsOrMayBeInitial(text, start, i, end))
                {
                    return -1;
                }

                break;
            }
            else if (IsApostrophe(c) && c != '\u02BC')
            {
                // (The modifier letter apostrophe is a letter: the word scan must take it, or the tokenizer would
                // start a word at it that ends before it, forever: "Raʼs al Khaymah".)
                if (ApostropheJoins(text, i, end))
                {
                    return -1;
                }

                break;
            }
            else if (c >= 128 || c == '-')
            {
                return -1;
            }
            else
            {
                break;
            }
        }

        // The first letter's case, found after the scan: a test per word, not per letter.
        if (letters > 0)
        {
            flags |= FirstLetterCase(text, start);
        }

        if (letters >= 2 && upper == letters)
        {
            flags |= TokenFlags.AllCaps;
        }

        // A known abbreviation keeps its period ("Gen.", "Jan."), as KeepsPeriod decides on the slow path.
        if (i < end && text[i] == '.' && Abbreviations.TryGet(text, start, i - start, h, out _) && !IsNumberAbbreviationMisuse(text, start, i, end))
        {
            flags |= TokenFlags.Abbreviation;
            i++;
        }

        buffer.Add(start, i - start, letters == 0 ? TokenKind.Number : TokenKind.Word, flags, h);
        return i;
    }

    // Lowercase or Capitalized by the first ASCII letter from text[start] on (a plain word that has one: nearly
    // always its first character; "3rd" reads past the digits).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static TokenFlags FirstLetterCase(string text, int start)
    {
        var i = start;
        while ((uint)((text[i] | 0x20) - 'a') > 'z' - 'a')
        {
            i++;
        }

        return text[i] >= 'a' ? TokenFlags.Lowercase : TokenFlags.Capitalized;
    }

    // Whether the apostrophe at text[i] joins a letter after it into the word ("O'Brien", "don't"), as JoinsWord
    // decides; a possessive "'s" and an apostrophe before a non-letter end the word there.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool ApostropheJoins(string text, int i, int end) =>
        i + 1 < end && char.IsLetter(text[i + 1]) && !IsPossessiveS(text, i, end);

    // Whether the "." or "," at text[i] after the plain word text[start, i) needs the slow path: digits on both sides
    // ("1,000", "3.5") join, and a one-character word may be an initial or a dotted acronym ("F.", "U.S."). Any other
    // word ends there (WordEnd would stop at it too).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool JoinsOrMayBeInitial(string text, int start, int i, int end) =>
        i - start < 2 || ((uint)(text[i - 1] - '0') <= '9' - '0' && i + 1 < end && char.IsDigit(text[i + 1]));

    // How a word's letters run: one letter per period-separated segment ("U.S", "e.g", "F") is a dotted
    // acronym or initial; Dots counts its inner periods.
    private struct Acronym
    {
        public bool Dotted;
        public int SegmentLength;
        public int Dots;
    }

    // Where the word starting at text[start] ends: letters and digits, with inner hyphens, apostrophes (not a
    // possessive "'s"), decimal separators and the inner periods of a dotted acronym.
    [MethodImpl(Hot.Path)]
    private static int WordEnd(string text, int start, int end, out Acronym acronym)
    {
        var i = start;
        acronym = new Acronym { Dotted = true };
        while (i < end)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                acronym.SegmentLength++;
                if (acronym.SegmentLength > 1 || !char.IsLetter(c))
                {
                    acronym.Dotted = false;
                }

                i++;
                continue;
            }

            if (i + 1 >= end || !JoinsWord(text, i, end, ref acronym))
            {
                break;
            }

            i++;
        }

        return i;
    }

    // Whether the non-word character text[i] (not the last of the span) joins the letters on both sides.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool JoinsWord(string text, int i, int end, ref Acronym acronym)
    {
        var c = text[i];
        var n = text[i + 1];
        if (IsHyphen(c) && IsWordChar(n))
        {
            acronym.Dotted = false;
            acronym.SegmentLength = 0;
            return true;
        }

        if (IsApostrophe(c) && char.IsLetter(n))
        {
            if (IsPossessiveS(text, i, end))
            {
                return false; // a possessive is a token of its own
            }

            acronym.Dotted = false;
            return true;
        }

        if ((c == '.' || c == ',') && char.IsDigit(n) && char.IsDigit(text[i - 1]))
        {
            acronym.Dotted = false;
            return true;
        }

        // "U.S." / "e.g.": keep the inner period when the next segment is one letter then a period.
        if (c == '.' && acronym.Dotted && acronym.SegmentLength == 1 && char.IsLetter(n) && i + 2 < end && text[i + 2] == '.')
        {
            acronym.Dots++;
            acronym.SegmentLength = 0;
            return true;
        }

        return false;
    }

    // Whether the word text[start, dot) keeps the period at text[dot]: an initial or dotted acronym, or a known
    // abbreviation (not "no." that does not stand for "number").
    [MethodImpl(Hot.Path)]
    private static bool KeepsPeriod(string text, int start, int dot, int end, in Acronym acronym, ref TokenFlags flags)
    {
        if (acronym.Dotted && acronym.SegmentLength == 1)
        {
            flags |= acronym.Dots == 0 ? TokenFlags.Initial | TokenFlags.Abbreviation : TokenFlags.Abbreviation;
            return true;
        }

        if (Abbreviations.TryGet(text, start, dot - start, TermKey.Hash(text, start, dot - start), out _)
            && !IsNumberAbbreviationMisuse(text, start, dot, end))
        {
            flags |= TokenFlags.Abbreviation;
            return true;
        }

        return false;
    }

    // Shape flags and the case-folded hash of the token text[start, end) in one pass; its kind (Word or Number).
    [MethodImpl(Hot.Path)]
    private static TokenKind Shape(string text, int start, int end, ref TokenFlags flags, out int hash)
    {
        var h = TermKey.Start;
        var letters = 0;
        var upper = 0;
        var firstLetterSeen = false;
        var allDigits = true;
        for (var k = start; k < end; k++)
        {
            var c = text[k];

            // ASCII letters and digits (nearly every character of news text) without the general tests below.
            if ((uint)(c - 'a') <= 'z' - 'a')
            {
                h = unchecked((h ^ c) * TermKey.Prime);
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
                h = unchecked((h ^ (c + 32)) * TermKey.Prime);
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
                h = unchecked((h ^ c) * TermKey.Prime);
                flags |= TokenFlags.HasDigit;
                continue;
            }

            h = TermKey.Add(h, c);
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
            else
            {
                allDigits &= OtherKeepsDigits(c, ref flags);
            }
        }

        if (letters >= 2 && upper == letters)
        {
            flags |= TokenFlags.AllCaps;
        }

        hash = h;
        return allDigits && char.IsDigit(text[start]) ? TokenKind.Number : TokenKind.Word;
    }

    // A word's character that is neither a letter nor an ASCII digit: flags it adds; whether the word can still
    // be a number ("1,000.5").
    private static bool OtherKeepsDigits(char c, ref TokenFlags flags)
    {
        if (char.IsDigit(c))
        {
            flags |= TokenFlags.HasDigit;
            return true;
        }

        if (IsHyphen(c))
        {
            flags |= TokenFlags.Hyphenated;
            return false;
        }

        return c == '.' || c == ',';
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
}
