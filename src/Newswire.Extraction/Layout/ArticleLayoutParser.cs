using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Diagnostics;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Layout;

/// <summary>
/// Splits an article file into front matter, outlet and section lines, headline and paragraphs.
/// One linear pass over the lines; every part is a span of the original text.
/// </summary>
public static class ArticleLayoutParser
{
    // Outlet and section lines are short labels ("Miami News, KMIA" / "World News"), never sentences.
    private const int MaxLabelLength = 60;

    // A blank-line separated block whose lines are this long on average is one paragraph per line.
    private const int LongLineAverage = 200;

    /// <summary>Parses the layout of <paramref name="text"/>.</summary>
    [MethodImpl(Hot.Path)]
    public static ArticleLayout Parse(string text, LineMap lines, DiagnosticBag diagnostics)
    {
        var entries = new List<FrontMatterEntry>();
        var firstBodyLine = ReadFrontMatter(text, lines, entries, diagnostics, out var frontMatter);

        var blocks = Blocks(text, lines, firstBodyLine);
        TextSpan? outlet = null, section = null, title = null;
        var paragraphs = new List<TextSpan>(MostParagraphs(blocks));
        if (blocks.Count == 0)
        {
            return new ArticleLayout(frontMatter, entries, null, null, null, paragraphs);
        }

        var bodyBlock = 0;
        var bodyLine = 0;
        var first = blocks[0];
        if (first.Count == 2 && blocks.Count >= 2 && IsLabel(text, lines, first[0]) && IsLabel(text, lines, first[1]))
        {
            outlet = Trimmed(text, lines, first[0]);
            section = Trimmed(text, lines, first[1]);
            title = Trimmed(text, lines, blocks[1][0]);
            bodyBlock = 1;
            bodyLine = 1;
        }
        else
        {
            title = Trimmed(text, lines, first[0]);
            bodyLine = 1;
        }

        AddParagraphs(text, lines, blocks, bodyBlock, bodyLine, paragraphs);
        return new ArticleLayout(frontMatter, entries, outlet, section, title, paragraphs);
    }

    // The front matter between two "---" fences at the top, if any; returns the first line after it.
    [MethodImpl(Hot.Path)]
    private static int ReadFrontMatter(string text, LineMap lines, List<FrontMatterEntry> entries, DiagnosticBag diagnostics, out TextSpan? frontMatter)
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

        return firstBodyLine;
    }

    // Paragraph separation: blank lines when the body has them, else one paragraph per line.
    [MethodImpl(Hot.Path)]
    private static void AddParagraphs(string text, LineMap lines, List<LineBlock> blocks, int bodyBlock, int bodyLine, List<TextSpan> paragraphs)
    {
        // The body's blocks: the first without the lines before the body, and none left empty.
        var firstBody = new LineBlock(blocks[bodyBlock].First + bodyLine, blocks[bodyBlock].Count - bodyLine);
        var bodyBlocks = (firstBody.Count > 0 ? 1 : 0) + blocks.Count - bodyBlock - 1;
        var blankSeparated = bodyBlocks > 1;
        for (var b = bodyBlock; b < blocks.Count; b++)
        {
            var block = b == bodyBlock ? firstBody : blocks[b];
            if (block.Count == 0)
            {
                continue;
            }

            if (!blankSeparated || AverageLength(text, lines, block) >= LongLineAverage)
            {
                for (var line = block.First; line < block.First + block.Count; line++)
                {
                    paragraphs.Add(Trimmed(text, lines, line));
                }
            }
            else
            {
                var head = Trimmed(text, lines, block[0]);
                var tail = Trimmed(text, lines, block[block.Count - 1]);
                paragraphs.Add(new TextSpan(head.Start, tail.End - head.Start));
            }
        }
    }

    private static void ReadEntry(string text, LineMap lines, int line, List<FrontMatterEntry> entries, DiagnosticBag diagnostics)
    {
        var span = Trimmed(text, lines, line);
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
    private static bool IsKey(string key)
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
        var span = Trimmed(text, lines, line);
        return span.Length == 3 && string.CompareOrdinal(text, span.Start, "---", 0, 3) == 0;
    }

    private static bool IsLabel(string text, LineMap lines, int line)
    {
        var span = Trimmed(text, lines, line);
        if (span.Length == 0 || span.Length > MaxLabelLength)
        {
            return false;
        }

        var last = text[span.End - 1];
        return last != '.' && last != '!' && last != '?' && last != ':' && last != ';';
    }

    [MethodImpl(Hot.Path)]
    private static int AverageLength(string text, LineMap lines, LineBlock block)
    {
        long total = 0;
        for (var line = block.First; line < block.First + block.Count; line++)
        {
            total += lines.ContentEnd(line) - lines.Start(line);
        }

        return (int)(total / block.Count);
    }

    [MethodImpl(Hot.Path)]
    private static List<LineBlock> Blocks(string text, LineMap lines, int from)
    {
        var blocks = new List<LineBlock>();
        var start = -1;
        for (var i = from; i < lines.Count; i++)
        {
            if (Trimmed(text, lines, i).Length == 0)
            {
                if (start >= 0)
                {
                    blocks.Add(new LineBlock(start, i - start));
                    start = -1;
                }
            }
            else if (start < 0)
            {
                start = i;
            }
        }

        if (start >= 0)
        {
            blocks.Add(new LineBlock(start, lines.Count - start));
        }

        return blocks;
    }

    // At most one paragraph per non-blank line: the list is sized once instead of growing.
    private static int MostParagraphs(List<LineBlock> blocks)
    {
        var lines = 0;
        for (var b = 0; b < blocks.Count; b++)
        {
            lines += blocks[b].Count;
        }

        return lines;
    }

    // A run of non-blank lines between blank lines: First, First + 1, ... First + Count - 1.
    private readonly struct LineBlock
    {
        public LineBlock(int first, int count)
        {
            First = first;
            Count = count;
        }

        public readonly int First;
        public readonly int Count;

        public int this[int k] => First + k;
    }

    /// <summary>The line's content without surrounding white space.</summary>
    [MethodImpl(Hot.Path)]
    internal static TextSpan Trimmed(string text, LineMap lines, int line)
    {
        int start = lines.Start(line), end = lines.ContentEnd(line);
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end - start);
    }
}
