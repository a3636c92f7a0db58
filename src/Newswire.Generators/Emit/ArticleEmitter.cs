using System.Globalization;
using System.Text;
using Newswire.Extraction.Wire;
using Newswire.Generators.Model;

namespace Newswire.Generators.Emit;

/// <summary>
/// Writes the code of one article (or of a shard of articles, see <see cref="Shards"/>): its <c>Articles</c>
/// member with the hover docs, carrying the text and the extracted data as two attribute strings, which the
/// compiler stores as UTF-8 in the metadata blob heap: nothing in the user-string heap (CS8103), one token each to
/// compile, read by the runtime on first use.
/// </summary>
internal static class ArticleEmitter
{
    /// <summary>One generated file for one article or a shard of them; articles without code (empty ones) are skipped.</summary>
    public static string Emit(EquatableArray<ArticleOutput> articles, EmitOptions options)
    {
        var size = 1024;
        foreach (var a in articles)
        {
            size += a.Article.Text.Length + 4096;
        }

        var w = new SourceWriter(size);
        Header(w, options);
        w.Open("namespace " + options.Namespace);
        w.Open(options.Visibility + " static partial class Articles");
        var first = true;
        foreach (var a in articles)
        {
            if (!string.IsNullOrWhiteSpace(a.Article.Text))
            {
                if (!first)
                {
                    w.Line();
                }

                Member(w, a);
                first = false;
            }
        }

        w.Close();
        w.Close();
        return w.ToString();
    }

    // The Articles member: the headline, lede and facts as its hover docs, the text and the extracted data as its
    // attributes, and no initializer (the runtime sets it from the class's static constructor, see
    // GeneratedDataset): a declaration is far cheaper for the compiler, and for the analyzers that run on every
    // build, than an initializer or a getter per member.
    private static void Member(SourceWriter w, ArticleOutput output)
    {
        var a = output.Article;
        w.Line("/// <summary>");
        w.Line("/// <b>" + Literals.XmlDoc(a.Title, 200) + "</b>");
        var lede = a.Lede;
        if (lede.Length > 0)
        {
            w.Line("/// <para>" + Literals.XmlDoc(lede.Length > 400 ? lede.Substring(0, 400) : lede) + "</para>");
        }

        var facts = new StringBuilder();
        if (a.Outlet != null)
        {
            facts.Append(Literals.XmlDoc(a.Outlet, 80)).Append(" \u00B7 ");
        }

        facts.Append(Literals.XmlDoc(a.Path, 200)).Append(" \u00B7 ")
            .Append(Count(a.Paragraphs.Count / 2, "paragraph")).Append(" \u00B7 ")
            .Append(Count(a.Actors.Count, "actor")).Append(" \u00B7 ")
            .Append(Count(a.Events.Count, "event"));
        w.Line("/// <para>" + facts + "</para>");
        w.Line("/// </summary>");
        Attribute(w, "ArticleText", a.Text);
        Attribute(w, "ArticleData", Meta(a));
        w.Line("public static readonly global::Newswire.Article " + IndexEmitter.Member(output.Member, "Article__" + a.Suffix) + ";");
    }

    /// <summary>
    /// Writes <c>[global::Newswire.Building.{name}("...")]</c>. Text that UTF-8 cannot hold (lone surrogates) is
    /// escaped losslessly; the attribute undoes it.
    /// </summary>
    internal static void Attribute(SourceWriter w, string name, string content)
    {
        var escaped = SurrogateEscape.IsNeeded(content);
        w.StartLine().Append("[global::Newswire.Building." + name + "(");
        Literals.AppendString(w.Builder, escaped ? SurrogateEscape.Encode(content) : content);
        w.Append(escaped ? ", true)]" : ")]").Line();
    }

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");

    /// <summary>
    /// The article's fields, actors and events in the compact form the runtime's <c>ArticleDataReader</c> takes:
    /// integers as decimal digits ended by ',', strings as their UTF-16 length, ':' and the characters (null: '~'),
    /// arrays as their count then the items. See <c>ArticleDataReader</c> for the order.
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
            Int(sb, actor.Confidence);
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
            Int(sb, e.ConfidencePermille);
        }

        Places(sb, a);
        return sb.ToString();
    }

    // After the events: the number of actors with a place, then per one its index, GeoNames id, kind, name, country,
    // admin1, latitude and longitude (round-trip invariant strings, null without a point).
    private static void Places(StringBuilder sb, ArticleModel a)
    {
        var count = 0;
        foreach (var actor in a.Actors)
        {
            count += actor.Place is null ? 0 : 1;
        }

        Int(sb, count);
        for (var i = 0; i < a.Actors.Count; i++)
        {
            if (a.Actors[i].Place is { } p)
            {
                Int(sb, i);
                Int(sb, p.GeoNamesId);
                Int(sb, (int)p.Kind);
                Str(sb, p.Name);
                Str(sb, p.Country);
                Str(sb, p.Admin1);
                Str(sb, p.Latitude?.ToString("R", CultureInfo.InvariantCulture));
                Str(sb, p.Longitude?.ToString("R", CultureInfo.InvariantCulture));
            }
        }
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

    internal static void Header(SourceWriter w, EmitOptions options)
    {
        w.Line("// <auto-generated/>");
        w.Line("// Generated by Newswire from the project's articles. Do not edit: change the article instead.");
        w.Line(options.Nullable ? "#nullable enable" : "");

        // Members without initializers are set by the runtime (see GeneratedDataset); internal ones would warn.
        w.Line("#pragma warning disable CS0649");
        w.Line();
    }
}
