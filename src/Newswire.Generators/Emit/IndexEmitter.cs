using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;
using Newswire.Generators.Model;

namespace Newswire.Generators.Emit;

/// <summary>
/// Writes the project-wide part of the API: <c>Articles.All</c>/<c>ById</c>, <c>Actors.All</c>/<c>ByName</c>,
/// <c>Events.All</c>, <c>Incidents.All</c>, the static constructors that fill the generated members, and <c>NewswireData</c>, which
/// builds the dataset on first use. Nothing in it depends on the articles, so editing, adding or removing an
/// article never changes this file.
/// </summary>
internal static class IndexEmitter
{
    public static string Emit(EmitOptions options)
    {
        var w = new SourceWriter(8192);
        var ns = options.Namespace;
        var data = "global::" + ns + ".NewswireData.Data";
        var nullable = options.Nullable ? "?" : "";
        ArticleEmitter.Header(w, options);
        w.Open("namespace " + ns);

        w.Line("/// <summary>The project's articles: one member per article file, plus <see cref=\"All\"/> and <see cref=\"ById\"/>.</summary>");
        w.Open(options.Visibility + " static partial class Articles");
        StaticConstructor(w, options, "Articles", data + ".FillArticles(typeof(global::" + ns + ".Articles));");
        w.Line("/// <summary>Every article, ordered by path.</summary>");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::Newswire.Article> All => " + data + ".Dataset.Articles;");
        w.Line();
        w.Line("/// <summary>The article with this id (front matter <c>id</c>, else the file name), or null.</summary>");
        w.Line("/// <param name=\"id\">The article id.</param>");
        w.Line("public static global::Newswire.Article" + nullable + " ById(string id) => " + data + ".Dataset.FindArticle(id);");
        w.Close();
        w.Line();

        w.Line("/// <summary>Every named person, organization and location of the project's articles, one identity each.</summary>");
        w.Open(options.Visibility + " static partial class Actors");
        StaticConstructor(w, options, "Actors", data + ".FillActors(typeof(global::" + ns + ".Actors));");
        w.Line("/// <summary>Every actor, in order of first appearance.</summary>");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::Newswire.Actor> All => " + data + ".Dataset.Actors;");
        w.Line();
        w.Line("/// <summary>The actor with this name or alias (case-insensitive), or null.</summary>");
        w.Line("/// <param name=\"nameOrAlias\">A name such as \"Vladimir Putin\" or an alias such as \"Putin\".</param>");
        w.Line("public static global::Newswire.Actor" + nullable + " ByName(string nameOrAlias) => " + data + ".Dataset.FindActor(nameOrAlias);");
        w.Close();
        w.Line();

        w.Line("/// <summary>Every CAMEO-coded event of the project's articles.</summary>");
        w.Open(options.Visibility + " static partial class Events");
        w.Line("/// <summary>Every event, article by article in text order.</summary>");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::Newswire.Event> All => " + data + ".Dataset.Events;");
        w.Close();
        w.Line();

        w.Line("/// <summary>One incident per happening, however many articles report it.</summary>");
        w.Open(options.Visibility + " static partial class Incidents");
        w.Line("/// <summary>Every incident, in order of its first report; <c>incident.Reports</c> holds each article's event.</summary>");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::Newswire.Incident> All => " + data + ".Dataset.Incidents;");
        w.Close();
        w.Line();

        w.Line("/// <summary>Builds the dataset from the generated <c>Articles</c> members on first use.</summary>");
        w.Open("internal static partial class NewswireData");
        w.Line("private static global::Newswire.Building.GeneratedDataset" + nullable + " s_data;");
        w.Line();
        w.Line("/// <summary>The whole dataset; built once, thread-safe.</summary>");
        w.Line("internal static global::Newswire.Building.GeneratedDataset Data => global::System.Threading.LazyInitializer.EnsureInitialized(ref s_data, Build);");
        w.Line();
        w.Line("private static global::Newswire.Building.GeneratedDataset Build() => global::Newswire.Building.GeneratedDataset.Build(typeof(global::" + ns + ".Articles), typeof(global::" + ns + ".Actors));");
        w.Close();
        w.Close();
        return w.ToString();
    }

    // The members are declared without initializers and set here, once (see GeneratedDataset). The compiler cannot
    // see that, so its nullable check of the constructor is off.
    private static void StaticConstructor(SourceWriter w, EmitOptions options, string type, string fill)
    {
        if (options.Nullable)
        {
            w.Line("#nullable disable warnings");
        }

        w.Line("static " + type + "() => " + fill);
        if (options.Nullable)
        {
            w.Line("#nullable restore warnings");
        }

        w.Line();
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
