using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Newswire.Generators.Model;

/// <summary>
/// A diagnostic as plain equatable data (descriptor id, message, file location), so it can ride in cached
/// pipeline models; turned into a Roslyn <see cref="Diagnostic"/> only when reported.
/// </summary>
internal sealed class DiagnosticInfo : IEquatable<DiagnosticInfo>
{
    public DiagnosticInfo(string id, string message, string? path, int start, int length, int line, int column)
    {
        Id = id;
        Message = message;
        Path = path;
        Start = start;
        Length = length;
        Line = line;
        Column = column;
    }

    public string Id { get; }

    public string Message { get; }

    /// <summary>File the diagnostic points into; null for project-wide ones.</summary>
    public string? Path { get; }

    public int Start { get; }

    public int Length { get; }

    /// <summary>1-based line.</summary>
    public int Line { get; }

    /// <summary>1-based column.</summary>
    public int Column { get; }

    public Diagnostic ToDiagnostic()
    {
        var descriptor = Diagnostics.DiagnosticDescriptors.ById(Id);
        var location = Path is null
            ? Location.None
            : Location.Create(
                Path,
                new TextSpan(Start, Length),
                new LinePositionSpan(new LinePosition(Line - 1, Column - 1), new LinePosition(Line - 1, Column - 1 + Length)));
        return Diagnostic.Create(descriptor, location, Message);
    }

    public bool Equals(DiagnosticInfo? other) =>
        other is not null && Id == other.Id && Message == other.Message && Path == other.Path
        && Start == other.Start && Length == other.Length && Line == other.Line && Column == other.Column;

    public override bool Equals(object? obj) => Equals(obj as DiagnosticInfo);

    public override int GetHashCode() => (Id.GetHashCode() * 397) ^ Message.GetHashCode() ^ Start;
}
