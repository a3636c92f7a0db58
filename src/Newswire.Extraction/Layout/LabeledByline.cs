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
    public static bool Is(string text, TextSpan line) =>
        IsLabelled(text, line) || IsPosted(text, line) || IsDesk(text, line) || IsOurs(text, line) || IsNamePost(text, line);

    // "From our correspondent in Riverton", "By our staff reporter": the paper's own unnamed writer.
    private static bool IsOurs(string text, TextSpan line)
    {
        var open = line.Length > MaxChars / 2 ? -1 : OursOpener(text, line);
        if (open < 0 || text.IndexOfAny(SentenceEnds, line.Start, line.Length) >= 0)
        {
            return false;
        }

        for (var i = open; i < line.End; i++)
        {
            var end = text.IndexOf(' ', i, line.End - i) is var space && space >= 0 ? space : line.End;
            if (StaffLine.EndsWithStaffNoun(text, i, end))
            {
                return true;
            }

            i = end;
        }

        return false;
    }

    private static readonly char[] SentenceEnds = { '.', '!', '?', ';' };

    private static readonly string[] OursOpeners = { "from our ", "by our ", "our " };

    // Where the words after "From our " start, or -1.
    private static int OursOpener(string text, TextSpan line)
    {
        foreach (var opener in OursOpeners)
        {
            if (line.Length > opener.Length && string.Compare(text, line.Start, opener, 0, opener.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return line.Start + opener.Length;
            }
        }

        return -1;
    }

    // "Ada Brandt | Staff Reporter", "Ada Brandt, Correspondent, Riverton": the writer's name, the post (a staff noun
    // closing it), the place or not.
    private static bool IsNamePost(string text, TextSpan line)
    {
        if (line.Length > MaxChars || text.IndexOfAny(SentenceEnds, line.Start, line.Length) >= 0)
        {
            return false;
        }

        var cut = text.IndexOf(" | ", line.Start, line.Length, StringComparison.Ordinal);
        var width = 3;
        if (cut < 0)
        {
            cut = text.IndexOf(", ", line.Start, line.Length, StringComparison.Ordinal);
            width = 2;
        }

        if (cut <= line.Start || !BodyFurniture.IsBareName(text, SpanTrim.Trim(text, line.Start, cut)))
        {
            return false;
        }

        var rest = SpanTrim.Trim(text, cut + width, line.End);
        var next = text.IndexOf(width == 3 ? " | " : ", ", rest.Start, rest.Length, StringComparison.Ordinal);
        var post = next < 0 ? rest : SpanTrim.Trim(text, rest.Start, next);
        var place = next < 0 ? default : SpanTrim.Trim(text, next + width, rest.End);
        return post.Length > 0 && char.IsUpper(text[post.Start]) && StaffLine.EndsWithStaffNoun(text, post.Start, post.End)
               && (next < 0 || (OutletLine.IsNameShaped(text, place) && place.Length <= MaxPlaceChars));
    }

    private const int MaxPlaceChars = 30;

    // South Asian papers sign unsigned copy by desk: "Star Business Report", "Post Report" ("Web Desk" is left out:
    // read so, it cost a named actor on a check set).
    private static readonly string[] DeskNouns = { " Report", " Bureau" };

    private const int MaxDeskWords = 3;

    // Whole lines signing unsigned web copy ("Newsroom" under a European paper's headline), case-folded.
    private static readonly string[] DeskNames = { "newsroom", "the newsroom", "news desk", "online desk", "online newsroom", "agencies", "news agencies" };

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
