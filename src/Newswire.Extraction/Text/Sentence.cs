using System;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Text;

/// <summary>Facts about a sentence.</summary>
[Flags]
internal enum SentenceFlags : byte
{
    None = 0,

    /// <summary>The sentence is the article's headline region.</summary>
    Headline = 1,

    /// <summary>Most words are capitalized (a title-case headline): capitals say little about names.</summary>
    TitleCase = 2,

    /// <summary>Letters are (almost) all upper case: capitals say nothing about names.</summary>
    AllCaps = 4,

    /// <summary>The sentence starts a region (headline or paragraph).</summary>
    RegionStart = 8,

    /// <summary>A wire dateline ("RIVERTON (Wire) -"), a sentence of its own before the paragraph's first sentence.</summary>
    Dateline = 16,
}

/// <summary>A sentence: a span of the text and its range of <see cref="TokenizedText.Tokens"/>.</summary>
internal readonly struct Sentence
{
    public Sentence(TextSpan span, int firstToken, int tokenCount, int region, SentenceFlags flags)
    {
        Span = span;
        FirstToken = firstToken;
        TokenCount = tokenCount;
        Region = region;
        Flags = flags;
    }

    /// <summary>From the first token's start to the last token's end.</summary>
    public readonly TextSpan Span;

    /// <summary>Index of the first token in <see cref="TokenizedText.Tokens"/>.</summary>
    public readonly int FirstToken;

    /// <summary>Number of tokens.</summary>
    public readonly int TokenCount;

    /// <summary>Index into <c>AnalysisDocument.Regions</c>.</summary>
    public readonly int Region;

    /// <summary>Headline, title case, all caps.</summary>
    public readonly SentenceFlags Flags;

    /// <summary>Index just past the last token.</summary>
    public int EndToken => FirstToken + TokenCount;

    public bool IsHeadline => (Flags & SentenceFlags.Headline) != 0;

    /// <summary>Capitalization is not informative (title-case or all-caps text).</summary>
    public bool CapsUninformative => (Flags & (SentenceFlags.TitleCase | SentenceFlags.AllCaps)) != 0;

    public override string ToString() => "Sentence " + Span + " tokens " + FirstToken + "+" + TokenCount;
}
