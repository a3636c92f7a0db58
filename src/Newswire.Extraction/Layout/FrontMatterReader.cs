using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Diagnostics;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Layout;

/// <summary>Reads the front matter: "key: value" lines between two "---" fences at the top of the file.</summary>
internal static class FrontMatterReader
{
    // The front matter between two "---" fences at the top, if any; returns the first line after it.
    [MethodImpl(Hot.Path)]
    public static int Read(string text, LineMap lines, List<FrontMatterEntry> entries, DiagnosticBag diagnostics, out TextSpan? frontMatter)
    {
        var firstBodyLine = 0;
        frontMatter = null;
        if (lines.Count > 0 && IsFence(text, lines, 0))
        {
            var close = -1;
            for (var i = 1; i < lines.Count; i++)
            {
                if (IsFence(text, lines, i))
                {
                    close = i;
                    break;
                }
            }

            if (close < 0)
            {
                diagnostics.Add(DiagnosticCatalog.FrontMatterNotClosed, lines.Start(0), lines.ContentEnd(0) - lines.Start(0), 1);
                firstBodyLine = 1; // the lone fence is no headline; every other line is read as body
            }
            else
            {
                for (var i = 1; i < close; i++)
                {
                    ReadEntry(text, lines, i, entries, diagnostics);
                }

                frontMatter = new TextSpan(0, lines.ContentEnd(close));
                firstBodyLine = close + 1;
            }
        }

        else if (HeaderEnd(text, lines) is var end && end > 0)
        {
            // "Title: ..." / "Source: ..." / "URL: ..." over a blank line: a scraper's header without fences.
            for (var i = 0; i < end; i++)
            {
                ReadEntry(text, lines, i, entries, diagnostics);
            }

            frontMatter = new TextSpan(0, lines.ContentEnd(end - 1));
            firstBodyLine = end;
        }

        return firstBodyLine;
    }

    // The line after an unfenced header opening the file, or 0: a block of at least two "Key: value" lines (capitals
    // allowed) closed by a blank line, with a title or headline key and another known key.
    private static int HeaderEnd(string text, LineMap lines)
    {
        var titled = false;
        var known = 0;
        var line = 0;
        for (; line < lines.Count && line <= MaxHeaderLines; line++)
        {
            var span = ArticleLayoutParser.Trimmed(text, lines, line);
            if (span.Length == 0)
            {
                break;
            }

            var colon = text.IndexOf(": ", span.Start, span.Length, System.StringComparison.Ordinal);
            var key = colon > span.Start ? text.Substring(span.Start, colon - span.Start).ToLowerInvariant() : "";
            if (!IsKey(key))
            {
                return 0;
            }

            titled |= key == FrontMatterKeys.Title || key == FrontMatterKeys.Headline;
            known += FrontMatterKeys.IsKnown(key) ? 1 : 0;
        }

        return titled && known >= 2 && line < lines.Count && line <= MaxHeaderLines ? line : 0;
    }

    // A scraper's header holds a handful of fields.
    private const int MaxHeaderLines = 12;

    private static void ReadEntry(string text, LineMap lines, int line, List<FrontMatterEntry> entries, DiagnosticBag diagnostics)
    {
        var span = ArticleLayoutParser.Trimmed(text, lines, line);
        if (span.Length == 0 || text[span.Start] == '#')
        {
            return; // blank lines and comments are allowed
        }

        var colon = text.IndexOf(':', span.Start, span.Length);
        if (colon <= span.Start)
        {
            diagnostics.Add(
                DiagnosticCatalog.InvalidFrontMatter, span.Start, span.Length,
                "line " + (line + 1) + " is not a 'key: value' pair");
            return;
        }

        var key = text.Substring(span.Start, colon - span.Start).Trim();
        if (!IsKey(key))
        {
            diagnostics.Add(
                DiagnosticCatalog.InvalidFrontMatter, span.Start, colon - span.Start,
                "'" + Printable(key) + "' is not a valid key (use letters, digits, '-' and '_')");
            return;
        }

        key = key.ToLowerInvariant();
        var value = text.Substring(colon + 1, span.End - colon - 1).Trim();
        if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[value.Length - 1] == value[0])
        {
            value = value.Substring(1, value.Length - 2);
        }

        if (!FrontMatterKeys.IsKnown(key))
        {
            diagnostics.Add(
                DiagnosticCatalog.UnknownFrontMatterKey, span.Start, colon - span.Start,
                key, string.Join(", ", FrontMatterKeys.All));
        }
        else if ((key == FrontMatterKeys.Date || key == FrontMatterKeys.Published) && !DateParser.TryParse(value, out _))
        {
            diagnostics.Add(
                DiagnosticCatalog.InvalidFrontMatter, colon + 1, span.End - colon - 1,
                "'" + Printable(value) + "' is not a date (write it like " + DateParser.Examples + ")");
        }
        else if (key == FrontMatterKeys.Id && value.Length == 0)
        {
            diagnostics.Add(DiagnosticCatalog.InvalidFrontMatter, span.Start, span.Length, "'id' is empty");
        }

        entries.Add(new FrontMatterEntry(key, value, line + 1));
    }

    [MethodImpl(Hot.Path)]
    internal static bool IsKey(string key)
    {
        if (key.Length == 0 || key.Length > 64)
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!(c < 128 && (char.IsLetterOrDigit(c) || c == '-' || c == '_')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Keeps control characters out of diagnostic messages.</summary>
    [MethodImpl(Hot.Path)]
    internal static string Printable(string value)
    {
        var chars = value.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsControl(chars[i]))
            {
                chars[i] = '?';
            }
        }

        var s = new string(chars);
        return s.Length > 80 ? s.Substring(0, 80) + "..." : s;
    }

    private static bool IsFence(string text, LineMap lines, int line)
    {
        var span = ArticleLayoutParser.Trimmed(text, lines, line);
        return span.Length == 3 && string.CompareOrdinal(text, span.Start, "---", 0, 3) == 0;
    }
}
