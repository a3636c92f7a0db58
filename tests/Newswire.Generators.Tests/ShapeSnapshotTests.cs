using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Newswire.Generators.Tests.Infrastructure;

namespace Newswire.Generators.Tests;

/// <summary>
/// Golden files for the shapes of output the seed snapshots do not show: internal visibility, C# 7.3 (no
/// nullable annotations), an article with diagnostics, and the sharded layout of a large corpus.
/// </summary>
public class ShapeSnapshotTests
{
    private const string Small = "---\nid: small-one\ndate: 2024-03-14\n---\nGermany and France agree on a border plan\n\nChancellor Olaf Scholz met President Emmanuel Macron in Berlin on Monday.\n";

    private static void VerifyAll(string prefix, GeneratorHarness.Result result)
    {
        Assert.Empty(result.CompileProblems);
        foreach (var source in result.Run.Results.Single().GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            var name = source.HintName.Replace("Newswire.Articles/", "Article.").Replace("Newswire.Actors/", "Actors.").Replace(".g.cs", "");
            Snapshot.Verify(prefix + "." + name, source.SourceText.ToString());
        }
    }

    [Fact]
    public void InternalVisibility()
    {
        var globals = GeneratorHarness.DefaultGlobals();
        globals["build_property.NewswireVisibility"] = "internal";
        VerifyAll("Internal", GeneratorHarness.Run(new[] { ("/project/news/small.txt", Small) }, globals: globals));
    }

    [Fact]
    public void CSharp7_3()
    {
        VerifyAll("CSharp73", GeneratorHarness.Run(new[] { ("/project/news/small.txt", Small) }, version: LanguageVersion.CSharp7_3));
    }

    [Fact]
    public void ArticleWithDiagnostics()
    {
        // Unclosed front matter, a NUL character and a bad date: the article is still generated, with its text.
        var text = "---\ndate: someday\nHeadline with a \0 inside\n\nThe Kremlin said talks would resume.\n";
        var result = GeneratorHarness.Run(new[] { ("/project/news/broken.txt", text) });
        var diagnostics = string.Join("\n", result.GeneratorDiagnostics
            .OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Line).ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => $"{d.Location.GetLineSpan()} {d.Severity} {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"));
        Snapshot.Verify("Diagnostics.broken.diagnostics", diagnostics + "\n");
        VerifyAll("Diagnostics", result);
    }

    [Fact]
    public void ShardedCorpus()
    {
        // Past Shards.MaxSeparateFiles articles, articles share a fixed set of files and actors go into buckets.
        var articles = Enumerable.Range(0, Emit.Shards.MaxSeparateFiles + 1)
            .Select(i => ($"/project/news/n{i:D4}.txt", $"Headline {i}\n\nMinister Anna Berg{(char)('a' + i % 26)} visited Oslo on day {i}.\n"))
            .ToList();
        var result = GeneratorHarness.Run(articles);
        Assert.Empty(result.CompileProblems);
        var sources = result.Run.Results.Single().GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).ToList();
        Snapshot.Verify("Sharded.hintnames", string.Join("\n", sources.Select(s => s.HintName)) + "\n");
        Snapshot.Verify("Sharded.first-shard", sources.First(s => s.HintName.StartsWith("Newswire.Articles", StringComparison.Ordinal)).SourceText.ToString());
        Snapshot.Verify("Sharded.first-bucket", sources.First(s => s.HintName.StartsWith("Newswire.Actors", StringComparison.Ordinal)).SourceText.ToString());
    }
}
