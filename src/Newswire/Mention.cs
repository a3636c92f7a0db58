using System;

namespace Newswire;

/// <summary>One place where an actor is named: an article and a span of its text.</summary>
public readonly struct Mention : IEquatable<Mention>
{
    internal Mention(Article article, int start, int length, int line, int column, MentionForm form = MentionForm.Name, float confidence = 1f)
    {
        Form = form;
        Confidence = confidence;
        Article = article;
        Start = start;
        Length = length;
        Line = line;
        Column = column;
    }

    /// <summary>The article.</summary>
    public Article Article { get; }

    /// <summary>UTF-16 offset into <see cref="Newswire.Article.Text"/>.</summary>
    public int Start { get; }

    /// <summary>Length in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>1-based line in the article file.</summary>
    public int Line { get; }

    /// <summary>1-based column in the article file.</summary>
    public int Column { get; }

    /// <summary>Name ("Jair Bolsonaro"), nominal ("the Brazilian president") or pronoun ("he").</summary>
    public MentionForm Form { get; }

    /// <summary>How sure the extractor is that this span refers to the actor, in [0, 1].</summary>
    public float Confidence { get; }

    /// <summary>The mentioned text as written.</summary>
    public string Text => Article.Text.Substring(Start, Length);

    /// <inheritdoc />
    public bool Equals(Mention other) => ReferenceEquals(Article, other.Article) && Start == other.Start && Length == other.Length;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Mention m && Equals(m);

    /// <inheritdoc />
    public override int GetHashCode() => (Start * 397) ^ Length;

    /// <inheritdoc />
    public override string ToString() => Article.SourcePath + "(" + Line + "," + Column + "): " + Text;
}
