using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Newswire.Generators.Tests.Infrastructure;

namespace Newswire.Generators.Tests;

/// <summary>Every documented option, exercised through the real generator.</summary>
public class OptionsTests
{
    private static readonly (string, string)[] OneArticle = { ("/project/news/one.txt", "One Headline Here\n\nPresident Vladimir Putin visited Astana.") };

    private static string Index(GeneratorHarness.Result result) =>
        result.AllSource;

    [Fact]
    public void Namespace_DefaultsToRootNamespaceDotNews_AndCanBeSet()
    {
        Assert.Contains("namespace MyApp.News", Index(GeneratorHarness.Run(OneArticle)));
        var globals = GeneratorHarness.DefaultGlobals();
        globals["build_property.NewswireNamespace"] = "Corpus.Data";
        var result = GeneratorHarness.Run(OneArticle, globals: globals);
        Assert.NotNull(result.Output.GetTypeByMetadataName("Corpus.Data.Articles"));
        Assert.Empty(result.CompileProblems);
    }

    [Fact]
    public void Visibility_Internal_MakesTheClassesInternal()
    {
        var globals = GeneratorHarness.DefaultGlobals();
        globals["build_property.NewswireVisibility"] = "internal";
        var result = GeneratorHarness.Run(OneArticle, globals: globals);
        Assert.Equal(Accessibility.Internal, result.Output.GetTypeByMetadataName("MyApp.News.Articles")!.DeclaredAccessibility);
        Assert.Equal(Accessibility.Internal, result.Output.GetTypeByMetadataName("MyApp.News.Actors")!.DeclaredAccessibility);
        Assert.Empty(result.CompileProblems);
    }

    [Fact]
    public void Enabled_False_GeneratesNothing()
    {
        var globals = GeneratorHarness.DefaultGlobals();
        globals["build_property.NewswireEnabled"] = "false";
        Assert.Empty(GeneratorHarness.Run(OneArticle, globals: globals).Run.Results.Single().GeneratedSources);
    }

    [Fact]
    public void ItemMetadata_OverridesIdOutletAndDate()
    {
        var perFile = new Dictionary<string, Dictionary<string, string>>
        {
            ["/project/news/one.txt"] = new()
            {
                ["build_metadata.AdditionalFiles.NewswireId"] = "first-story",
                ["build_metadata.AdditionalFiles.NewswireOutlet"] = "The Daily Test",
                ["build_metadata.AdditionalFiles.NewswireDate"] = "2024-10-08",
            },
        };
        var result = GeneratorHarness.Run(OneArticle, perFile: perFile);
        var index = Index(result);
        Assert.Contains("Article FirstStory;", index);
        Assert.Contains("The Daily Test", index);
        var article = result.Run.Results.Single().GeneratedSources.Single(s => s.HintName.StartsWith("Newswire.Articles/")).SourceText.ToString();
        // Strings travel in the article's compact UTF-8 data as length:characters (see ArticleEmitter.Meta).
        Assert.Contains("11:first-story", article);
        Assert.Contains("10:2024-10-08", article);
    }

    [Fact]
    public void ConsumerLexicon_AddsAnActorWithoutRebuildingThePackage()
    {
        var articles = new[] { ("/project/news/q.txt", "Quent Visits Astana\n\nZorblat Quent arrived in Astana on Monday. Quent met officials.") };
        var withoutLexicon = Index(GeneratorHarness.Run(articles));
        Assert.DoesNotContain("Person, KAZ, Envoy", withoutLexicon); // found by its shape, but nothing known about it

        var files = articles.Append(("/project/newswire.lexicon", "# test lexicon\nperson|Zorblat Quent|KAZ|Envoy|Quent\n"));
        var perFile = new Dictionary<string, Dictionary<string, string>>
        {
            ["/project/newswire.lexicon"] = new() { ["build_metadata.AdditionalFiles.NewswireLexicon"] = "true" },
        };
        var result = GeneratorHarness.Run(files, perFile: perFile);
        var index = Index(result);
        Assert.Contains("Actor ZorblatQuent;", index);
        Assert.Contains("Person, KAZ, Envoy", index);
        Assert.Empty(result.CompileProblems);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "NEWS013");
    }

    [Fact]
    public void ConsumerLexicon_BadLine_IsReportedAtItsLine()
    {
        var files = OneArticle.Append(("/project/newswire.lexicon", "person|Zorblat Quent|KAZ|Envoy|Quent\nthis line has no fields\n"));
        var perFile = new Dictionary<string, Dictionary<string, string>>
        {
            ["/project/newswire.lexicon"] = new() { ["build_metadata.AdditionalFiles.NewswireLexicon"] = "true" },
        };
        var result = GeneratorHarness.Run(files, perFile: perFile);
        var d = Assert.Single(result.GeneratorDiagnostics, x => x.Id == "NEWS013");
        Assert.Equal("/project/newswire.lexicon", d.Location.GetLineSpan().Path);
        Assert.Equal(1, d.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Empty(result.CompileProblems);
    }

    [Fact]
    public void IntelliSense_OffersOneMemberPerArticleAndActor_WithEscapedDocs()
    {
        var articles = new[]
        {
            ("/project/news/a.txt", "Miami News, KMIA\nWorld News\n\nTanks & \"Talks\" <Live>\n\nThe lede says 1 < 2 && \"quotes\" </summary> stay text."),
        }.Concat(GeneratorHarness.Seeds());
        var result = GeneratorHarness.Run(articles);
        Assert.Empty(result.CompileProblems);

        var type = result.Output.GetTypeByMetadataName("MyApp.News.Articles")!;
        var offered = type.GetMembers().OfType<IFieldSymbol>().Where(p => p.Type.Name == "Article").Select(p => p.Name).OrderBy(n => n).ToArray();
        Assert.Equal(new[] { "PutinVisitsRostovOnDonAndKazakhstan", "RussianDefenseMinisterInspectsMilitary", "TanksTalksLive" }, offered);

        var doc = XElement.Parse(type.GetMembers("TanksTalksLive").Single().GetDocumentationCommentXml()!);
        var text = doc.Value;
        Assert.Contains("Tanks & \"Talks\" <Live>", text);
        Assert.Contains("The lede says 1 < 2 && \"quotes\" </summary> stay text.", text);
        Assert.Contains("Miami News, KMIA", text);

        var putin = result.Output.GetTypeByMetadataName("MyApp.News.Actors")!.GetMembers("VladimirPutin").Single();
        var actorDoc = XElement.Parse(putin.GetDocumentationCommentXml()!).Value;
        Assert.Contains("Vladimir Putin", actorDoc);
        Assert.Contains("Person, RUS", actorDoc);
        Assert.Contains("Mentioned in 2 articles", actorDoc);
    }
}
