using System;
using System.Collections.Generic;
using Newswire.Extraction.Diagnostics;
using Newswire.Extraction.Layout;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Analysis;

/// <summary>What the actor and event extractors read: the text, its layout and the regions worth analysing.</summary>
public sealed class AnalysisDocument : IRegionText
{
    /// <summary>Creates a document.</summary>
    public AnalysisDocument(
        string text,
        LineMap lines,
        ArticleLayout layout,
        IReadOnlyList<TextSpan> regions,
        DateTime? published,
        ExtractionOptions options,
        DiagnosticBag diagnostics)
    {
        Text = text;
        Lines = lines;
        Layout = layout;
        Regions = regions;
        Published = published;
        Options = options;
        Diagnostics = diagnostics;
    }

    /// <summary>
    /// Where a wire dateline ("RIVERTON (Wire) - ...") would stand: the writer's place line under a byline, else the
    /// first paragraph, or the one after a byline ("By Ada Brandt"); -1 with no paragraph.
    /// </summary>
    public int DatelineStart
    {
        get
        {
            var paragraphs = Layout.Paragraphs;
            if (Layout.WriterPlace is { } place)
            {
                return place.Start;
            }

            if (paragraphs.Count == 0)
            {
                return -1;
            }

            var first = paragraphs[0];
            return paragraphs.Count > 1 && Dateline.IsByline(Text, first.Start, first.End) ? paragraphs[1].Start : first.Start;
        }
    }

    /// <summary>The full article text.</summary>
    public string Text { get; }

    /// <summary>Line starts, for mention line and column.</summary>
    public LineMap Lines { get; }

    /// <summary>The article's layout.</summary>
    public ArticleLayout Layout { get; }

    /// <summary>
    /// Headline and paragraphs (never front matter, outlet or section lines), in text order, already
    /// clipped to the size limits. Actors and events come only from these.
    /// </summary>
    public IReadOnlyList<TextSpan> Regions { get; }

    /// <summary>The headline's span (the layout's title line), when there is one.</summary>
    TextSpan? IRegionText.Headline => Layout.Title;

    /// <summary>The article's publication date, when known, for normalising time expressions.</summary>
    public DateTime? Published { get; }

    /// <summary>Options in force.</summary>
    public ExtractionOptions Options { get; }

    /// <summary>Where extractors report limits they hit.</summary>
    public DiagnosticBag Diagnostics { get; }

    /// <summary>A mention record for a span.</summary>
    public MentionSpan Mention(int start, int length)
    {
        var (line, column) = Lines.Position(start);
        return new MentionSpan(start, length, line, column);
    }

    /// <summary>A mention record for a span, with its form and confidence.</summary>
    public MentionSpan Mention(int start, int length, MentionForm form, float confidence)
    {
        var (line, column) = Lines.Position(start);
        return new MentionSpan(start, length, line, column, form, confidence);
    }
}
