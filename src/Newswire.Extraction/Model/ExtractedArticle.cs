using System.Collections.Generic;
using Newswire.Extraction.Diagnostics;

namespace Newswire.Extraction.Model;

/// <summary>Everything extracted from one article file.</summary>
public sealed class ExtractedArticle
{
    /// <summary>Creates an extraction result.</summary>
    public ExtractedArticle(
        string path,
        string text,
        string id,
        string title,
        string? outlet,
        string? section,
        string? published,
        ArticleLayout layout,
        IReadOnlyList<ExtractedActor> actors,
        IReadOnlyList<ExtractedEvent> events,
        IReadOnlyList<ArticleDiagnostic> diagnostics)
    {
        Path = path;
        Text = text;
        Id = id;
        Title = title;
        Outlet = outlet;
        Section = section;
        Published = published;
        Layout = layout;
        Actors = actors;
        Events = events;
        Diagnostics = diagnostics;
    }

    /// <summary>The path as given.</summary>
    public string Path { get; }

    /// <summary>The full text (after a byte-order mark, if any).</summary>
    public string Text { get; }

    /// <summary>The article id: front matter <c>id</c>, else the file name without extension.</summary>
    public string Id { get; }

    /// <summary>The headline (front matter <c>title</c> wins), empty when none.</summary>
    public string Title { get; }

    /// <summary>The outlet (front matter <c>outlet</c> wins), or null.</summary>
    public string? Outlet { get; }

    /// <summary>The section (front matter <c>section</c> wins), or null.</summary>
    public string? Section { get; }

    /// <summary>Publication date as ISO yyyy-MM-dd, or null when unknown.</summary>
    public string? Published { get; }

    /// <summary>The layout spans.</summary>
    public ArticleLayout Layout { get; }

    /// <summary>Actors of the article, each one real-world identity.</summary>
    public IReadOnlyList<ExtractedActor> Actors { get; }

    /// <summary>Events of the article, in text order.</summary>
    public IReadOnlyList<ExtractedEvent> Events { get; }

    /// <summary>Problems found in the file, located by line and column.</summary>
    public IReadOnlyList<ArticleDiagnostic> Diagnostics { get; }

    /// <summary>The paragraphs as strings.</summary>
    public IEnumerable<string> ParagraphTexts()
    {
        foreach (var p in Layout.Paragraphs)
        {
            yield return p.Of(Text);
        }
    }
}
