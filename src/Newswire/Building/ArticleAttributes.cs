using System;
using System.ComponentModel;
using Newswire.Extraction.Wire;

namespace Newswire.Building;

/// <summary>
/// An article's full text, on its generated <c>Articles</c> member. Generated code only.
/// The text lives in an attribute because the compiler stores attribute strings as UTF-8 in the metadata blob
/// heap: no user-string heap limit (CS8103), and far cheaper to compile than a <c>u8</c> literal of the same size.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class ArticleTextAttribute : Attribute
{
    /// <summary>Text as it is.</summary>
    public ArticleTextAttribute(string text) => Text = text;

    /// <summary>Text escaped by the generator because it holds lone surrogates (see <c>SurrogateEscape</c>).</summary>
    public ArticleTextAttribute(string text, bool escaped) => Text = escaped ? SurrogateEscape.Decode(text) : text;

    /// <summary>The article's text.</summary>
    public string Text { get; }
}

/// <summary>
/// An article's extracted data (layout, actors, events) in the compact form of <c>Newswire.Extraction.Codec.ArticleDataCodec</c>, on its generated <c>Articles</c> member. Generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class ArticleDataAttribute : Attribute
{
    /// <summary>Data as it is.</summary>
    public ArticleDataAttribute(string data) => Data = data;

    /// <summary>Data escaped by the generator because it holds lone surrogates.</summary>
    public ArticleDataAttribute(string data, bool escaped) => Data = escaped ? SurrogateEscape.Decode(data) : data;

    /// <summary>The article's data.</summary>
    public string Data { get; }
}

/// <summary>
/// Which actor each generated <c>Actors</c> member stands for: lines of member name, a tab, and the actor's key
/// (see <see cref="Newswire.Actor.Key"/>). One per generated file, on the class rather than on each member,
/// because every attribute costs the compiler and the analyzers of every build. Generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ActorKeysAttribute : Attribute
{
    /// <summary>The map as it is.</summary>
    public ActorKeysAttribute(string map) => Map = map;

    /// <summary>A map escaped by the generator because a key holds lone surrogates.</summary>
    public ActorKeysAttribute(string map, bool escaped) => Map = escaped ? SurrogateEscape.Decode(map) : map;

    /// <summary>Member name, tab, key; one per line.</summary>
    public string Map { get; }
}

/// <summary>
/// The actors the generator merged across the project's articles, one generated file's share (encoded by
/// <see cref="Newswire.Extraction.Dataset.ActorPlanCodec"/>): the runtime builds its actors from these instead of
/// merging again. On the generated <c>Actors</c> class, one per file. Generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ActorDataAttribute : Attribute
{
    /// <summary>The data as it is.</summary>
    public ActorDataAttribute(string data) => Data = data;

    /// <summary>Data escaped by the generator because it holds lone surrogates.</summary>
    public ActorDataAttribute(string data, bool escaped) => Data = escaped ? SurrogateEscape.Decode(data) : data;

    /// <summary>The encoded actors.</summary>
    public string Data { get; }
}
