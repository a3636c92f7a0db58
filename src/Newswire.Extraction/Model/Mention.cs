using System;

namespace Newswire.Extraction.Model;

/// <summary>Where an actor is named: a span of the article text and its 1-based line and column.</summary>
public readonly struct MentionSpan : IEquatable<MentionSpan>
{
    /// <summary>Creates a mention.</summary>
    public MentionSpan(int start, int length, int line, int column)
        : this(start, length, line, column, MentionForm.Name, 1f)
    {
    }

    /// <summary>Creates a mention with its form and confidence.</summary>
    public MentionSpan(int start, int length, int line, int column, MentionForm form, float confidence)
    {
        Start = start;
        Length = length;
        Line = line;
        Column = column;
        Form = form;
        Confidence = confidence;
    }

    /// <summary>UTF-16 offset into the article text.</summary>
    public int Start { get; }

    /// <summary>Length in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>1-based line.</summary>
    public int Line { get; }

    /// <summary>1-based column (UTF-16 code units).</summary>
    public int Column { get; }

    /// <summary>Name, nominal (a description or group phrase) or pronoun.</summary>
    public MentionForm Form { get; }

    /// <summary>How sure the extractor is that this span refers to its actor, in [0, 1].</summary>
    public float Confidence { get; }

    /// <inheritdoc />
    public bool Equals(MentionSpan other) => Start == other.Start && Length == other.Length && Line == other.Line && Column == other.Column
                                             && Form == other.Form && Confidence.Equals(other.Confidence);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MentionSpan m && Equals(m);

    /// <inheritdoc />
    public override int GetHashCode() => (Start * 397) ^ Length;
}
