using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Analysis;
using Newswire.Extraction.Diagnostics;
using Newswire.Extraction.Layout;
using Newswire.Extraction.Model;

namespace Newswire.Extraction;

/// <summary>
/// The one entry point of extraction: layout, then actors and events. The generator, the CLI and
/// <c>Article.Parse</c> all call this, so they agree on every article.
/// </summary>
public static class ArticleExtractor
{
    /// <summary>Extracts everything from one article's text. Never throws on any input text.</summary>
    /// <param name="path">The path as given; used for the default id and in diagnostics.</param>
    /// <param name="text">The file's text after decoding (a leading byte-order mark is dropped).</param>
    /// <param name="options">Limits and lexicon; defaults when null.</param>
    public static ExtractedArticle Extract(string path, string text, ExtractionOptions? options = null)
    {
        var prepared = Prepare(path, text, options);
        if (prepared.Empty != null)
        {
            return prepared.Empty;
        }

        var (actors, events) = ArticleAnalyzer.Analyze(prepared.Document!);
        return prepared.Finish(actors, events);
    }

    /// <summary>Everything before analysis: layout, headline, id, date and the document to analyse (benchmarks time the stages apart).</summary>
    internal readonly struct Prepared
    {
        public Prepared(ExtractedArticle empty)
        {
            Empty = empty;
            Document = null;
            Path = Id = Title = string.Empty;
            Published = null;
        }

        public Prepared(string path, string id, string title, DateTime? published, AnalysisDocument document)
        {
            Empty = null;
            Path = path;
            Id = id;
            Title = title;
            Published = published;
            Document = document;
        }

        public readonly ExtractedArticle? Empty;
        public readonly AnalysisDocument? Document;
        public readonly string Path;
        public readonly string Id;
        public readonly string Title;
        public readonly DateTime? Published;

        public ExtractedArticle Finish(IReadOnlyList<ExtractedActor> actors, IReadOnlyList<ExtractedEvent> events)
        {
            var document = Document!;
            var text = document.Text;
            var layout = document.Layout;
            return new ExtractedArticle(
                Path,
                text,
                Id,
                Title,
                Outlet(layout, text),
                layout.Get(FrontMatterKeys.Section) ?? layout.Get(FrontMatterKeys.Category) ?? layout.Get(FrontMatterKeys.Desk) ?? layout.Section?.Of(text),
                Published is null ? null : DateParser.ToIso(Published.Value),
                layout,
                actors,
                events,
                document.Diagnostics.Items);
        }
    }

    /// <summary>
    /// Front matter <c>outlet:</c> (or <c>publication:</c>, <c>publisher:</c>), else the outlet line over the headline, else
    /// front matter <c>source:</c>: feeds and
    /// scraped news often name the publication there (news APIs' "source" is the outlet) and name no outlet of their own.
    /// </summary>
    private static string? Outlet(ArticleLayout layout, string text) =>
        layout.Get(FrontMatterKeys.Outlet) ?? layout.Get(FrontMatterKeys.Publication) ?? layout.Get(FrontMatterKeys.Publisher)
        ?? layout.Outlet?.Of(text) ?? layout.Get(FrontMatterKeys.Source);

    /// <summary>Layout and everything else before analysis.</summary>
    internal static Prepared Prepare(string path, string text, ExtractionOptions? options)
    {
        options ??= ExtractionOptions.Default;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1);
        }

        var lines = LineMap.Build(text);
        var diagnostics = new DiagnosticBag(lines);
        var fileName = FileName(path);

        if (IsBlank(text))
        {
            diagnostics.Add(DiagnosticCatalog.EmptyArticle, 0, 0);
            var empty = new ArticleLayout(null, new FrontMatterEntry[0], null, null, null, new TextSpan[0]);
            return new Prepared(new ExtractedArticle(path, text, fileName, fileName, null, null, null, empty, new ExtractedActor[0], new ExtractedEvent[0], diagnostics.Items));
        }

        ReportUncleanText(text, diagnostics);
        var layout = CapFrontMatter(ArticleLayoutParser.Parse(text, lines, diagnostics), lines, options, diagnostics);

        var title = layout.Get(FrontMatterKeys.Title) ?? layout.Get(FrontMatterKeys.Headline) ?? layout.Title?.Of(text);
        if (title is null)
        {
            diagnostics.Add(DiagnosticCatalog.NoHeadline, 0, 0);
            title = fileName;
        }
        else if (title.Length > Math.Max(1, options.MaxLineChars))
        {
            // A one-line file's headline is the whole line. Title is a string of its own (in generated code, a
            // string literal: the assembly's string heap holds 16 MB in all), so it is cut; NEWS010 reports the line.
            title = Cut(title, Math.Max(1, options.MaxLineChars));
        }

        var id = layout.Get(FrontMatterKeys.Id);
        if (string.IsNullOrEmpty(id))
        {
            id = fileName;
        }

        DateTime? published = null;
        var dateText = layout.Get(FrontMatterKeys.Date) ?? layout.Get(FrontMatterKeys.Published);
        if (dateText != null && DateParser.TryParse(dateText, out var date))
        {
            published = date;
        }

        var regions = Regions(text, lines, layout, options, diagnostics);
        var document = new AnalysisDocument(text, lines, layout, regions, published, options, diagnostics);
        return new Prepared(path, id!, title, published, document);
    }

    /// <summary>Front matter values longer than a line may be are cut (the whole line stays in the text), with NEWS005.</summary>
    [MethodImpl(Hot.Path)]
    private static ArticleLayout CapFrontMatter(ArticleLayout layout, LineMap lines, ExtractionOptions options, DiagnosticBag diagnostics)
    {
        var max = Math.Max(1, options.MaxLineChars);
        List<FrontMatterEntry>? capped = null;
        for (var i = 0; i < layout.FrontMatterEntries.Count; i++)
        {
            var e = layout.FrontMatterEntries[i];
            if (e.Value.Length > max)
            {
                capped ??= new List<FrontMatterEntry>(layout.FrontMatterEntries);
                capped[i] = new FrontMatterEntry(e.Key, Cut(e.Value, max), e.Line);
                diagnostics.Add(
                    DiagnosticCatalog.InvalidFrontMatter, lines.Start(e.Line - 1), 0,
                    "the value of '" + e.Key + "' has " + e.Value.Length + " characters, over the limit of " + max
                    + " (NewswireMaxLineChars); only the first part is used, the whole line stays in the text");
            }
        }

        return capped is null
            ? layout
            : new ArticleLayout(layout.FrontMatter, capped, layout.Outlet, layout.Section, layout.Title, layout.Paragraphs, layout.WriterPlace);
    }

    /// <summary>At most <paramref name="max"/> characters, at a word boundary when there is one, never inside a surrogate pair.</summary>
    private static string Cut(string value, int max)
    {
        var end = max;
        var space = value.LastIndexOf(' ', max - 1, max);
        if (space > max / 2)
        {
            end = space;
        }
        else if (char.IsHighSurrogate(value[end - 1]) && end > 1)
        {
            end--;
        }

        return value.Substring(0, end);
    }

    /// <summary>The file name without folder and extension, the article's default id.</summary>
    public static string FileName(string path) => ArticlePath.FileName(path);

    [MethodImpl(Hot.Path)]
    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(Hot.Path)]
    private static void ReportUncleanText(string text, DiagnosticBag diagnostics)
    {
        for (var i = SkipPrintableAscii(text, 0); i < text.Length; i = SkipPrintableAscii(text, i + 1))
        {
            var c = text[i];
            if ((c >= '\u00A0' && c < '\uD800') || c == '\n')
            {
                continue; // BMP text below the surrogates and line ends: none of the cases below
            }

            string? what = null;
            if (c == '\0')
            {
                what = "NUL characters (binary content?)";
            }
            else if (c == '\uFFFD')
            {
                what = "bytes that are not valid UTF-8 (shown as U+FFFD)";
            }
            else if (char.IsControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v')
            {
                what = "control characters (U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + ")";
            }
            else if (char.IsHighSurrogate(c) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])))
            {
                what = "an unpaired surrogate code unit";
            }
            else if (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1])))
            {
                what = "an unpaired surrogate code unit";
            }

            if (what != null)
            {
                diagnostics.Add(DiagnosticCatalog.InvalidText, i, 1, what);
                return; // one report per article is enough to point at the problem
            }
        }
    }

    // The first index from i on whose character is not printable ASCII (nearly every character of news text is): a
    // loop with no call in it, so the string's length stays in a register and the index needs no bounds check.
    [MethodImpl(Hot.Path)]
    internal static int SkipPrintableAscii(string text, int i)
    {
        for (; i < text.Length; i++)
        {
            if ((uint)(text[i] - ' ') > '~' - ' ')
            {
                break;
            }
        }

        return i;
    }

    [MethodImpl(Hot.Path)]
    private static List<TextSpan> Regions(string text, LineMap lines, ArticleLayout layout, ExtractionOptions options, DiagnosticBag diagnostics)
    {
        var regions = new List<TextSpan>();
        var limit = Math.Min(text.Length, Math.Max(0, options.MaxArticleChars));
        if (text.Length > options.MaxArticleChars)
        {
            diagnostics.Add(DiagnosticCatalog.ArticleTooLarge, 0, 0, text.Length, options.MaxArticleChars);
        }

        var reportedLongLine = false;
        void Add(TextSpan span)
        {
            // Split at lines so an over-long line is skipped without losing its neighbours.
            var first = lines.IndexOf(span.Start);
            var last = lines.IndexOf(Math.Max(span.Start, span.End - 1));
            var runStart = -1;
            var runEnd = -1;
            for (var line = first; line <= last; line++)
            {
                var s = Math.Max(span.Start, lines.Start(line));
                var e = Math.Min(span.End, lines.ContentEnd(line));
                if (e - s > options.MaxLineChars)
                {
                    if (!reportedLongLine)
                    {
                        reportedLongLine = true;
                        diagnostics.Add(DiagnosticCatalog.LineTooLong, lines.Start(line), 0, line + 1, e - s, options.MaxLineChars);
                    }

                    Flush(ref runStart, runEnd);
                    continue;
                }

                if (runStart < 0)
                {
                    runStart = s;
                }

                runEnd = e;
            }

            Flush(ref runStart, runEnd);
        }

        void Flush(ref int runStart, int runEnd)
        {
            if (runStart >= 0)
            {
                var end = Math.Min(runEnd, limit);
                if (end > runStart)
                {
                    regions.Add(new TextSpan(runStart, end - runStart));
                }
            }

            runStart = -1;
        }

        if (layout.Title is { } title)
        {
            Add(title);
        }

        if (layout.WriterPlace is { } place)
        {
            Add(place); // the dateline of a byline's place line: its place is named there
        }

        var paragraphs = layout.Paragraphs;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            Add(paragraphs[p]); // indexed: foreach over the interface would box an enumerator per article
        }

        return regions;
    }
}
