using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Newswire.Extraction.Dataset;
using Newswire.Generators.Model;

namespace Newswire.Generators.Emit
{
    /// <summary>
    /// Writes the cross-article API: <c>Articles</c>, <c>Actors</c>, <c>Events</c> and the dataset that builds
    /// them on first use. One member per article and per actor, each with hover docs; no article text here.
    /// </summary>
    internal static class IndexEmitter
    {
        public static string Emit(IReadOnlyList<ArticleSummary> articles, DatasetPlan plan, GeneratorSettings settings, LanguageSupport language)
        {
            var w = new SourceWriter(4096 + (articles.Count * 700) + (plan.Actors.Count * 300));
            var ns = settings.Namespace;
            var data = "global::" + ns + ".NewswireData.Dataset";
            var visibility = settings.IsPublic ? "public" : "internal";
            var nullable = language.Nullable ? "?" : "";
            ArticleEmitter.Header(w, language);
            w.Open("namespace " + ns);

            w.Line("/// <summary>The project's articles: one member per article file, plus <see cref=\"All\"/> and <see cref=\"ById\"/>.</summary>");
            w.Open(visibility + " static partial class Articles");
            for (var i = 0; i < articles.Count; i++)
            {
                var a = articles[i];
                w.Line("/// <summary>");
                w.Line("/// <b>" + Literals.XmlDoc(a.Title, 200) + "</b>");
                if (a.Lede.Length > 0)
                {
                    w.Line("/// <para>" + Literals.XmlDoc(a.Lede) + "</para>");
                }

                var facts = new StringBuilder();
                if (a.Outlet != null)
                {
                    facts.Append(Literals.XmlDoc(a.Outlet, 80)).Append(" \u00B7 ");
                }

                facts.Append(Literals.XmlDoc(a.Path, 200)).Append(" \u00B7 ")
                    .Append(Count(a.ParagraphCount, "paragraph")).Append(" \u00B7 ")
                    .Append(Count(a.Actors.Count, "actor")).Append(" \u00B7 ")
                    .Append(Count(a.EventCount, "event"));
                w.Line("/// <para>" + facts + "</para>");
                w.Line("/// </summary>");
                w.Line("public static global::Newswire.Article " + Member(plan.ArticleIdentifiers[i], "Article__" + a.Suffix) + " => " + data + ".Articles[" + Int(i) + "];");
                w.Line();
            }

            w.Line("/// <summary>Every article, ordered by path.</summary>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::Newswire.Article> All => " + data + ".Articles;");
            w.Line();
            w.Line("/// <summary>The article with this id (front matter <c>id</c>, else the file name), or null.</summary>");
            w.Line("/// <param name=\"id\">The article id.</param>");
            w.Line("public static global::Newswire.Article" + nullable + " ById(string id) => " + data + ".FindArticle(id);");
            w.Close();
            w.Line();

            w.Line("/// <summary>Every named person, organization and location of the project's articles, one identity each.</summary>");
            w.Open(visibility + " static partial class Actors");
            for (var i = 0; i < plan.Actors.Count; i++)
            {
                var actor = plan.Actors[i];
                var about = new StringBuilder();
                about.Append("<b>").Append(Literals.XmlDoc(actor.Name, 120)).Append("</b> \u2014 ").Append(actor.Kind.ToString());
                if (actor.Country != null)
                {
                    about.Append(", ").Append(Literals.XmlDoc(actor.Country, 10));
                }

                if (actor.Roles.Count > 0)
                {
                    about.Append(", ").Append(Literals.XmlDoc(string.Join(", ", actor.Roles), 120));
                }

                about.Append('.');
                if (actor.Aliases.Count > 0)
                {
                    about.Append(" Also ");
                    for (var j = 0; j < actor.Aliases.Count && j < 5; j++)
                    {
                        about.Append(j == 0 ? "" : ", ").Append("&quot;").Append(Literals.XmlDoc(actor.Aliases[j], 80)).Append("&quot;");
                    }

                    about.Append('.');
                }

                about.Append(" Mentioned in ").Append(Count(actor.Articles.Count, "article")).Append('.');
                w.Line("/// <summary>" + about + "</summary>");
                w.Line("public static global::Newswire.Actor " + Member(actor.Identifier, "Actor__" + Int(i)) + " => " + data + ".Actors[" + Int(i) + "];");
                w.Line();
            }

            w.Line("/// <summary>Every actor, in order of first appearance.</summary>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::Newswire.Actor> All => " + data + ".Actors;");
            w.Line();
            w.Line("/// <summary>The actor with this name or alias (case-insensitive), or null.</summary>");
            w.Line("/// <param name=\"nameOrAlias\">A name such as \"Vladimir Putin\" or an alias such as \"Putin\".</param>");
            w.Line("public static global::Newswire.Actor" + nullable + " ByName(string nameOrAlias) => " + data + ".FindActor(nameOrAlias);");
            w.Close();
            w.Line();

            w.Line("/// <summary>Every CAMEO-coded event of the project's articles.</summary>");
            w.Open(visibility + " static partial class Events");
            w.Line("/// <summary>Every event, article by article in text order.</summary>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::Newswire.Event> All => " + data + ".Events;");
            w.Close();
            w.Line();

            w.Line("/// <summary>Builds the dataset from the generated article data on first use.</summary>");
            w.Open("internal static partial class NewswireData");
            w.Line("private static global::Newswire.Dataset" + nullable + " s_dataset;");
            w.Line();
            w.Line("/// <summary>The whole dataset; built once, thread-safe.</summary>");
            w.Line("internal static global::Newswire.Dataset Dataset => global::System.Threading.LazyInitializer.EnsureInitialized(ref s_dataset, Build);");
            w.Line();
            w.Open("private static global::Newswire.Dataset Build()");
            w.Line("var builder = new global::Newswire.Building.DatasetBuilder();");
            foreach (var a in articles)
            {
                w.Line("Article_" + a.Suffix + ".Add(builder);");
            }

            w.Line("return builder.Build();");
            w.Close();
            w.Line();
            DataEmitter.AppendReader(w, language);
            w.Close();
            w.Close();
            return w.ToString();
        }

        /// <summary>
        /// The planned member name when it is a usable identifier, else a fallback no planned name can take
        /// (planned names never hold "__"): the one place article text shapes code outside a literal.
        /// </summary>
        internal static string Member(string planned, string fallback) =>
            planned.Length <= MaxIdentifierLength && SyntaxFacts.IsValidIdentifier(planned) && SyntaxFacts.GetKeywordKind(planned) == SyntaxKind.None
            && !HasInvisible(planned)
                ? planned
                : fallback;

        // C# allows format characters (zero-width space, bidi marks) inside identifiers; a name must look like what it is.
        private static bool HasInvisible(string name)
        {
            foreach (var c in name)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
                {
                    return true;
                }
            }

            return false;
        }

        // The compiler rejects longer identifiers (CS0645 at 512); stay well below.
        private const int MaxIdentifierLength = 200;

        private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Count(int n, string noun) => Int(n) + " " + noun + (n == 1 ? "" : "s");
    }
}
