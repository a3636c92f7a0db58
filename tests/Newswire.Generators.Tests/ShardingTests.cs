using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Newswire.Generators.Emit;
using Newswire.Generators.Tests.Infrastructure;

namespace Newswire.Generators.Tests;

/// <summary>Above <see cref="Shards.MaxSeparateFiles"/> articles, articles share a bounded number of generated files.</summary>
public class ShardingTests
{
    private const int ArticleCount = Shards.MaxSeparateFiles + 100;

    private static List<AdditionalText> Articles() =>
        Enumerable.Range(0, ArticleCount)
            .Select(i => (AdditionalText)new TestAdditionalText($"/project/news/{i % 7}/a{i:D4}.txt", $"Headline {i}\n\nBody of article {i} \"quoted\".\n"))
            .ToList();

    [Fact]
    public void LargeCorpus_IsEmittedInShards_AndEveryTextRoundTrips()
    {
        var files = Articles();
        var driver = GeneratorHarness.Driver(files);
        driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out var output, out var diagnostics);
        var sources = driver.GetRunResult().Results.Single().GeneratedSources;

        Assert.Empty(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.All(sources.Where(s => s.HintName != "Newswire.Index.g.cs" && !s.HintName.StartsWith("Newswire.Actors", System.StringComparison.Ordinal)), s => Assert.StartsWith("Newswire.Articles/Shard", s.HintName));
        Assert.InRange(sources.Length, 2, Shards.Count + Buckets.Count + 1);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));

        var assembly = CompileTests.Load(output);
        var all = (IReadOnlyList<Newswire.Article>)assembly.GetType("MyApp.News.Articles")!.GetProperty("All")!.GetValue(null)!;
        Assert.Equal(ArticleCount, all.Count);
        var texts = files.ToDictionary(f => f.Path.Substring(GeneratorHarness.ProjectDir.Length), f => f.GetText()!.ToString());
        Assert.All(all, a => Assert.Equal(texts[a.SourcePath], a.Text));
    }

    [Fact]
    public void EditingOneArticle_ReemitsOneShard()
    {
        // Counted by which generated texts are new objects: the driver hands back the very same SourceText for an
        // output it did not re-run (step tracking itself is too slow for a corpus of this size).
        var files = Articles();
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(files).RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText);
        driver = driver.ReplaceAdditionalText(files[42], new TestAdditionalText(files[42].Path, "Headline 42\n\nEdited body.")).RunGenerators(compilation);
        var after = driver.GetRunResult().Results.Single().GeneratedSources;

        Assert.Equal(before.Keys.OrderBy(k => k), after.Select(s => s.HintName).OrderBy(k => k));
        var reemitted = after.Where(s => !ReferenceEquals(before[s.HintName], s.SourceText)).Select(s => s.HintName).OrderBy(k => k).ToList();
        // Only the edited article's shard: its headline and actors are unchanged, so names, actors and the index stay.
        Assert.Single(reemitted);
        Assert.StartsWith("Newswire.Articles/Shard", reemitted[0], System.StringComparison.Ordinal);
    }

    [Fact]
    public void NewActorsInOneArticle_ReemitItsShardAndTheirBucketsOnly()
    {
        var files = Articles();
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(files).RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText);
        driver = driver.ReplaceAdditionalText(files[42], new TestAdditionalText(files[42].Path, "Headline 42\n\nEmmanuel Macron met Olaf Scholz in Berlin.")).RunGenerators(compilation);
        var after = driver.GetRunResult().Results.Single().GeneratedSources;

        var reemitted = after.Where(s => !before.TryGetValue(s.HintName, out var old) || !ReferenceEquals(old, s.SourceText)).Select(s => s.HintName).ToList();
        Assert.Single(reemitted, n => n.StartsWith("Newswire.Articles/Shard", System.StringComparison.Ordinal));
        Assert.DoesNotContain("Newswire.Index.g.cs", reemitted);
        var buckets = reemitted.Where(n => n.StartsWith("Newswire.Actors/Bucket", System.StringComparison.Ordinal)).ToList();
        Assert.InRange(buckets.Count, 1, 3); // three new actors, one bucket each at most
        Assert.Equal(reemitted.Count, buckets.Count + 1);
        Assert.Contains("OlafScholz", string.Concat(buckets.Select(b => after.Single(s => s.HintName == b).SourceText.ToString())));
    }

    [Fact]
    public void EditingCSharp_ReemitsNothing()
    {
        var compilation = GeneratorHarness.Compilation("class C { }");
        var driver = GeneratorHarness.Driver(Articles()).RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText);
        var tree = compilation.SyntaxTrees.Single();
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From("class C { int x; }"))));
        Assert.All(driver.GetRunResult().Results.Single().GeneratedSources, s => Assert.Same(before[s.HintName], s.SourceText));
    }
}
