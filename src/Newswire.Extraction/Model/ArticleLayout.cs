using System.Collections.Generic;

namespace Newswire.Extraction.Model;

/// <summary>
/// The parts of an article file: front matter, outlet and section lines, headline and paragraphs,
/// each as a span of the full text so nothing is copied and nothing is lost.
/// </summary>
public sealed class ArticleLayout
{
    /// <summary>Creates a layout.</summary>
    public ArticleLayout(
        TextSpan? frontMatter,
        IReadOnlyList<FrontMatterEntry> frontMatterEntries,
        TextSpan? outlet,
        TextSpan? section,
        TextSpan? title,
        IReadOnlyList<TextSpan> paragraphs,
        TextSpan? writerPlace = null)
    {
        FrontMatter = frontMatter;
        FrontMatterEntries = frontMatterEntries;
        Outlet = outlet;
        Section = section;
        Title = title;
        Paragraphs = paragraphs;
        WriterPlace = writerPlace;
    }

    /// <summary>The whole front matter block including its <c>---</c> fences, when present and closed.</summary>
    public TextSpan? FrontMatter { get; }

    /// <summary>Parsed front matter entries in file order.</summary>
    public IReadOnlyList<FrontMatterEntry> FrontMatterEntries { get; }

    /// <summary>The outlet line above the headline ("Miami News, KMIA").</summary>
    public TextSpan? Outlet { get; }

    /// <summary>The section line above the headline ("World News").</summary>
    public TextSpan? Section { get; }

    /// <summary>The headline line.</summary>
    public TextSpan? Title { get; }

    /// <summary>The body paragraphs in order.</summary>
    public IReadOnlyList<TextSpan> Paragraphs { get; }

    /// <summary>
    /// The writer's place on its own line under a byline ("By Staff Reporter" / "New Delhi"), when there is one: no
    /// paragraph, but the story's dateline.
    /// </summary>
    public TextSpan? WriterPlace { get; }

    /// <summary>The value of a front matter key, or null.</summary>
    public string? Get(string key)
    {
        for (var i = FrontMatterEntries.Count - 1; i >= 0; i--)
        {
            if (FrontMatterEntries[i].Key == key)
            {
                return FrontMatterEntries[i].Value;
            }
        }

        return null;
    }
}
