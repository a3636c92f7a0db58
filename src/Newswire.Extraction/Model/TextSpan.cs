using System;

namespace Newswire.Extraction.Model;

/// <summary>A range of UTF-16 code units in an article's text (after any byte-order mark).</summary>
public readonly struct TextSpan : IEquatable<TextSpan>
{
    /// <summary>Creates a span.</summary>
    public TextSpan(int start, int length)
    {
        Start = start;
        Length = length;
    }

    /// <summary>Offset of the first code unit.</summary>
    public int Start { get; }

    /// <summary>Number of code units.</summary>
    public int Length { get; }

    /// <summary>Offset just past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>Whether <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>The covered text.</summary>
    public string Of(string text) => text.Substring(Start, Length);

    /// <inheritdoc />
    public bool Equals(TextSpan other) => Start == other.Start && Length == other.Length;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TextSpan s && Equals(s);

    /// <inheritdoc />
    public override int GetHashCode() => (Start * 397) ^ Length;

    /// <inheritdoc />
    public override string ToString() => "[" + Start + ".." + End + ")";
}
