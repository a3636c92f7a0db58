using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Layout;

/// <summary>
/// Splits an article file into front matter, outlet and section lines, headline and paragraphs.
/// One linear pass over the lines; every part is a span of the original text.
/// </summary>
public static partial class ArticleLayoutParser
{
    // Outlet and section lines are short labels ("Miami News, KMIA" / "World News"), never sentences.
    private const int MaxLabelLength = 60;

    // A blank-line separated block whose lines are this long on average is one paragraph per line.
    private const int LongLineAverage = 200;

    // A headline under outlet and section lines is at most this long; a longer line is a paragraph.
    private const int MaxHeadlineLength = 200;

    // Section, bylines, date lines and credits at each end of the body: a few lines at most.
    private const int MaxFurnitureLines = 4;

    // A page's closing heading stands over a few topic or story links at most.
    private const int MaxEndMatterLines = 6;

    // Web copy stacks more over the first paragraph ("6 hours ago" / "Share" / "Save" / writer / "BBC News, Place").
    private const int MaxLeadLines = 8;

    /// <summary>Parses the layout of <paramref name="text"/>.</summary>
    [MethodImpl(Hot.Path)]
    public static ArticleLayout Parse(string text, LineMap lines, DiagnosticBag diagnostics)
    {
        var entries = new List<FrontMatterEntry>();
        var firstBodyLine = FrontMatterReader.Read(text, lines, entries, diagnostics, out var frontMatter);

        var blocks = Blocks(text, lines, firstBodyLine);
        var paragraphs = new List<TextSpan>(MostParagraphs(blocks));
        if (blocks.Count == 0)
        {
            return new ArticleLayout(frontMatter, entries, null, null, null, paragraphs);
        }

        var head = ReadHead(text, lines, blocks, HasTitle(entries));
        var body = BodyLines(text, lines, blocks, head.BodyBlock, head.BodyLine);
        var section = head.Section;
        var outlet = head.Outlet;
        var place = SkipLead(text, lines, ref body, ref outlet, ref section);
        SkipTrail(text, lines, ref body);
        var source = ClosingSource(text, lines, ref body);
        outlet ??= source;
        AddParagraphs(text, lines, blocks, body, IsBlankSeparated(blocks, head.BodyBlock, head.BodyLine), paragraphs);
        return new ArticleLayout(frontMatter, entries, outlet, section, head.Title, paragraphs, place);
    }

    // The first and last non-blank lines of the body (First > Last when it is empty).
    private static (int First, int Last) BodyLines(string text, LineMap lines, List<LineBlock> blocks, int bodyBlock, int bodyLine)
    {
        var lastBlock = blocks[blocks.Count - 1];
        var first = bodyLine < blocks[bodyBlock].Count ? blocks[bodyBlock][bodyLine] : NextLine(text, lines, blocks[bodyBlock][bodyLine - 1], lastBlock.First + lastBlock.Count);
        return (first, lastBlock.First + lastBlock.Count - 1);
    }

    // The lines between the headline and the first paragraph: a section line ("Markets", "World | Africa") is the
    // section, a name-shaped line over a section, byline or date line the outlet; bylines, date lines, a dateline on its own line and photo credits are no paragraphs; an agency in a
    // dateline or byline is the outlet. Returns the writer's place line under a byline, which serves as the dateline.
    private static TextSpan? SkipLead(string text, LineMap lines, ref (int First, int Last) body, ref TextSpan? outlet, ref TextSpan? section)
    {
        var headOutlet = outlet;
        TextSpan? place = null;
        var previous = default(TextSpan);
        for (var n = 0; n < MaxLeadLines && body.First <= body.Last; n++)
        {
            var span = Trimmed(text, lines, body.First);
            if (WriterLine.IsNameOverAffiliation(text, lines, span, body))
            {
                // The writer's name over "BBC News, Riverton": the next line names the outlet (WriterLine.Skips).
            }
            else if (!ReadsOutletOrSection(text, lines, span, body, headOutlet, ref outlet, ref section)
                     && !WriterLine.Skips(text, lines, span, previous, body, ref outlet) && !BodyFurniture.IsLead(text, span)
                     && !CaptionLine.IsLead(text, span))
            {
                // A dateline's or byline's agency wrote the copy (a lead line); the outlet is the publication's own line.
                break;
            }

            place ??= WriterLine.IsPlaceUnderByline(text, span, previous) ? span : null;
            previous = span;
            body.First = NextLine(text, lines, body.First, body.Last + 1);
        }

        outlet ??= HouseUnderDeck(text, lines, body);
        return place;
    }

    // One lead line read as the outlet, the section or both ("Riverton Daily News", "World | Africa", "By Ada Brandt |
    // The Daily Ledger", "Radio Tamazuj" over "Last updated: ..."); false when it names neither.
    private static bool ReadsOutletOrSection(string text, LineMap lines, TextSpan span, (int First, int Last) body, TextSpan? headOutlet,
        ref TextSpan? outlet, ref TextSpan? section)
    {
        var undated = SectionLine.WithoutDate(text, span);
        if (outlet is null && SectionLine.SplitsBylineOutlet(text, undated, out var bylined))
        {
            outlet = bylined;
        }
        else if (section is null && outlet is null && SectionLine.SplitsOutletUndated(text, undated, out var outletPart, out var sectionPart))
        {
            outlet = outletPart;
            section = sectionPart;
        }
        else if (section is null && outlet is null && OutletLine.IsOverLead(text, lines, span, body))
        {
            outlet = span;
        }
        else if (OutletLine.IsMediaOverLead(text, lines, span, body) && (outlet is null || (section is null && outlet.Equals(headOutlet) && !OutletLine.HasMediaWord(text, outlet.Value))))
        {
            // "Radio Tamazuj" over "Last updated: ...": a label under the headline the outlet was taken from is the section.
            section = outlet ?? section;
            outlet = span;
        }
        else if (section is null && SectionLine.Is(text, undated) && !LabeledByline.Is(text, span))
        {
            section = undated;
        }
        else if (outlet is null && (OutletLine.SourceLine(text, span) ?? DatedName(text, span, undated) ?? WriterLine.BylineHouse(text, span)) is { } named)
        {
            outlet = named;
        }
        else if (section is null && outlet is null && OutletLine.IsAbove(text, lines, span, body))
        {
            outlet = span;
        }
        else
        {
            return false;
        }

        return true;
    }

    // "The Namibian | 12 November 2026": a paper's name beside a date part is the outlet's own date line ("Ada Brandt |
    // 12 November 2026" is its writer's).
    private static TextSpan? DatedName(string text, TextSpan span, TextSpan undated) =>
        undated.Length < span.Length && OutletLine.IsPaperName(text, undated) ? undated : SiteMasthead.BeforeDate(text, span);

    // Credit lines closing the body ("(Reporting by ...)", "(c) 2025 Agency") are no paragraphs, nor is a page's
    // closing heading ("Related Topics") and the links under it.
    private static void SkipTrail(string text, LineMap lines, ref (int First, int Last) body)
    {
        for (int line = body.Last, n = 0; n < MaxEndMatterLines && line > body.First; line = PreviousLine(text, lines, line, body.First), n++)
        {
            if (WebFurniture.IsEndHeading(text, Trimmed(text, lines, line)))
            {
                body.Last = PreviousLine(text, lines, line, body.First);
                break;
            }
        }

        for (var n = 0; n < MaxFurnitureLines && body.First <= body.Last && BodyFurniture.IsTrail(text, Trimmed(text, lines, body.Last)); n++)
        {
            body.Last = PreviousLine(text, lines, body.Last, body.First);
        }
    }

    // The next non-blank line after <paramref name="line"/>, or <paramref name="end"/>.
    /// <summary>The next non-blank line of <paramref name="body"/> after its first, trimmed; empty when there is none.</summary>
    internal static TextSpan LineUnder(string text, LineMap lines, (int First, int Last) body)
    {
        var next = NextLine(text, lines, body.First, body.Last + 1);
        return next <= body.Last ? Trimmed(text, lines, next) : default;
    }

    private static int NextLine(string text, LineMap lines, int line, int end)
    {
        line++;
        while (line < end && Trimmed(text, lines, line).Length == 0)
        {
            line++;
        }

        return line;
    }

    // The previous non-blank line before <paramref name="line"/>, or <paramref name="first"/> - 1.
    private static int PreviousLine(string text, LineMap lines, int line, int first)
    {
        line--;
        while (line >= first && Trimmed(text, lines, line).Length == 0)
        {
            line--;
        }

        return line;
    }

    // Blank lines separate paragraphs when the body after the headline (furniture included) has more than one block.
    private static bool IsBlankSeparated(List<LineBlock> blocks, int bodyBlock, int bodyLine) =>
        (bodyLine < blocks[bodyBlock].Count ? 1 : 0) + blocks.Count - bodyBlock - 1 > 1;

    // Paragraph separation: blank lines when the body has them, else one paragraph per line; only body lines count.
    [MethodImpl(Hot.Path)]
    private static void AddParagraphs(string text, LineMap lines, List<LineBlock> blocks, (int First, int Last) body, bool blankSeparated, List<TextSpan> paragraphs)
    {
        for (var b = 0; b < blocks.Count; b++)
        {
            var first = Math.Max(blocks[b].First, body.First);
            var last = Math.Min(blocks[b].First + blocks[b].Count - 1, body.Last);
            if (first > last)
            {
                continue;
            }

            var block = new LineBlock(first, last - first + 1);
            if (paragraphs.Count == 1 && IsFurnitureBlock(text, lines, block))
            {
                // A standfirst, then "By Ada Brandt" / "Published 4 March 2025": the byline under the deck is no paragraph.
                continue;
            }

            if (block.Count > 1 && SummaryHeading.Is(text, Trimmed(text, lines, block[0])))
            {
                // "Key points:" over its points: a paragraph a point.
                AddLines(text, lines, new LineBlock(block.First + 1, block.Count - 1), paragraphs);
            }
            else if (!blankSeparated || block.Count == 1 || AverageLength(text, lines, block) >= LongLineAverage || IsBulletList(text, lines, block))
            {
                AddLines(text, lines, block, paragraphs);
            }
            else
            {
                var head = Trimmed(text, lines, block[0]);
                var tail = Trimmed(text, lines, block[block.Count - 1]);
                paragraphs.Add(new TextSpan(head.Start, tail.End - head.Start));
            }
        }
    }

    // "• Government reverses ban" / "• Minister says ...": a summary's bullets are a paragraph each, as the page shows them.
    private static bool IsBulletList(string text, LineMap lines, LineBlock block)
    {
        for (var k = 0; k < block.Count; k++)
        {
            var span = Trimmed(text, lines, block[k]);
            if (span.Length < 3 || Bullets.IndexOf(text[span.Start]) < 0 || text[span.Start + 1] != ' ')
            {
                return false;
            }
        }

        return true;
    }

    // Bullet marks of summaries pasted from pages.
    private const string Bullets = "\u2022\u25CF\u25AA\u25E6\u2023-*\u2013";

    // A short block of bylines and date lines only.
    private static bool IsFurnitureBlock(string text, LineMap lines, LineBlock block)
    {
        if (block.Count > MaxFurnitureBlockLines)
        {
            return false;
        }

        for (var k = 0; k < block.Count; k++)
        {
            if (!BodyFurniture.IsLead(text, Trimmed(text, lines, block[k])))
            {
                return false;
            }
        }

        return true;
    }

    private const int MaxFurnitureBlockLines = 3;

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

    // One paragraph per line, without page furniture ("Advertisement") between them, nor bylines and date lines right
    // under a standfirst ("By Ada Brandt" under the deck line).
    private static void AddLines(string text, LineMap lines, LineBlock block, List<TextSpan> paragraphs)
    {
        for (var line = block.First; line < block.First + block.Count; line++)
        {
            var span = Trimmed(text, lines, line);
            var underDeck = paragraphs.Count == 1 && line > block.First && BodyFurniture.IsLead(text, span);
            if (!underDeck && !BodyFurniture.IsInterstitial(text, span))
            {
                paragraphs.Add(span);
            }
        }
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
    internal static TextSpan Trimmed(string text, LineMap lines, int line) => SpanTrim.Trim(text, lines.Start(line), lines.ContentEnd(line));
}
