using System;
using System.Collections.Generic;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Layout;

// The head of an article: outlet and section lines above or under the headline, and the headline itself.
public static partial class ArticleLayoutParser
{
    // Outlet and section lines above the headline ("Miami News, KMIA" / "World News", then a blank line, then a
    // headline), a lone section or agency line above it, or a section line directly over it in its block ("WORLD" /
    // headline); outlet and section lines under the headline in its block ("Headline" / "The Daily Ledger" /
    // "Politics", then a blank line); else the first line is the headline. With a front-matter title, or opening with
    // an agency dateline, a first line that reads as a paragraph (a full stop at its end, or too long) is the body's
    // first paragraph, not a headline.
    private static Head ReadHead(string text, LineMap lines, List<LineBlock> blocks, bool titled)
    {
        var first = blocks[0];
        var top = Trimmed(text, lines, first[0]);
        // "RIVERTON, May 4 (Agency) - The council met." opening the file: wire copy without its headline.
        if ((titled || DatelineOutlet.Find(text, top) is not null) && !IsHeadline(text, lines, first[0]))
        {
            return new Head(null, null, null, 0, 0);
        }

        if (StackedLabels(text, lines, blocks) is { } stacked)
        {
            return stacked;
        }

        if (blocks.Count >= 2 && IsHeadline(text, lines, blocks[1][0]) && LabelsAboveHeadline(text, lines, blocks) is { } above)
        {
            return above;
        }

        if (SectionOverHeadline(text, lines, blocks, top) is { } sectioned)
        {
            return sectioned;
        }

        if (blocks.Count >= 2 && first.Count == 2 && OutletOverHeadline(text, lines, first))
        {
            return new Head(top, null, Trimmed(text, lines, first[1]), 1, 0);
        }

        if (blocks.Count >= 2 && (first.Count == 2 || first.Count == 3) && LabelsUnderHeadline(text, lines, first))
        {
            return UnderHeadline(text, lines, first, top);
        }

        return OneBlockHead(text, lines, blocks) ?? LabelsInHeadlineBlock(text, lines, blocks) ?? new Head(null, null, top, 0, 1);
    }

    // "WORLD" / headline in the first block: the section over its headline; a medium's name holding a section word
    // ("ABC News", "VnExpress International") is none. Null when the block does not open so.
    private static Head? SectionOverHeadline(string text, LineMap lines, List<LineBlock> blocks, TextSpan top)
    {
        var first = blocks[0];
        if (first.Count < 2 || !IsHeadline(text, lines, first[1]) || !SectionLine.Is(text, top)
            || (!SectionLine.IsSectionOnly(text, top) && OutletLine.HasMediaWord(text, top)))
        {
            return null;
        }

        if (SectionLine.SplitsOutlet(text, top, out var outletPart, out var sectionPart))
        {
            // "Riverton Ledger | World" over the headline: the outlet and its section on one line.
            return new Head(outletPart, sectionPart, Trimmed(text, lines, first[1]), 0, 2);
        }

        // "WORLD" / headline / "The Daily Ledger": a lone name-shaped line closing the block is the outlet.
        var outlet = first.Count == 3 && blocks.Count >= 2 && OutletLine.IsName(text, Trimmed(text, lines, first[2])) ? Trimmed(text, lines, first[2]) : (TextSpan?)null;
        if (outlet is null && first.Count > 3 && IsOutletUnder(text, lines, first, Trimmed(text, lines, first[2])))
        {
            // "Política" / headline / "El Tiempo" / "Por: ..." in one block: the outlet's line, then the lead.
            return new Head(Trimmed(text, lines, first[2]), top, Trimmed(text, lines, first[1]), 0, 3);
        }

        return new Head(outlet, top, Trimmed(text, lines, first[1]), outlet is null ? 0 : 1, outlet is null ? 2 : 0);
    }

    // "Headline" / "The Daily Ledger" / "Politics" (or one line: "The Daily Ledger | Politics", a section or an outlet).
    private static Head UnderHeadline(string text, LineMap lines, LineBlock first, TextSpan top)
    {
        var upper = SectionLine.WithoutDate(text, Trimmed(text, lines, first[1]));
        if (first.Count == 3)
        {
            return new Head(upper, SectionLine.WithoutDate(text, Trimmed(text, lines, first[2])), top, 1, 0);
        }

        if (SectionLine.SplitsOutlet(text, upper, out var outletPart, out var sectionPart))
        {
            return new Head(outletPart, sectionPart, top, 1, 0);
        }

        return SectionLine.Is(text, upper) ? new Head(null, upper, top, 1, 0) : new Head(upper, null, top, 1, 0);
    }

    // One-paragraph-per-line copy in one block: "The Straits Times" / "Singapore" / headline / ...: a paper's name
    // opening the file, a short label under it (the section) and a longer headline line.
    private static Head? OneBlockHead(string text, LineMap lines, List<LineBlock> blocks)
    {
        var first = blocks[0];
        if (blocks.Count != 1 || first.Count < 4)
        {
            return null;
        }

        var top = Trimmed(text, lines, first[0]);
        var label = Trimmed(text, lines, first[1]);
        var title = Trimmed(text, lines, first[2]);
        if (!(OutletLine.IsPaperName(text, top) || OutletLine.HasMediaWord(text, top)) || !IsLabel(text, lines, first[1]) || BodyFurniture.IsLead(text, label)
            || Words(text, label) > MaxOneBlockSectionWords || !IsHeadline(text, lines, first[2]) || Words(text, title) < Words(text, label) + 3)
        {
            return null;
        }

        return new Head(top, label, title, 0, 3);
    }

    private const int MaxOneBlockSectionWords = 3;

    // Outlet and section lines in a block of their own above the headline block, or null.
    private static Head? LabelsAboveHeadline(string text, LineMap lines, List<LineBlock> blocks)
    {
        var first = blocks[0];
        var top = Trimmed(text, lines, first[0]);
        var title = Trimmed(text, lines, blocks[1][0]);
        if (first.Count == 2 && IsLabel(text, lines, first[0]) && IsLabel(text, lines, first[1]))
        {
            // "Andina Post" / "EXCLUSIVE": a kicker under the outlet flags the story; it is no section.
            var second = Trimmed(text, lines, first[1]);
            return new Head(top, OutletLine.IsFlag(text, second) ? null : second, title, 1, 1);
        }

        if (first.Count > 2 && first.Count <= MaxLabelBlockLines && LabelsOverLeadLines(text, lines, first))
        {
            // "Horn Review" / "East Africa" / "By A. Writer" (or "Updated 6:40 pm"): the writer's and date lines close
            // the labels' block; the headline still opens the next block.
            var second = Trimmed(text, lines, first[1]);
            return new Head(top, OutletLine.IsFlag(text, second) ? null : second, title, 1, 1);
        }

        return first.Count == 1 ? OneLabelAbove(text, lines, blocks, top, title) : null;
    }

    // One line above the headline's block: "Outlet | Section", a section, a dated name, a masthead, an agency; or null.
    private static Head? OneLabelAbove(string text, LineMap lines, List<LineBlock> blocks, TextSpan top, TextSpan title)
    {
        if (SectionLine.SplitsOutlet(text, top, out var outletPart, out var sectionPart) || SectionLine.SplitsMediaOutlet(text, top, out outletPart, out sectionPart))
        {
            return new Head(outletPart, sectionPart, title, 1, 1);
        }

        if (SectionLine.Is(text, top))
        {
            return new Head(null, top, title, 1, 1);
        }

        // "Riverton Ledger | 2 December 2026", "THE RIVERTON TIMES": a dated name or a masthead in capitals alone.
        if (SectionLine.WithoutDate(text, top) is var undated && undated.Length < top.Length && OutletLine.IsName(text, undated) && !SectionLine.Is(text, undated))
        {
            return new Head(undated, null, title, 1, 1);
        }

        if (OutletLine.IsCapitalsMasthead(text, top))
        {
            return new Head(top, null, title, 1, 1);
        }

        if (WireAgencies.IsAgency(text, top.Start, top.Length) || OutletLine.IsMasthead(text, top)
            || (blocks.Count >= 3 && blocks[1].Count == 1 && ShortName(text, top, Trimmed(text, lines, blocks[1][0]))))
        {
            return new Head(top, null, title, 1, 1);
        }

        return null;
    }

    private const int MaxLabelBlockLines = 4;

    // Two label lines (outlet, section), then only byline or date lines to the block's end. An outlet in capitals
    // ("CARIBBEAN POST") reads as a dateline's place alone, which never opens such a block.
    private static bool LabelsOverLeadLines(string text, LineMap lines, LineBlock first)
    {
        for (var k = 0; k < first.Count; k++)
        {
            var span = Trimmed(text, lines, first[k]);
            var lead = BodyFurniture.IsLead(text, span) && !(k == 0 && IsAllCaps(text, span));
            if (k < 2 ? !IsLabel(text, lines, first[k]) || lead : !lead)
            {
                return false;
            }
        }

        return true;
    }

    // "Riverton Ledger", "World" and the headline each in a block of its own (pages pasted with a blank line after
    // every line): the outlet, a section line, the headline much longer than the outlet's name. Null otherwise.
    private static Head? StackedLabels(string text, LineMap lines, List<LineBlock> blocks)
    {
        if (blocks.Count < 4 || blocks[0].Count != 1 || blocks[1].Count != 1 || !IsHeadline(text, lines, blocks[2][0]))
        {
            return null;
        }

        var top = Trimmed(text, lines, blocks[0][0]);
        var second = Trimmed(text, lines, blocks[1][0]);
        var title = Trimmed(text, lines, blocks[2][0]);
        return (OutletLine.IsName(text, top) || OutletLine.IsShortMasthead(text, top)) && !SectionLine.Is(text, top) && SectionLine.Is(text, second)
               && Words(text, title) >= Words(text, top) + MinHeadlineLead
            ? new Head(top, second, title, 2, 1) : null;
    }

    // "N1" / "Fuel protests spread to second city": a short name over a much longer line in one block is the outlet
    // over its headline; a headline over its labels runs the other way (long, then short).
    private static bool OutletOverHeadline(string text, LineMap lines, LineBlock first)
    {
        var top = Trimmed(text, lines, first[0]);
        var under = Trimmed(text, lines, first[1]);
        return IsHeadline(text, lines, first[1]) && ShortName(text, top, under) && !SectionLine.Is(text, under);
    }

    // A name of one or two words, not in capitals (a dateline's place or a kicker looks so) or a short masthead ("TV8",
    // "LSM English"), not a section or a kicker, over a line of at least three more words.
    private static bool ShortName(string text, TextSpan name, TextSpan under)
    {
        var words = Words(text, name);
        return (words <= 2 && OutletLine.IsName(text, name) && !IsAllCaps(text, name) || OutletLine.IsShortMasthead(text, name) || OutletLine.IsPaperName(text, name)
                || OutletLine.HasMediaWord(text, name))
               && !SectionLine.Is(text, name) && !OutletLine.IsKicker(text, name) && Words(text, under) >= words + 3;
    }

    private static int Words(string text, TextSpan span)
    {
        var n = 0;
        for (var i = span.Start; i < span.End; i++)
        {
            n += text[i] != ' ' && (i == span.Start || text[i - 1] == ' ') ? 1 : 0;
        }

        return n;
    }

    private static bool IsAllCaps(string text, TextSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            if (char.IsLower(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    // The lines after the headline in its block are labels (short, no sentence end) and no byline, date line or
    // dateline: the outlet and section the helper brief's layout puts there.
    private static bool LabelsUnderHeadline(string text, LineMap lines, LineBlock first)
    {
        var head = Trimmed(text, lines, first[0]);
        if (!IsHeadline(text, lines, first[0]) || !HasLetter(text, head) || IsKeyValue(text, head))
        {
            return false;
        }

        for (var k = 1; k < first.Count; k++)
        {
            // "date: someday" under an unclosed "---" is a front matter line, no label; a label is no longer than its
            // headline ("Riverton Ledger" / "World" / a longer headline are labels over it).
            var span = Trimmed(text, lines, first[k]);
            if (!IsLabel(text, lines, first[k]) || BodyFurniture.IsLead(text, span) || text.IndexOf(": ", span.Start, span.Length, StringComparison.Ordinal) >= 0
                || Words(text, span) > Words(text, head))
            {
                return false;
            }
        }

        return true;
    }

    // "date: someday": a lower-case key (FrontMatterReader's key shape) and a colon, a front matter line left by an
    // unclosed block; "Yemen: Houthis seize ship" is a headline.
    private static bool IsKeyValue(string text, TextSpan span)
    {
        var colon = span.Length == 0 || !char.IsLower(text[span.Start]) ? -1 : text.IndexOf(':', span.Start, span.Length);
        return colon > span.Start && FrontMatterReader.IsKey(text.Substring(span.Start, colon - span.Start));
    }

    private static bool HasLetter(string text, TextSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasTitle(List<FrontMatterEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (entry.Key == FrontMatterKeys.Title || entry.Key == FrontMatterKeys.Headline)
            {
                return true;
            }
        }

        return false;
    }

    // A headline under outlet and section lines: a line, not a paragraph (short, no full stop at its end, inside
    // closing quotes or not).
    private static bool IsHeadline(string text, LineMap lines, int line)
    {
        var span = Trimmed(text, lines, line);
        var end = span.End;
        while (end > span.Start && (text[end - 1] == '"' || text[end - 1] == '\u201D' || text[end - 1] == '\''))
        {
            end--;
        }

        // A byline or a date line is never the headline ("Headline" / "Garowe Online", then "By Abdi Farah").
        return end > span.Start && span.Length <= MaxHeadlineLength && text[end - 1] != '.' && !BodyFurniture.IsLead(text, span);
    }

    // What stands above the body: outlet and section lines, headline; the body starts at BodyLine of BodyBlock.
    private readonly struct Head
    {
        public Head(TextSpan? outlet, TextSpan? section, TextSpan? title, int bodyBlock, int bodyLine)
        {
            Outlet = outlet;
            Section = section;
            Title = title;
            BodyBlock = bodyBlock;
            BodyLine = bodyLine;
        }

        public readonly TextSpan? Outlet;
        public readonly TextSpan? Section;
        public readonly TextSpan? Title;
        public readonly int BodyBlock;
        public readonly int BodyLine;
    }
}
