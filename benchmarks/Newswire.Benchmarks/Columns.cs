using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Newswire.Benchmarks;

/// <summary>A column computed from a benchmark case and its summary.</summary>
public sealed class FuncColumn : IColumn
{
    private readonly Func<Summary, BenchmarkCase, string?> _value;

    public FuncColumn(string name, string legend, Func<Summary, BenchmarkCase, string?> value)
    {
        ColumnName = name;
        Id = "Newswire." + name;
        Legend = legend;
        _value = value;
    }

    public string Id { get; }

    public string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend { get; }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => _value(summary, benchmarkCase) ?? "-";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}

/// <summary>The custom columns: input and generated sizes for generator runs; MB/s and per-article cost for extraction.</summary>
public static class Columns
{
    private static readonly ConcurrentDictionary<int, (long Input, long Generated, int Files)> Sizes = new();
    private static readonly ConcurrentDictionary<string, (long Bytes, int Count)> Corpora = new();

    public static IColumn[] All => new IColumn[]
    {
        new FuncColumn("Input MB", "UTF-8 bytes of article text (generator runs) or of the extraction corpus", (s, c) =>
            Param(c, "Articles") is int n ? Mb(Size(n).Input)
            : Param(c, "Corpus") is string k ? Mb(Corpus(k).Bytes) : null),
        new FuncColumn("Generated MB", "characters of generated C# of a cold run (generator runs only)", (s, c) =>
            c.Descriptor.Type == typeof(GeneratorColdBenchmarks) && Param(c, "Articles") is int n ? Mb(Size(n).Generated) : null),
        new FuncColumn("Gen/Input", "generated characters per input byte", (s, c) =>
            c.Descriptor.Type == typeof(GeneratorColdBenchmarks) && Param(c, "Articles") is int n ? (Size(n).Generated / (double)Size(n).Input).ToString("F2", CultureInfo.InvariantCulture) : null),
        new FuncColumn("Gen files", "generated files of a cold run", (s, c) =>
            c.Descriptor.Type == typeof(GeneratorColdBenchmarks) && Param(c, "Articles") is int n ? Size(n).Files.ToString(CultureInfo.InvariantCulture) : null),
        new FuncColumn("MB/s", "article text extracted per second, one core", (s, c) =>
            Param(c, "Corpus") is string k && Mean(s, c) is double ns ? (Corpus(k).Bytes / 1048576.0 / (ns / 1e9)).ToString("F1", CultureInfo.InvariantCulture) : null),
        new FuncColumn("us/article", "mean time per article", (s, c) =>
            Param(c, "Corpus") is string k && Mean(s, c) is double ns ? (ns / 1000 / Corpus(k).Count).ToString("F1", CultureInfo.InvariantCulture) : null),
        new FuncColumn("KB alloc/article", "bytes allocated per article", (s, c) =>
            Param(c, "Corpus") is string k && s[c]?.GcStats is { } gc && gc.GetBytesAllocatedPerOperation(c) is long b ? (b / 1024.0 / Corpus(k).Count).ToString("F1", CultureInfo.InvariantCulture) : null),
    };

    private static object? Param(BenchmarkCase c, string name) => c.Parameters.Items.FirstOrDefault(p => p.Name == name)?.Value;

    private static double? Mean(Summary s, BenchmarkCase c) => s[c]?.ResultStatistics?.Mean;

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("F1", CultureInfo.InvariantCulture);

    private static (long Input, long Generated, int Files) Size(int articles) => Sizes.GetOrAdd(articles, n =>
    {
        var corpus = Inputs.Corpus(n);
        var driver = Inputs.Driver(Inputs.Files(corpus)).RunGenerators(Inputs.Compilation());
        var generated = Inputs.GeneratedSize(driver);
        return (Inputs.Bytes(corpus), generated.Chars, generated.Files);
    });

    private static (long Bytes, int Count) Corpus(string name) => Corpora.GetOrAdd(name, k =>
    {
        var articles = ExtractionBenchmarks.Load(k);
        return (articles.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Text)), articles.Length);
    });
}
