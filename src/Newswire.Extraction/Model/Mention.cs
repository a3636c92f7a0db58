using System;

namespace Newswire.Extraction.Model
{
    /// <summary>Where an actor is named: a span of the article text and its 1-based line and column.</summary>
    public readonly struct MentionSpan : IEquatable<MentionSpan>
    {
        /// <summary>Creates a mention.</summary>
        public MentionSpan(int start, int length, int line, int column)
        {
            Start = start;
            Length = length;
            Line = line;
            Column = column;
        }

        /// <summary>UTF-16 offset into the article text.</summary>
        public int Start { get; }

        /// <summary>Length in UTF-16 code units.</summary>
        public int Length { get; }

        /// <summary>1-based line.</summary>
        public int Line { get; }

        /// <summary>1-based column (UTF-16 code units).</summary>
        public int Column { get; }

        /// <inheritdoc />
        public bool Equals(MentionSpan other) => Start == other.Start && Length == other.Length && Line == other.Line && Column == other.Column;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is MentionSpan m && Equals(m);

        /// <inheritdoc />
        public override int GetHashCode() => (Start * 397) ^ Length;
    }
}
