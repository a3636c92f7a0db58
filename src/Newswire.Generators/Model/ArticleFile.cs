using System;

namespace Newswire.Generators.Model;

/// <summary>
/// An AdditionalFile classified as an article: its path, its text (read once, when the compiler hands over a new
/// file), a hash of that text and the per-file metadata overrides. Plain values only, no compiler
/// <c>AdditionalText</c>: equal when the path, metadata and text are, compared by the hash first.
/// </summary>
internal sealed class ArticleFile : IEquatable<ArticleFile>
{
    public ArticleFile(string path, string? text, string? failure, string? id, string? outlet, string? date)
    {
        Path = path;
        Text = text;
        Failure = failure;
        ContentHash = Hash(text);
        Id = id;
        Outlet = outlet;
        Date = date;
    }

    /// <summary>The file's path as the compiler gives it.</summary>
    public string Path { get; }

    /// <summary>The file's text, or null when it could not be read (see <see cref="Failure"/>).</summary>
    public string? Text { get; }

    /// <summary>Why the text could not be read (an exception's type and message), or null.</summary>
    public string? Failure { get; }

    /// <summary>64-bit FNV-1a of the text (0 without text).</summary>
    public ulong ContentHash { get; }

    /// <summary>Item metadata <c>NewswireId</c>, overriding front matter.</summary>
    public string? Id { get; }

    /// <summary>Item metadata <c>NewswireOutlet</c>.</summary>
    public string? Outlet { get; }

    /// <summary>Item metadata <c>NewswireDate</c>.</summary>
    public string? Date { get; }

    public bool Equals(ArticleFile? other) =>
        other is not null && ContentHash == other.ContentHash && Path == other.Path && Id == other.Id && Outlet == other.Outlet
        && Date == other.Date && Failure == other.Failure && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as ArticleFile);

    public override int GetHashCode() => ContentHash.GetHashCode() ^ Path.GetHashCode();

    private static ulong Hash(string? text)
    {
        if (text is null)
        {
            return 0;
        }

        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
