using System;
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

        // Built in a reused per-thread buffer: the key is the one string this allocates (a key is never longer than its name).
        var buffer = _buffer;
        if (buffer == null || buffer.Length < name.Length)
        {
            _buffer = buffer = new char[Math.Max(64, name.Length)];
        }

        var n = 0;
        var space = false;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && n > 0)
                {
                    buffer[n++] = ' ';
                }

                buffer[n++] = char.ToLowerInvariant(c);
                space = false;
            }
            else if (c != '\'' && c != '\u2019' && c != '.')
            {
                space = true; // "Xi'an" is "xian" and "D.C." is "dc", but "Rostov-on-Don" is three words
            }
        }

        var the = n > 4 && buffer[0] == 't' && buffer[1] == 'h' && buffer[2] == 'e' && buffer[3] == ' ' ? 4 : 0;
        return new string(buffer, the, n - the);
    }

    [ThreadStatic]
    private static char[]? _buffer;

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
