using System.Globalization;
using System.Text;

namespace Newswire.Extraction;

/// <summary>
/// Latin letters with diacritics to their base letter ("Inácio" → "Inacio", "Erdoğan" → "Erdogan"): the built-in
/// lexicon spells names in plain ASCII while news from many countries keeps the accents, so lookups and actor
/// identities compare both spellings as one.
/// </summary>
internal static class Diacritics
{
    // The base letter of each character, filled on demand (decomposing calls into ICU); '\0' = not asked yet.
    private static char[]? _base;

    /// <summary>The base letter of <paramref name="c"/>, or <paramref name="c"/> itself when it has none.</summary>
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return c;
        }

        var table = _base ??= new char[char.MaxValue + 1];
        var b = table[c];
        if (b == '\0')
        {
            b = Decompose(c);
            table[c] = b;
        }

        return b;
    }

    /// <summary>Whether the span holds a letter with a base letter of its own; <paramref name="folded"/> is then the span folded.</summary>
    public static bool TryFold(string text, int start, int length, out string folded)
    {
        folded = "";
        var end = start + length;
        var i = start;
        while (i < end && (text[i] < 128 || Fold(text[i]) == text[i]))
        {
            i++;
        }

        if (i == end)
        {
            return false;
        }

        var chars = new char[length];
        for (var k = 0; k < length; k++)
        {
            chars[k] = Fold(text[start + k]);
        }

        folded = new string(chars);
        return true;
    }

    /// <summary>The whole string folded (itself when nothing folds).</summary>
    public static string Fold(string text) => TryFold(text, 0, text.Length, out var folded) ? folded : text;

    private static char Decompose(char c)
    {
        switch (c)
        {
            // Letters with a stroke or a dotless form do not decompose.
            case 'ø': return 'o';
            case 'Ø': return 'O';
            case 'ł': return 'l';
            case 'Ł': return 'L';
            case 'đ': return 'd';
            case 'Đ': return 'D';
            case 'ı': return 'i';
        }

        if (!char.IsLetter(c))
        {
            return c;
        }

        var d = c.ToString().Normalize(NormalizationForm.FormD);
        if (d.Length < 2 || d[0] >= 128 || !char.IsLetter(d[0]))
        {
            return c;
        }

        for (var i = 1; i < d.Length; i++)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d[i]) != UnicodeCategory.NonSpacingMark)
            {
                return c;
            }
        }

        return d[0];
    }
}
