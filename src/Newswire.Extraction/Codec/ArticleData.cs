using System;
using System.Collections.Generic;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Codec;

/// <summary>
/// What one article's <c>[ArticleData]</c> string carries: the layout facts, and the engine's own actor and event
/// records (<see cref="ExtractedActor"/>, <see cref="ExtractedEvent"/>), so a new field of theirs needs no other
/// shape in between. <see cref="ArticleDataCodec"/> writes and reads it; the generator writes it from an
/// <see cref="ExtractedArticle"/>, the runtime's <c>DatasetBuilder</c> reads it.
/// </summary>
public sealed class ArticleData
{
    /// <summary>Creates the data of one article.</summary>
    public ArticleData(
        string id,
        bool explicitId,
        string path,
        string title,
        string? outlet,
        string? section,
        string? published,
        IReadOnlyList<int> paragraphs,
        IReadOnlyList<string> frontMatter,
        IReadOnlyList<ExtractedActor> actors,
        IReadOnlyList<ExtractedEvent> events)
    {
        Id = id;
        ExplicitId = explicitId;
        Path = path;
        Title = title;
        Outlet = outlet;
        Section = section;
        Published = published;
        Paragraphs = paragraphs;
        FrontMatter = frontMatter;
        Actors = actors;
        Events = events;
    }

    /// <summary>The article's id.</summary>
    public string Id { get; }

    /// <summary>Whether the id was given (front matter or item metadata) rather than made from the file name.</summary>
    public bool ExplicitId { get; }

    /// <summary>The path, relative to the project where it is inside it.</summary>
    public string Path { get; }

    /// <summary>The headline.</summary>
    public string Title { get; }

    /// <summary>The outlet, or null.</summary>
    public string? Outlet { get; }

    /// <summary>The section, or null.</summary>
    public string? Section { get; }

    /// <summary>The date as yyyy-MM-dd, or null.</summary>
    public string? Published { get; }

    /// <summary>Start/length pairs of the paragraphs in the text.</summary>
    public IReadOnlyList<int> Paragraphs { get; }

    /// <summary>Key/value pairs of the front matter.</summary>
    public IReadOnlyList<string> FrontMatter { get; }

    /// <summary>The actors, in the article's order (events refer to them by index).</summary>
    public IReadOnlyList<ExtractedActor> Actors { get; }

    /// <summary>The events.</summary>
    public IReadOnlyList<ExtractedEvent> Events { get; }

    /// <summary>
    /// The data of an extraction result; <paramref name="id"/>, <paramref name="outlet"/> and
    /// <paramref name="published"/> override the article's own (item metadata), when given.
    /// </summary>
    public static ArticleData From(ExtractedArticle article, string? id = null, string? outlet = null, string? published = null)
    {
        var layout = article.Layout;
        var paragraphs = new int[layout.Paragraphs.Count * 2];
        for (var i = 0; i < layout.Paragraphs.Count; i++)
        {
            paragraphs[2 * i] = layout.Paragraphs[i].Start;
            paragraphs[(2 * i) + 1] = layout.Paragraphs[i].Length;
        }

        var frontMatter = new List<string>();
        foreach (var e in layout.FrontMatterEntries)
        {
            frontMatter.Add(e.Key);
            frontMatter.Add(e.Value);
        }

        return new ArticleData(
            id ?? article.Id,
            id != null || layout.Get("id") != null,
            article.Path,
            article.Title,
            outlet ?? article.Outlet,
            article.Section,
            published ?? article.Published,
            paragraphs,
            frontMatter.ToArray(),
            article.Actors,
            article.Events);
    }

    /// <summary>A confidence in [0, 1] as the per-mille integer the data carries.</summary>
    public static int PerMille(float confidence) => (int)Math.Round(Math.Max(0f, Math.Min(1f, confidence)) * 1000f);
}
