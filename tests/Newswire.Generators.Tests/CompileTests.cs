using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Newswire.Generators.Tests.Infrastructure;

namespace Newswire.Generators.Tests;

/// <summary>The generated code compiles cleanly in a consumer and the compiled dataset holds every article's exact text.</summary>
public class CompileTests
{
    private const string Consumer = """
        namespace MyApp
        {
            /// <summary>Uses the generated API.</summary>
            public static class Use
            {
                /// <summary>Reads it.</summary>
                public static string Run()
                {
                    Newswire.Article a = MyApp.News.Articles.PutinVisitsRostovOnDonAndKazakhstan;
                    var b = MyApp.News.Articles.ById("003_357100b6db8c9786");
                    return a.Title + "|" + (b == null ? "" : b.Outlet) + "|" + MyApp.News.Articles.All.Count + "|" + MyApp.News.Actors.All.Count + "|" + MyApp.News.Events.All.Count;
                }
            }
        }
        """;

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp10)]
    [InlineData(LanguageVersion.CSharp11)]
    [InlineData(LanguageVersion.Latest)]
    public void SeedCorpus_CompilesWithoutErrorsOrWarnings(LanguageVersion version)
    {
        var result = GeneratorHarness.Run(GeneratorHarness.Seeds(), Consumer, version);
        Assert.Empty(result.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Empty(result.CompileProblems.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.Latest)]
    public void CompiledDataset_KeepsEveryArticleTextExactly(LanguageVersion version)
    {
        var seeds = GeneratorHarness.Seeds().ToList();
        var result = GeneratorHarness.Run(seeds, Consumer, version);
        var assembly = Load(result.Output);
        var articles = (System.Collections.Generic.IReadOnlyList<Newswire.Article>)assembly.GetType("MyApp.News.Articles")!.GetProperty("All")!.GetValue(null)!;
        Assert.Equal(seeds.Count, articles.Count);
        foreach (var (path, text) in seeds)
        {
            var article = articles.Single(a => a.SourcePath == "news/" + Path.GetFileName(path));
            Assert.Equal(text, article.Text);
        }

        var run = (string)assembly.GetType("MyApp.Use")!.GetMethod("Run")!.Invoke(null, null)!;
        Assert.StartsWith("Putin Visits Rostov-on-Don and Kazakhstan in a Flagship Run of Diplomatic and Military Engagements|Miami News, KMIA|2|", run);
    }

    internal static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        return Assembly.Load(stream.ToArray());
    }
}
