using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;
using Newswire.Generators.Model;

namespace Newswire.Generators.Emit
{
    /// <summary>
    /// Writes the project-wide part of the API: <c>Articles.All</c>/<c>ById</c>, <c>Actors.All</c>/<c>ByName</c>,
    /// <c>Events.All</c>, and <c>NewswireData</c>, which builds the dataset from the article classes on first use.
    /// Its only per-article input is the list of article classes, so editing an article never changes this file.
    /// </summary>
    internal static class IndexEmitter
    {
        public static string Emit(EquatableArray<string> suffixes, EmitOptions options)
        {
            var w = new SourceWriter(4096 + (suffixes.Count * 100));
            var ns = options.Namespace;
            var data = "global::" + ns + ".NewswireData.Data.Dataset";
            var nullable = options.Nullable ? "?" : "";
            ArticleEmitter.Header(w, options);
            w.Open("namespace " + ns);

            w.Line("/// <summary>The project's articles: one member per article file, plus <see cref=\"All\"/> and <see cref=\"ById\"/>.</summary>");
            w.Open(options.Visibility + " static partial class Articles");
            w.Line("/// <summary>Every article, ordered by path.</summary>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::Newswire.Article> All => " + data + ".Articles;");
            w.Line();
            w.Line("/// <summary>The article with this id (front matter <c>id</c>, else the file name), or null.</summary>");
            w.Line("/// <param name=\"id\">The article id.</param>");
            w.Line("public static global::Newswire.Article" + nullable + " ById(string id) => " + data + ".FindArticle(id);");
            w.Close();
            w.Line();

            w.Line("/// <summary>Every named person, organization and location of the project's articles, one identity each.</summary>");
            w.Open(options.Visibility + " static partial class Actors");
            w.Line("/// <summary>Every actor, in order of first appearance.</summary>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::Newswire.Actor> All => " + data + ".Actors;");
            w.Line();
            w.Line("/// <summary>The actor with this name or alias (case-insensitive), or null.</summary>");
            w.Line("/// <param name=\"nameOrAlias\">A name such as \"Vladimir Putin\" or an alias such as \"Putin\".</param>");
            w.Line("public static global::Newswire.Actor" + nullable + " ByName(string nameOrAlias) => " + data + ".FindActor(nameOrAlias);");
            w.Close();
            w.Line();

            w.Line("/// <summary>Every CAMEO-coded event of the project's articles.</summary>");
            w.Open(options.Visibility + " static partial class Events");
            w.Line("/// <summary>Every event, article by article in text order.</summary>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::Newswire.Event> All => " + data + ".Events;");
            w.Close();
            w.Line();

            w.Line("/// <summary>Builds the dataset from the generated article classes on first use.</summary>");
            w.Open("internal static partial class NewswireData");
            w.Line("private static global::Newswire.Building.GeneratedDataset" + nullable + " s_data;");
            w.Line();
            w.Line("/// <summary>The whole dataset and its lookups; built once, thread-safe.</summary>");
            w.Line("internal static global::Newswire.Building.GeneratedDataset Data => global::System.Threading.LazyInitializer.EnsureInitialized(ref s_data, Build);");
            w.Line();
            w.Line("// Every article class, ordered by path.");
            w.Open("private static global::Newswire.Building.GeneratedDataset Build() => global::Newswire.Building.GeneratedDataset.Build(new global::System.Type[]");
            foreach (var suffix in suffixes)
            {
                w.Line("typeof(" + ArticleEmitter.ClassName(suffix) + "),");
            }

            w.Close(");");
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

    }
}
