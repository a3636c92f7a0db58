using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Newswire.Extraction;

namespace Newswire.Benchmarks;

/// <summary>
/// Extraction throughput on one core: all of a corpus through <see cref="ArticleExtractor.Extract"/>.
/// The MB/s and per-article columns are computed from the mean (see <see cref="ThroughputColumn"/>).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class ExtractionBenchmarks
{
    private (string Path, string Text)[] _articles = Array.Empty<(string, string)>();
    private ExtractionOptions _options = null!;

    [Params("seeds", "synthetic-200")]
    public string Corpus { get; set; } = "seeds";

    [GlobalSetup]
    public void Setup()
    {
        _articles = Load(Corpus);
        _options = ExtractionOptions.Default;
    }

    [Benchmark]
    public int ExtractAll()
    {
        var n = 0;
        foreach (var (path, text) in _articles)
        {
            n += ArticleExtractor.Extract(path, text, _options).Actors.Count;
        }

        return n;
    }

    /// <summary>The named corpus: the repository's seed articles, or 200 synthetic ones.</summary>
    public static (string Path, string Text)[] Load(string corpus)
    {
        if (corpus == "seeds")
        {
            var dir = Path.Combine(RepoRoot(), "samples", "NewsExplorer", "news");
            return Directory.GetFiles(dir, "*.txt").OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => ("news/" + Path.GetFileName(p), File.ReadAllText(p))).ToArray();
        }

        var count = int.Parse(corpus.Substring(corpus.IndexOf('-') + 1), System.Globalization.CultureInfo.InvariantCulture);
        return Inputs.Corpus(count, seed: 7).Select(a => ("news/" + a.FileName, a.Text)).ToArray();
    }

    public static string RepoRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Generators.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run from inside the repository.");
    }
}
