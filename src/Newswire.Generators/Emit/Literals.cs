using System;
using System.Globalization;
using System.Text;

namespace Newswire.Generators.Emit;

/// <summary>
/// The only two ways input text reaches generated code: C# string literals and XML doc text. Everything
/// that could end a literal, start a new line of code, or reorder how the source reads (line separators,
/// bidi and other format characters) is escaped or replaced, so no article can inject code.
/// </summary>
internal static class Literals
{
    /// <summary>A quoted C# string literal (or <c>null</c>) for any string, including lone surrogates.</summary>
    public static string String(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var sb = new StringBuilder(value.Length + 2);
        AppendString(sb, value);
        return sb.ToString();
    }

    /// <summary>Appends <paramref name="value"/> as a quoted C# string literal.</summary>
    public static void AppendString(StringBuilder sb, string value)
    {
        sb.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); continue;
                case '\\': sb.Append("\\\\"); continue;
                case '\n': sb.Append("\\n"); continue;
                case '\r': sb.Append("\\r"); continue;
                case '\t': sb.Append("\\t"); continue;
                case '\0': sb.Append("\\0"); continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                // A well-formed pair is an ordinary character (emoji etc.); keep it readable, unless it is an
                // invisible one (tag characters, supplementary private use, unassigned): then \UXXXXXXXX.
                if (PairNeedsEscape(value, i))
                {
                    sb.Append("\\U").Append(char.ConvertToUtf32(c, value[i + 1]).ToString("X8", CultureInfo.InvariantCulture));
                }
                else
                {
                    sb.Append(c).Append(value[i + 1]);
                }

                i++;
            }
            else if (NeedsEscape(c))
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        sb.Append('"');
    }

    /// <summary>
    /// Text for an XML doc comment line: markup characters as entities, every line break, control and
    /// format character as a space (a line separator would end the <c>///</c> comment), runs of spaces
    /// collapsed, cut at a word boundary after <paramref name="maxLength"/> characters.
    /// </summary>
    public static string XmlDoc(string? value, int maxLength = 300)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var sb = new StringBuilder(Math.Min(value!.Length, (maxLength * 2) + 16));
        var space = false;
        var visible = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
            if (pair ? PairNeedsEscape(value, i) : char.IsWhiteSpace(c) || NeedsEscape(c))
            {
                space = sb.Length > 0;
                i += pair ? 1 : 0;
                continue;
            }

            if (space)
            {
                if (visible >= maxLength)
                {
                    sb.Append(" \u2026");
                    return sb.ToString();
                }

                sb.Append(' ');
                space = false;
            }
            else if (visible >= maxLength + 40)
            {
                // No word boundary in sight (one enormous word): cut anyway.
                sb.Append("\u2026");
                return sb.ToString();
            }

            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                default:
                    sb.Append(c);
                    if (pair)
                    {
                        sb.Append(value[++i]);
                    }

                    break;
            }

            visible++;
        }

        return sb.ToString();
    }

    /// <summary>Whether the well-formed pair at <paramref name="index"/> is an invisible or unassigned character.</summary>
    private static bool PairNeedsEscape(string value, int index)
    {
        switch (CharUnicodeInfo.GetUnicodeCategory(value, index))
        {
            case UnicodeCategory.Format:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.Control:
                return true;
            default:
                return false;
        }
    }

    private static bool NeedsEscape(char c)
    {
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
                return true;
            case UnicodeCategory.SpaceSeparator:
                return c != ' ';
            default:
                return c == '\uFFFE' || c == '\uFFFF';
        }
    }
}
