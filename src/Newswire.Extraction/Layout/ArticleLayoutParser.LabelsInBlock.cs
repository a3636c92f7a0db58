using System.Collections.Generic;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Layout;

// Outlet and section labels over the headline inside the headline's own block, as pages copied whole arrive
// ("Dawn" / "Pakistan" / headline / byline / body; "Tamil Nadu" / headline / "The Hindu" / date line).
public static partial class ArticleLayoutParser
{
    // A label over the headline has at most this many words; the headline has at least this many more than each label.
    private const int MaxLabelWords = 4;
    private const int MinHeadlineLead = 3;

    // One or two label lines opening the first block, then a headline line much longer than each: the first of two
    // labels is the outlet, the second its section (a kicker none); a lone label is the section when an outlet's name
    // stands under the headline or it names a section, else the outlet (LoneLabel). Null when the block does not open so.
    private static Head? LabelsInHeadlineBlock(string text, LineMap lines, List<LineBlock> blocks)
    {
        var first = blocks[0];
        for (var h = 1; h <= 2 && h < first.Count; h++)
        {
            if (!IsLabelOver(text, lines, first[h - 1]) || !IsHeadline(text, lines, first[h]))
            {
                return null;
            }

            var title = Trimmed(text, lines, first[h]);
            if (!LeadsLabels(text, lines, first, h, title))
            {
                continue;
            }

            var top = Trimmed(text, lines, first[0]);
            if (h == 2)
            {
                var second = Trimmed(text, lines, first[1]);
                return new Head(top, OutletLine.IsFlag(text, second) ? null : second, title, 0, h + 1);
            }

            return LoneLabel(text, lines, first, top, title, h + 1);
        }

        return null;
    }

    // A label: short, no sentence end, no byline, date line or dateline, a capital, a digit or a site's address
    // first; a call sign ("WFLA") or a region in capitals ("UAE") reads as a dateline's place elsewhere but is a label
    // here; a section path ("Hong Kong / Transport and Infrastructure") may run over the label's words.
    private static bool IsLabelOver(string text, LineMap lines, int line)
    {
        var span = Trimmed(text, lines, line);
        return IsLabel(text, lines, line) && (char.IsUpper(text[span.Start]) || char.IsDigit(text[span.Start]) || SiteMasthead.IsAddress(text, span))
               && (Words(text, span) <= MaxLabelWords || SectionLine.Is(text, span))
               && (OutletLine.IsCallSign(text, span) || IsCapitalsLabel(text, span) || (!BodyFurniture.IsLead(text, span) && DatelineOutlet.Find(text, span) is null));
    }

    // "UAE", "SOUTH AFRICA": one or two words in capitals, letters only.
    private static bool IsCapitalsLabel(string text, TextSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            if (!char.IsUpper(text[i]) && text[i] != ' ')
            {
                return false;
            }
        }

        return span.Length >= 2 && Words(text, span) <= MaxCapitalsLabelWords;
    }

    private const int MaxCapitalsLabelWords = 2;

    // The headline has at least MinHeadlineLead more words than each label above it.
    private static bool LeadsLabels(string text, LineMap lines, LineBlock first, int h, TextSpan title)
    {
        var words = Words(text, title);
        for (var k = 0; k < h; k++)
        {
            if (words < Words(text, Trimmed(text, lines, first[k])) + MinHeadlineLead)
            {
                return false;
            }
        }

        return true;
    }

    // "Tamil Nadu" over a headline with "The Hindu" under it, or "Politics": the section; "WFLA", "ABC News", "Dawn": the
    // outlet; a kicker ("EXCLUSIVE") neither; one or two words in capitals ("UAE") the section. A longer name-shaped
    // line may be a short headline over its deck, so it is left to the other readings (null).
    private static Head? LoneLabel(string text, LineMap lines, LineBlock first, TextSpan label, TextSpan title, int bodyLine)
    {
        if (OutletLine.IsFlag(text, label))
        {
            return new Head(null, null, title, 0, bodyLine);
        }

        if (OutletLine.IsPaperName(text, label) || OutletLine.HasMediaWord(text, label) || OutletLine.IsCallSign(text, label) || OutletLine.IsShortMasthead(text, label))
        {
            return new Head(label, null, title, 0, bodyLine);
        }

        var under = first.Count > 2 ? Trimmed(text, lines, first[2]) : default;
        var outletUnder = under.Length > 0 && IsOutletUnder(text, lines, first, under);
        if (outletUnder || SectionLine.Is(text, label))
        {
            return new Head(outletUnder ? under : null, label, title, 0, outletUnder ? bodyLine + 1 : bodyLine);
        }

        if (IsCapitalsLabel(text, label))
        {
            // "UAE" over the headline and its deck: a region's label, the page's section.
            return new Head(null, label, title, 0, bodyLine);
        }

        return Words(text, label) <= 2 && OutletLine.IsName(text, label) && !IsAllCaps(text, label) ? new Head(label, null, title, 0, bodyLine) : null;
    }

    // "The Hindu", "Radio Riverton", or a name over a byline ("El Tiempo" / "Por: Redacción Política"): the outlet's
    // line under the headline; a name over a date line may be the writer's and is left to the lead.
    private static bool IsOutletUnder(string text, LineMap lines, LineBlock first, TextSpan under)
    {
        if (OutletLine.IsPaperName(text, under) || OutletLine.HasMediaWord(text, under))
        {
            return true;
        }

        var next = first.Count > 3 ? Trimmed(text, lines, first[3]) : default;
        return next.Length > 0 && OutletLine.IsName(text, under) && (Dateline.IsByline(text, next.Start, next.End) || LabeledByline.Is(text, next));
    }
}
