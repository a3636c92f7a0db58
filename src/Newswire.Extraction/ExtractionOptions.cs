using System;

namespace Newswire.Extraction;

/// <summary>Limits and lexicon extensions for extraction. Value-equatable so the generator can cache on it.</summary>
public sealed class ExtractionOptions : IEquatable<ExtractionOptions>
{
    /// <summary>Default <see cref="MaxArticleChars"/>: 4 million characters.</summary>
    public const int DefaultMaxArticleChars = 4_000_000;

    /// <summary>Default <see cref="MaxLineChars"/>: 100,000 characters.</summary>
    public const int DefaultMaxLineChars = 100_000;

    /// <summary>Default <see cref="MaxActorsPerArticle"/>.</summary>
    public const int DefaultMaxActorsPerArticle = 2_000;

    /// <summary>The defaults.</summary>
    public static readonly ExtractionOptions Default = new ExtractionOptions();

    /// <summary>Creates options.</summary>
    public ExtractionOptions(
        int maxArticleChars = DefaultMaxArticleChars,
        int maxLineChars = DefaultMaxLineChars,
        int maxActorsPerArticle = DefaultMaxActorsPerArticle,
        string? lexiconText = null)
    {
        MaxArticleChars = maxArticleChars;
        MaxLineChars = maxLineChars;
        MaxActorsPerArticle = maxActorsPerArticle;
        LexiconText = lexiconText;
    }

    /// <summary>Characters of an article that are analysed for actors and events; the full text is always kept.</summary>
    public int MaxArticleChars { get; }

    /// <summary>Lines longer than this are kept but not analysed.</summary>
    public int MaxLineChars { get; }

    /// <summary>At most this many actors are kept per article.</summary>
    public int MaxActorsPerArticle { get; }

    /// <summary>The consumer's own lexicon file contents (added to and overriding the built-in lexicon), or null.</summary>
    public string? LexiconText { get; }

    /// <inheritdoc />
    public bool Equals(ExtractionOptions? other) =>
        other is not null && MaxArticleChars == other.MaxArticleChars && MaxLineChars == other.MaxLineChars
        && MaxActorsPerArticle == other.MaxActorsPerArticle && string.Equals(LexiconText, other.LexiconText, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ExtractionOptions);

    /// <inheritdoc />
    public override int GetHashCode() => (MaxArticleChars * 397) ^ MaxLineChars ^ (LexiconText?.Length ?? 0);
}
