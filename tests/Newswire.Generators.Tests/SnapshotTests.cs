using System.Linq;
using Newswire.Generators.Tests.Infrastructure;

namespace Newswire.Generators.Tests;

public class SnapshotTests
{
    [Fact]
    public void SeedCorpus_GeneratedSources_MatchSnapshots()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.Seeds());
        var sources = result.Run.Results.Single().GeneratedSources;
        Assert.Equal(3, sources.Length); // two articles and the index
        foreach (var source in sources)
        {
            var name = source.HintName.Replace("Newswire.Articles/", "Article.").Replace(".g.cs", "");
            Snapshot.Verify(name, source.SourceText.ToString());
        }
    }

    [Fact]
    public void CSharp7_3_EmitsByteArrayTextWithoutNullable()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.Seeds().Take(1), version: Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3);
        var article = result.Run.Results.Single().GeneratedSources.Single(s => s.HintName.StartsWith("Newswire.Articles/")).SourceText.ToString();
        Assert.Contains("internal static readonly byte[] Data = new byte[] {", article);
        Assert.DoesNotContain("u8;", article);
        Assert.DoesNotContain("#nullable", article);
    }
}
