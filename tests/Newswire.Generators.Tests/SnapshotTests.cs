using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Newswire.Generators.Tests.Infrastructure;

namespace Newswire.Generators.Tests;

public class SnapshotTests
{
    [Fact]
    public void SeedCorpus_GeneratedSources_MatchSnapshots()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.Seeds());
        var sources = result.Run.Results.Single().GeneratedSources;
        Assert.Equal(4, sources.Length); // two articles, the actors and the index
        foreach (var source in sources)
        {
            var name = source.HintName.Replace("Newswire.Articles/", "Article.").Replace(".g.cs", "");
            Snapshot.Verify(name, source.SourceText.ToString());
        }
    }

    [Fact]
    public void CSharp7_3_EmitsTheSameDataWithoutNullable()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.Seeds().Take(1), version: Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3);
        var article = result.Run.Results.Single().GeneratedSources.Single(s => s.HintName.StartsWith("Newswire.Articles/")).SourceText.ToString();
        Assert.Contains("[global::Newswire.Building.ArticleText(\"", article);
        Assert.DoesNotContain("#nullable", article);
        Assert.Empty(result.CompileProblems);
    }

    [Fact]
    public void ArticleText_IsNeverInTheUserStringHeap()
    {
        // Article text rides in attribute arguments (the metadata blob heap), so no size of corpus reaches CS8103.
        var result = GeneratorHarness.Run(GeneratorHarness.Seeds());
        var articles = result.Run.Results.Single().GeneratedSources.Where(s => s.HintName.StartsWith("Newswire.Articles/")).ToList();
        Assert.Equal(2, articles.Count);
        foreach (var source in articles)
        {
            var literals = source.SyntaxTree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax>()
                .Where(l => l.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.StringLiteralExpression)).ToList();
            Assert.Equal(2, literals.Count);
            Assert.All(literals, l => Assert.NotNull(l.FirstAncestorOrSelf<Microsoft.CodeAnalysis.CSharp.Syntax.AttributeSyntax>()));
        }
    }
}
