using System;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Layout;

/// <summary>
/// A byline opened by a label instead of a bare "By": "By: Ada Brandt - Reporter", "WRITER: Ada Brandt", "Author: Ada
/// Brandt", "Written by Ada Brandt", "Por: Redacción Política" (Spanish and Portuguese pages). The label, then a name
/// opening with a capital; a short line with no sentence end; or a desk's signature ("Star Business Report"). No
/// paragraph.
/// </summary>
internal static class LabeledByline
{
    private const int MaxChars = 80;

    // Labels opening a byline, case-folded; each ends where the name begins (a space or a colon after it).
    private static readonly string[] Labels =
    {
        "by:", "writer:", "written by", "author:", "authors:", "words by", "words:", "reporter:", "reported by", "story by",
        "text:", "por:", "por", "texto:", "texto de", "redacción:", "reportagem:",
        "editor:", "edited by:", "edited by",
    };

    /// <summary>
    /// Whether <paramref name="line"/> is a labelled byline, or a byline naming the writer's post in lower case ("By
    /// political reporter Ada Brandt", "By chief correspondent Ada Brandt").
    /// </summary>
    public static bool Is(string text, TextSpan line) => IsLabelled(text, line) || IsPosted(text, line) || IsDesk(text, line);

    // South Asian papers sign unsigned copy by desk: "Star Business Report", "Post Report" ("Web Desk" is left out:
    // read so, it cost a named actor on a check set).
    private static readonly string[] DeskNouns = { " Report" };

    private const int MaxDeskWords = 3;

    // Whole lines signing unsigned web copy ("Newsroom" under a European paper's headline), case-folded.
    private static readonly string[] DeskNames = { "newsroom", "the newsroom", "news desk", "online desk", "online newsroom" };

    private static bool IsDeskName(string text, TextSpan line)
    {
        foreach (var name in DeskNames)
        {
            if (line.Length == name.Length && string.Compare(text, line.Start, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    // A desk signature: two or three capitalized words closing with a desk noun (a layout line only: the sentence
    // scanner's byline test is left alone, a headline "World Bank Report" stays a name there).
    private static bool IsDesk(string text, TextSpan line)
    {
        if (IsDeskName(text, line))
        {
            return true;
        }

        if (line.Length > MaxChars / 2 || !OutletLine.IsNameShaped(text, line) || text.IndexOf(' ', line.Start, line.Length) < 0)
        {
            return false;
        }

        var words = 1;
        for (var i = line.Start; i < line.End; i++)
        {
            words += text[i] == ' ' ? 1 : 0;
        }

        foreach (var noun in DeskNouns)
        {
            if (words <= MaxDeskWords && line.Length > noun.Length && string.CompareOrdinal(text, line.End - noun.Length, noun, 0, noun.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="line"/> is a byline and a date set apart by a wide gap or a part separator ("By Ada
    /// Brandt   December 2, 2026 | 05:40 pm GMT+7", "By Ada Brandt | March 4, 2025").
    /// </summary>
    public static bool IsDated(string text, TextSpan line)
    {
        if (line.Length > MaxChars || line.Length < 5 || (text[line.Start] != 'B' && text[line.Start] != 'b'))
        {
            return false;
        }

        var gap = text.IndexOf("  ", line.Start, line.Length, StringComparison.Ordinal);
        var cut = gap >= 0 ? gap : text.IndexOf(" | ", line.Start, line.Length, StringComparison.Ordinal);
        if (cut <= line.Start)
        {
            return false;
        }

        var writer = SpanTrim.Trim(text, line.Start, cut);
        var date = SectionLine.FirstPart(text, SpanTrim.Trim(text, cut, line.End));
        return (Dateline.IsByline(text, writer.Start, writer.End) || Is(text, writer)) && date.Length > 0
               && (DateWords.IsDate(text, date) || DateParser.TryParse(text.Substring(date.Start, date.Length), out _));
    }

    // "By political reporter Ada Brandt": "By", lower-case words closing with a staff noun, a capitalized name.
    private static bool IsPosted(string text, TextSpan line)
    {
        if (line.Length > MaxChars || line.Length < 8 || string.Compare(text, line.Start, "by ", 0, 3, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }

        for (var i = line.Start + 3; i < line.End; i++)
        {
            var end = text.IndexOf(' ', i, line.End - i);
            if (end < 0 || !char.IsLower(text[i]))
            {
                return false;
            }

            if (StaffLine.EndsWithStaffNoun(text, i, end))
            {
                return end + 1 < line.End && char.IsUpper(text[end + 1]);
            }

            i = end;
        }

        return false;
    }

    private static bool IsLabelled(string text, TextSpan line)
    {
        if (line.Length > MaxChars || line.Length < 5 || text[line.End - 1] == '.')
        {
            return false;
        }

        foreach (var label in Labels)
        {
            if (line.Length > label.Length + 1 && string.Compare(text, line.Start, label, 0, label.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                var name = SpanTrim.Trim(text, line.Start + label.Length, line.End);
                var glued = label[label.Length - 1] != ':' && text[line.Start + label.Length] != ' ';
                return !glued && name.Length > 0 && char.IsUpper(text[name.Start]);
            }
        }

        return false;
    }
}
