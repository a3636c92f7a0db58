using System;
using System.ComponentModel;
using Newswire.Extraction.Text;

namespace Newswire.Building
{
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
    /// An article's extracted data (layout, actors, events) in the compact form <see cref="ArticleDataReader"/>
    /// reads, on its generated <c>Articles</c> member. Generated code only.
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

    /// <summary>The key of the actor a generated <c>Actors</c> member stands for. Generated code only.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
    public sealed class ActorKeyAttribute : Attribute
    {
        /// <summary>The actor's key as it is.</summary>
        public ActorKeyAttribute(string key) => Key = key;

        /// <summary>A key escaped by the generator because it holds lone surrogates.</summary>
        public ActorKeyAttribute(string key, bool escaped) => Key = escaped ? SurrogateEscape.Decode(key) : key;

        /// <summary>The actor's key (see <see cref="Newswire.Actor.Key"/>).</summary>
        public string Key { get; }
    }
}
