using System;

namespace Newswire.Extraction.Diagnostics;

/// <summary>One problem found in an article, located by 1-based line and column. Value-equatable.</summary>
public sealed class ArticleDiagnostic : IEquatable<ArticleDiagnostic>
{
    /// <summary>Creates a diagnostic.</summary>
    public ArticleDiagnostic(DiagnosticDefinition definition, string message, int line, int column, int start, int length)
    {
        Definition = definition;
        Message = message;
        Line = line;
        Column = column;
        Start = start;
        Length = length;
    }

    /// <summary>The descriptor data.</summary>
    public DiagnosticDefinition Definition { get; }

    /// <summary>The id, e.g. NEWS003.</summary>
    public string Id => Definition.Id;

    /// <summary>The formatted message.</summary>
    public string Message { get; }

    /// <summary>1-based line.</summary>
    public int Line { get; }

    /// <summary>1-based column.</summary>
    public int Column { get; }

    /// <summary>UTF-16 offset of the located span.</summary>
    public int Start { get; }

    /// <summary>Length of the located span.</summary>
    public int Length { get; }

    /// <inheritdoc />
    public bool Equals(ArticleDiagnostic? other) =>
        other is not null && Id == other.Id && Message == other.Message && Start == other.Start && Length == other.Length && Line == other.Line && Column == other.Column;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ArticleDiagnostic);

    /// <inheritdoc />
    public override int GetHashCode() => (Id.GetHashCode() * 397) ^ Start;

    /// <summary>The compiler's format: <c>(line,col): severity ID: message</c>.</summary>
    public override string ToString() =>
        "(" + Line + "," + Column + "): " + Definition.Severity.ToString().ToLowerInvariant() + " " + Id + ": " + Message;
}
