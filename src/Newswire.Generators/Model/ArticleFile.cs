using System;
using Microsoft.CodeAnalysis;

namespace Newswire.Generators.Model;

/// <summary>
/// An AdditionalFile classified as an article, with its per-file metadata overrides. The
/// <see cref="AdditionalText"/> compares by reference: the compiler keeps the instance while the file is unchanged.
/// </summary>
internal sealed class ArticleFile : IEquatable<ArticleFile>
{
    public ArticleFile(AdditionalText file, string? id, string? outlet, string? date)
    {
        File = file;
        Id = id;
        Outlet = outlet;
        Date = date;
    }

    public AdditionalText File { get; }

    /// <summary>Item metadata <c>NewswireId</c>, overriding front matter.</summary>
    public string? Id { get; }

    /// <summary>Item metadata <c>NewswireOutlet</c>.</summary>
    public string? Outlet { get; }

    /// <summary>Item metadata <c>NewswireDate</c>.</summary>
    public string? Date { get; }

    public bool Equals(ArticleFile? other) =>
        other is not null && ReferenceEquals(File, other.File) && Id == other.Id && Outlet == other.Outlet && Date == other.Date;

    public override bool Equals(object? obj) => Equals(obj as ArticleFile);

    public override int GetHashCode() => File.Path.GetHashCode();
}
