using System.Globalization;
using System.Text;
using Newswire.Generators.Model;

namespace Newswire.Generators.Emit
{
    /// <summary>
    /// Writes one article's file: its text and its extracted data as two UTF-8 blobs (decoded on first use,
    /// never in the user-string heap, one token each for the compiler) and a method that hands them to the
    /// runtime builder through the reader <see cref="DataEmitter"/> writes once per project.
    /// </summary>
    internal static class ArticleEmitter
    {
        public static string Emit(ArticleModel a, string ns, LanguageSupport language)
        {
            var w = new SourceWriter(a.Text.Length + 2048);
            Header(w, language);
            w.Open("namespace " + ns);
            w.Open("internal static partial class NewswireData");
            Members(w, a, language);
            w.Close();
            w.Close();
            return w.ToString();
        }

        /// <summary>
        /// One file for a group of articles (see <see cref="Shards"/>): the same members as <see cref="Emit"/> writes
        /// for each of them, so large corpora get a bounded number of generated files.
        /// </summary>
        public static string EmitShard(EquatableArray<ArticleModel> articles, string ns, LanguageSupport language)
        {
            var size = 1024;
            foreach (var a in articles)
            {
                size += a.Text.Length + 1024;
            }

            var w = new SourceWriter(size);
            Header(w, language);
            w.Open("namespace " + ns);
            w.Open("internal static partial class NewswireData");
            for (var i = 0; i < articles.Count; i++)
            {
                if (i > 0)
                {
                    w.Line();
                }

                Members(w, articles[i], language);
            }

            w.Close();
            w.Close();
            return w.ToString();
        }

        // Each article's members live in a nested class of their own: the compiler's emit does work per method
        // that grows with the number of methods in the same type, which made one type holding every article's
        // members the slowest part of building a large corpus.
        private static void Members(SourceWriter w, ArticleModel a, LanguageSupport language)
        {
            w.Open("internal static class Article_" + a.Suffix);

            // The text and everything extracted from it are two UTF-8 blobs: one token each for the compiler,
            // nothing in the user-string heap, decoded by DataEmitter's reader on first use.
            var text = Blob(w, "Text", a.Text, language);
            w.Line();
            var data = Blob(w, "Meta", Meta(a), language);
            w.Line();
            w.Line("internal static void Add(global::Newswire.Building.DatasetBuilder builder) => Load(builder, () => " + text + ", " + data + ");");
            w.Close();
        }

        /// <summary>
        /// Writes <paramref name="content"/> as a member named <paramref name="name"/> and returns the expression that
        /// reads it back as a string: a <c>u8</c> literal (C# 11+), a byte array in its own class (so it is only
        /// allocated when read) before that, or a plain string literal for text that UTF-8 cannot hold (lone surrogates).
        /// </summary>
        private static string Blob(SourceWriter w, string name, string content, LanguageSupport language)
        {
            if (!Literals.IsWellFormedUtf16(content))
            {
                return Literals.String(content);
            }

            if (language.Utf8Literals)
            {
                w.StartLine().Append("private static global::System.ReadOnlySpan<byte> " + name + " => ");
                Literals.AppendString(w.Builder, content);
                w.Append("u8;").Line();
                return "global::System.Text.Encoding.UTF8.GetString(" + name + ")";
            }

            w.Open("private static class " + name);
            w.StartLine().Append("internal static readonly byte[] Data = new byte[] { ");
            var bytes = Encoding.UTF8.GetBytes(content);
            var sb = w.Builder;
            for (var i = 0; i < bytes.Length; i++)
            {
                if (i > 0)
                {
                    sb.Append(i % 64 == 0 ? ",\n            " : ",");
                }

                sb.Append(bytes[i].ToString(CultureInfo.InvariantCulture));
            }

            w.Append(" };").Line();
            w.Close();
            return "global::System.Text.Encoding.UTF8.GetString(" + name + ".Data)";
        }

        /// <summary>
        /// The article's fields, actors and events in the compact form <see cref="DataEmitter"/>'s reader takes:
        /// integers as decimal digits ended by ',', strings as their UTF-16 length, ':' and the characters (null: '~'),
        /// arrays as their count then the items. See <see cref="DataEmitter"/> for the order.
        /// </summary>
        internal static string Meta(ArticleModel a)
        {
            var sb = new StringBuilder(256 + (a.Actors.Count * 64) + (a.Events.Count * 48));
            Str(sb, a.Id);
            Int(sb, a.ExplicitId ? 1 : 0);
            Str(sb, a.Path);
            Str(sb, a.Title);
            Str(sb, a.Outlet);
            Str(sb, a.Section);
            Str(sb, a.Published);
            Ints(sb, a.Paragraphs);
            Strs(sb, a.FrontMatter);
            Int(sb, a.Actors.Count);
            foreach (var actor in a.Actors)
            {
                Str(sb, actor.Name);
                Int(sb, (int)actor.Kind);
                Str(sb, actor.Country);
                Strs(sb, actor.Roles);
                Strs(sb, actor.Aliases);
                Ints(sb, actor.Mentions);
            }

            Int(sb, a.Events.Count);
            foreach (var e in a.Events)
            {
                Str(sb, e.Code);
                Int(sb, e.Agent);
                Ints(sb, e.Counterparts);
                Int(sb, e.Location);
                Str(sb, e.Time);
                Str(sb, e.Date);
                Int(sb, (int)e.Modality);
                Int(sb, e.SentenceStart);
                Int(sb, e.SentenceLength);
                Int(sb, e.TriggerStart);
                Int(sb, e.TriggerLength);
                Int(sb, e.Source);
            }

            return sb.ToString();
        }

        private static void Int(StringBuilder sb, int value) => sb.Append(value.ToString(CultureInfo.InvariantCulture)).Append(',');

        private static void Str(StringBuilder sb, string? value)
        {
            if (value is null)
            {
                sb.Append('~');
                return;
            }

            sb.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
        }

        private static void Ints(StringBuilder sb, EquatableArray<int> values)
        {
            Int(sb, values.Count);
            for (var i = 0; i < values.Count; i++)
            {
                Int(sb, values[i]);
            }
        }

        private static void Strs(StringBuilder sb, EquatableArray<string> values)
        {
            Int(sb, values.Count);
            for (var i = 0; i < values.Count; i++)
            {
                Str(sb, values[i]);
            }
        }

        internal static void Header(SourceWriter w, LanguageSupport language)
        {
            w.Line("// <auto-generated/>");
            w.Line("// Generated by Newswire from the project's articles. Do not edit: change the article instead.");
            w.Line(language.Nullable ? "#nullable enable" : "");
            w.Line();
        }
    }
}
