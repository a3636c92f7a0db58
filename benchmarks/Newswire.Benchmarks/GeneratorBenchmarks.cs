using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Newswire.Benchmarks;

/// <summary>The generator's first run over N articles (what a clean build or opening the solution costs).</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class GeneratorColdBenchmarks
{
    private List<AdditionalText> _files = null!;
    private CSharpCompilation _compilation = null!;

    [Params(100, 1_000, 10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _files = Inputs.Files(Inputs.Corpus(Articles));
        _compilation = Inputs.Compilation();
    }

    [Benchmark]
    public GeneratorDriver Cold() => Inputs.Driver(_files).RunGenerators(_compilation);
}

/// <summary>
/// The generator's run after one change, with N articles already cached: what each keystroke in the IDE
/// and each incremental build costs.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class GeneratorIncrementalBenchmarks
{
    private GeneratorDriver _driver = null!;
    private CSharpCompilation _compilation = null!;
    private AdditionalText _current = null!;
    private string _original = "";
    private int _generation;

    [Params(1_000, 10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var files = Inputs.Files(Inputs.Corpus(Articles));
        _compilation = Inputs.Compilation();
        _driver = Inputs.Driver(files).RunGenerators(_compilation);
        _current = files[files.Count / 2];
        _original = _current.GetText()!.ToString();
    }

    /// <summary>One article's body changes (a new text each time, so every iteration is a real edit).</summary>
    [Benchmark]
    public GeneratorDriver EditOneArticle()
    {
        var edited = new MemoryText(_current.Path, Inputs.EditBody(_original, ++_generation));
        _driver = _driver.ReplaceAdditionalText(_current, edited).RunGenerators(_compilation);
        _current = edited;
        return _driver;
    }

    /// <summary>A C# file changes; no article should be read again.</summary>
    [Benchmark]
    public GeneratorDriver EditCSharpFile()
    {
        _compilation = Inputs.EditCode(_compilation, ++_generation);
        _driver = _driver.RunGenerators(_compilation);
        return _driver;
    }
}
