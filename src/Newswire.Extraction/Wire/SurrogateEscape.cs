using System.Text;

namespace Newswire.Extraction.Wire;

/// <summary>
/// A lossless way to carry any UTF-16 text, lone surrogates included, through a channel that only holds
/// well-formed Unicode (the compiler stores attribute strings as UTF-8, which has no lone surrogates).
/// U+FFFF is the escape character: a lone surrogate becomes U+FFFF and its four hex digits, and a U+FFFF of
/// the text becomes U+FFFF "FFFF". Well-formed text without U+FFFF is not escaped at all.
/// </summary>
public static class SurrogateEscape
{
    private const char Escape = '\uFFFF';

    /// <summary>True when <paramref name="text"/> has to be escaped to survive UTF-8.</summary>
    public static bool IsNeeded(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == Escape)
            {
                return true;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The escaped form of <paramref name="text"/>: well-formed UTF-16.</summary>
    public static string Encode(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (c == Escape || char.IsSurrogate(c))
            {
                sb.Append(Escape).Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>The text <see cref="Encode"/> was given.</summary>
    public static string Decode(string escaped)
    {
        if (escaped.IndexOf(Escape) < 0)
        {
            return escaped;
        }

        var sb = new StringBuilder(escaped.Length);
        for (var i = 0; i < escaped.Length; i++)
        {
            var c = escaped[i];
            if (c == Escape && i + 4 < escaped.Length)
            {
                var value = 0;
                for (var j = 1; j <= 4; j++)
                {
                    value = (value * 16) + Hex(escaped[i + j]);
                }

                sb.Append((char)value);
                i += 4;
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static int Hex(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
