using System;
using System.Collections.Generic;
using System.IO;
using Newswire.Extraction;

namespace Newswire;

/// <summary>A news article: its layout, full text, and the actors and events read from it.</summary>
public sealed class Article
{
    private readonly Func<string> _textFactory;
    private readonly int[] _paragraphSpans;
    private string? _text;
    private IReadOnlyList<string>? _paragraphs;

    internal readonly List<Actor> ActorList = new List<Actor>();
    internal readonly List<Event> EventList = new List<Event>();

    internal Article(
        string id,
        string sourcePath,
        string title,
        string? outlet,
        string? section,
        DateTime? published,
        Func<string> text,
        int[] paragraphSpans,
        IReadOnlyDictionary<string, string> frontMatter)
    {
        Id = id;
        SourcePath = sourcePath;
        Title = title;
        Outlet = outlet;
        Section = section;
        Published = published;
        _textFactory = text;
        _paragraphSpans = paragraphSpans;
        FrontMatter = frontMatter;
    }

    /// <summary>The article id: front matter <c>id</c>, else the file name without extension.</summary>
    public string Id { get; }

    /// <summary>The headline.</summary>
    public string Title { get; }

    /// <summary>The outlet ("Miami News, KMIA"), when the article names one.</summary>
    public string? Outlet { get; }

    /// <summary>The outlet's section ("World News"), when the article names one.</summary>
    public string? Section { get; }

    /// <summary>Publication date, when known (front matter <c>date</c>).</summary>
    public DateTime? Published { get; }

    /// <summary>The path of the article file, relative to the project.</summary>
    public string SourcePath { get; }

    /// <summary>The file's full text, exactly as read (without a byte-order mark). Decoded on first use.</summary>
    public string Text => _text ??= _textFactory();

    /// <summary>The body paragraphs.</summary>
    public IReadOnlyList<string> Paragraphs => _paragraphs ??= SliceParagraphs();

    /// <summary>The first paragraph, or an empty string.</summary>
    public string Lede => Paragraphs.Count > 0 ? Paragraphs[0] : "";

    /// <summary>Front matter entries (keys lower-cased).</summary>
    public IReadOnlyDictionary<string, string> FrontMatter { get; }

    /// <summary>The actors the article names, each the dataset-wide identity.</summary>
    public IReadOnlyList<Actor> Actors => ActorList;

    /// <summary>The events read from the article, in text order.</summary>
    public IReadOnlyList<Event> Events => EventList;

    /// <summary>
    /// Reads an article from text with the same engine the source generator uses, so an article that
    /// arrives after compile time gives the records the generator would have built.
    /// </summary>
    /// <param name="text">The article text.</param>
    /// <param name="sourcePath">Path used for the id (file name) and <see cref="SourcePath"/>.</param>
    public static Article Parse(string text, string sourcePath = "article.txt")
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var builder = new Building.DatasetBuilder();
        builder.Add(ArticleExtractor.Extract(sourcePath, text));
        return builder.Build().Articles[0];
    }

    /// <summary>Reads an article file (UTF-8, or UTF-16 with a byte-order mark) with the generator's engine.</summary>
    /// <exception cref="InvalidDataException">The file is binary, as the compiler would judge it.</exception>
    public static Article Load(string path)
    {
        var text = ArticleText.Decode(File.ReadAllBytes(path));
        if (ArticleText.IsBinary(text))
        {
            throw new InvalidDataException(path + " looks binary (two NUL characters in a row); articles must be text.");
        }

        return Parse(text, path);
    }

    /// <inheritdoc />
    public override string ToString() => Title;

    private IReadOnlyList<string> SliceParagraphs()
    {
        var text = Text;
        var result = new string[_paragraphSpans.Length / 2];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = text.Substring(_paragraphSpans[2 * i], _paragraphSpans[(2 * i) + 1]);
        }

        return result;
    }
}
