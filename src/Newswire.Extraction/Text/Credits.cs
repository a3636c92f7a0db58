using System;
using System.Collections.Generic;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Text;

/// <summary>
/// The credit lines of a wire story: a byline paragraph before the dateline ("By Ada Brandt") and a closing
/// paragraph that names who reported, wrote and edited it ("(Reporting by Ada Brandt; Editing by Ivo Marek)",
/// "Additional reporting by ..."). They are the story's metadata, like its outlet line: the people they name are
/// its authors, not actors in the news.
/// </summary>
internal static class Credits
{
    private const int MaxTrailerChars = 400;

    // What a credit paragraph opens with (after an optional bracket or dash), in lower case.
    private static readonly string[] Openers =
    {
        "reporting by", "additional reporting by", "writing by", "editing by", "compiled by", "reporting and writing by",
        "additional reporting from", "reported by", "written by", "edited by", "with reporting by",
    };

    /// <summary>The credit paragraphs of an article's body, in text order (none in most articles).</summary>
    public static IReadOnlyList<TextSpan> Of(string text, IReadOnlyList<TextSpan> paragraphs)
    {
        if (paragraphs.Count < 2)
        {
            return Array.Empty<TextSpan>();
        }

        List<TextSpan>? credits = null;
        var first = paragraphs[0];
        if (Dateline.IsByline(text, first.Start, first.End))
        {
            (credits ??= new List<TextSpan>()).Add(first);
        }

        var last = paragraphs[paragraphs.Count - 1];
        if (IsTrailer(text, last.Start, last.End))
        {
            (credits ??= new List<TextSpan>()).Add(last);
        }

        return credits ?? (IReadOnlyList<TextSpan>)Array.Empty<TextSpan>();
    }

    // What a contributors' line says of its reporters ("Associated Press writer Ada Brandt in Riverton contributed to
    // this report."), in lower case.
    private static readonly string[] Contributed = { "contributed to this report", "contributed reporting", "contributed to this story" };

    /// <summary>Whether text[start, end) is a closing credit paragraph.</summary>
    public static bool IsTrailer(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] == '(' || text[start] == '-' || text[start] == '\u2014' || text[start] == '\u2013'))
        {
            start++;
        }

        if (end - start > MaxTrailerChars)
        {
            return false;
        }

        foreach (var opener in Openers)
        {
            if (end - start > opener.Length && SpanText.EqualsIgnoreCase(opener, text, start))
            {
                return true;
            }
        }

        return IsContributorsLine(text, start, end);
    }

    // One sentence (no full stop before its last character) that says its people contributed.
    private static bool IsContributorsLine(string text, int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == '.' || text[end - 1] == ')'))
        {
            end--;
        }

        if (text.IndexOf(". ", start, end - start, StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        foreach (var phrase in Contributed)
        {
            if (end - start > phrase.Length && SpanText.EqualsIgnoreCase(phrase, text, end - phrase.Length))
            {
                return true;
            }
        }

        return false;
    }
}
