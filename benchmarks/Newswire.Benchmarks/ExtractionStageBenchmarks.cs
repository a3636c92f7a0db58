using System;
using BenchmarkDotNet.Attributes;
using Newswire.Extraction;
using Newswire.Extraction.Actors;
using Newswire.Extraction.Text;

namespace Newswire.Benchmarks;

/// <summary>
/// The extraction pipeline stage by stage on one core, each stage including the ones before it: layout
/// (<c>ArticleExtractor.Prepare</c>), +tokens and sentences, +actors and coreference, and the full
/// <see cref="ArticleExtractor.Extract"/> (+events). Differences between rows give a stage's own cost.
/// For a quicker stopwatch/CPU-time view see <c>benchmarks/ExtractionStages</c>.
/// </summary>
/// <remarks>
/// In process: the generated out-of-process benchmark project does not get Newswire.Extraction.dll (the generator
/// project keeps it out of its runtime dependencies), so a separate process fails with FileNotFoundException.
/// </remarks>
[MemoryDiagnoser]
[InProcess]
public class ExtractionStageBenchmarks
{
    private (string Path, string Text)[] _articles = Array.Empty<(string, string)>();

    [Params("seeds", "synthetic-200")]
    public string Corpus { get; set; } = "seeds";

    [GlobalSetup]
    public void Setup() => _articles = ExtractionBenchmarks.Load(Corpus);

    [Benchmark]
    public int Layout()
    {
        var n = 0;
        foreach (var (path, text) in _articles)
        {
            n += ArticleExtractor.Prepare(path, text, ExtractionOptions.Default).Document?.Regions.Count ?? 0;
        }

        return n;
    }

    [Benchmark]
    public int Tokens()
    {
        var n = 0;
        foreach (var (path, text) in _articles)
        {
            var document = ArticleExtractor.Prepare(path, text, ExtractionOptions.Default).Document;
            if (document != null)
            {
                n += TokenizedText.Build(document).Tokens.Length;
            }
        }

        return n;
    }

    [Benchmark]
    public int Actors()
    {
        var n = 0;
        foreach (var (path, text) in _articles)
        {
            var document = ArticleExtractor.Prepare(path, text, ExtractionOptions.Default).Document;
            if (document != null)
            {
                n += ActorExtractor.Extract(document, TokenizedText.Build(document)).Actors.Count;
            }
        }

        return n;
    }

    [Benchmark(Baseline = true)]
    public int Full()
    {
        var n = 0;
        foreach (var (path, text) in _articles)
        {
            n += ArticleExtractor.Extract(path, text, ExtractionOptions.Default).Events.Count;
        }

        return n;
    }
}
