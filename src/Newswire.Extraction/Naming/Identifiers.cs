using System.Globalization;
using System.Text;

namespace Newswire.Extraction.Naming;

/// <summary>Turns any text into a readable PascalCase C# identifier.</summary>
public static class Identifiers
{
    // Little words that make a name read worse when it ends on them ("...KazakhstanInA").
    private static readonly string[] TrailingStopWords =
    {
        "A", "An", "The", "And", "Or", "Of", "In", "On", "At", "To", "For", "With", "By", "From", "As", "Amid", "After", "Before", "Over", "Into", "Its", "His", "Her", "Their",
    };

    /// <summary>
    /// PascalCase words of <paramref name="text"/> (letters and digits only), cut at a word boundary once
    /// longer than <paramref name="maxLength"/>, without trailing little words. Empty when the text has no
    /// letter or digit. The result may start with a digit; use <see cref="MakeValid"/> before emitting.
    /// </summary>
    public static string ToPascalCase(string text, int maxLength)
    {
        string normalized;
        try
        {
            normalized = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (System.ArgumentException)
        {
            // Lone surrogates or noncharacters: normalization refuses the text (and the generator would fail
            // with CS8785); they are not word characters, so the name is built from the text as it is.
            normalized = text;
        }

        var result = new StringBuilder();
        var wordEnds = new System.Collections.Generic.List<int>();
        var word = new StringBuilder();
        for (var i = 0; i <= normalized.Length; i++)
        {
            var c = i < normalized.Length ? normalized[i] : ' ';
            if (IsWordChar(c))
            {
                word.Append(c);
                continue;
            }

            // An apostrophe inside a word ("Russia's") joins, it doesn't split: "Russias".
            if ((c == '\'' || c == '\u2019') && word.Length > 0 && i + 1 < normalized.Length && IsWordChar(normalized[i + 1]))
            {
                continue;
            }

            if (word.Length == 0)
            {
                continue;
            }

            if (result.Length > 0 && result.Length + word.Length > maxLength)
            {
                break;
            }

            word[0] = char.ToUpperInvariant(word[0]);
            result.Append(word);
            wordEnds.Add(result.Length);
            word.Clear();
            if (result.Length >= maxLength)
            {
                break;
            }
        }

        // Drop trailing stop words, but never the only word.
        while (wordEnds.Count > 1)
        {
            var start = wordEnds[wordEnds.Count - 2];
            var last = result.ToString(start, result.Length - start);
            if (System.Array.IndexOf(TrailingStopWords, last) < 0)
            {
                break;
            }

            result.Length = start;
            wordEnds.RemoveAt(wordEnds.Count - 1);
        }

        return result.ToString();
    }

    /// <summary>Makes a name a valid identifier: a leading digit gets an underscore, an empty name the fallback.</summary>
    public static string MakeValid(string name, string fallback)
    {
        if (name.Length == 0)
        {
            return fallback;
        }

        return char.IsDigit(name[0]) ? "_" + name : name;
    }

    private static bool IsWordChar(char c)
    {
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.DecimalDigitNumber:
                return c < 0xD800 || c > 0xDFFF;
            default:
                return false;
        }
    }
}
