using System.Globalization;
using System.Text;

namespace Newswire.Extraction.Places;

/// <summary>
/// The key a place name is looked up by: lower case, accents dropped, every run of other characters one space, no
/// leading "the" ("Rostov-on-Don" and "rostov on don", "Córdoba" and "Cordoba", "the Arctic" and "Arctic" meet).
/// </summary>
internal static class PlaceNames
{
    public static string Key(string name)
    {
        var ascii = true;
        foreach (var c in name)
        {
            if (c > '\u007F')
            {
                ascii = false;
                break;
            }
        }

        if (!ascii)
        {
            name = Fold(name);
        }

        var sb = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (c != '\'' && c != '\u2019' && c != '.')
            {
                space = true; // "Xi'an" is "xian" and "D.C." is "dc", but "Rostov-on-Don" is three words
            }
        }

        var key = sb.ToString();
        return key.StartsWith("the ", System.StringComparison.Ordinal) ? key.Substring(4) : key;
    }

    // Accented letters to their base letter; a few letters that do not decompose by their usual English spelling.
    private static string Fold(string name)
    {
        var d = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (var c in d)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                    continue;
            }

            switch (c)
            {
                case 'ø': sb.Append('o'); break;
                case 'Ø': sb.Append('O'); break;
                case 'ł': sb.Append('l'); break;
                case 'Ł': sb.Append('L'); break;
                case 'ß': sb.Append("ss"); break;
                case 'æ': sb.Append("ae"); break;
                case 'đ': sb.Append('d'); break;
                case 'ı': sb.Append('i'); break;
                case 'ʼ': case 'ʻ': case 'ʿ': case 'ʾ': case '`': case '´': break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }
}
