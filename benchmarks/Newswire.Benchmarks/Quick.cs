using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Newswire.Benchmarks;

/// <summary>
/// Stopwatch figures for issue 4's generator targets in a couple of minutes (BenchmarkDotNet's full run takes
/// much longer): cold runs for 100 / 1,000 / 10,000 articles, edit-one-article and edit-C# runs, sizes, ratios.
/// </summary>
public static class Quick
{
    public static void Run(int[] counts, int[] incremental)
    {
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
        Warm();
        var cold = new Dictionary<int, double>();
        Console.WriteLine();
        Console.WriteLine("| Articles | Input MB | Cold run (ms, best of n) | Alloc MB | Generated MB | Files | Largest file (chars) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---|");
        foreach (var n in counts)
        {
            var corpus = Inputs.Corpus(n);
            var files = Inputs.Files(corpus);
            var compilation = Inputs.Compilation();
            var runs = n >= 10_000 ? 3 : 5;
            var best = double.MaxValue;
            long alloc = 0;
            GeneratorDriver? driver = null;
            for (var i = 0; i < runs; i++)
            {
                GC.Collect();
                var before = GC.GetTotalAllocatedBytes(true);
                var sw = Stopwatch.StartNew();
                driver = Inputs.Driver(files).RunGenerators(compilation);
                sw.Stop();
                alloc = GC.GetTotalAllocatedBytes(true) - before;
                best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
            }

            cold[n] = best;
            var size = Inputs.GeneratedSize(driver!);
            Console.WriteLine($"| {n:N0} | {Inputs.Bytes(corpus) / 1048576.0:F1} | {best:F0} ({runs}) | {alloc / 1048576.0:F0} | {size.Chars / 1048576.0:F1} | {size.Files:N0} | {size.Largest:N0} ({size.LargestName}) |");
        }

        if (cold.TryGetValue(1_000, out var c1) && cold.TryGetValue(10_000, out var c10))
        {
            Console.WriteLine($"\nCold 10,000 / cold 1,000 = {c10 / c1:F2}x (target <= 12x)");
        }

        Console.WriteLine();
        Console.WriteLine("| Articles | Edit one article (ms, median of 10) | Alloc MB | % of cold | Edit a .cs file (ms, median of 10) | Generated files re-emitted on .cs edit |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        foreach (var n in incremental)
        {
            var files = Inputs.Files(Inputs.Corpus(n));
            var compilation = Inputs.Compilation();
            var driver = Inputs.Driver(files).RunGenerators(compilation);
            var current = files[files.Count / 2];
            var original = current.GetText()!.ToString();
            var edits = new List<double>();
            var allocs = new List<long>();
            for (var g = 1; g <= 12; g++)
            {
                var edited = new MemoryText(current.Path, Inputs.EditBody(original, g));
                var before = GC.GetTotalAllocatedBytes(true);
                var sw = Stopwatch.StartNew();
                driver = driver.ReplaceAdditionalText(current, edited).RunGenerators(compilation);
                sw.Stop();
                allocs.Add(GC.GetTotalAllocatedBytes(true) - before);
                current = edited;
                if (g > 2)
                {
                    edits.Add(sw.Elapsed.TotalMilliseconds);
                }
            }

            var code = new List<double>();
            for (var g = 1; g <= 12; g++)
            {
                compilation = Inputs.EditCode(compilation, g);
                var sw = Stopwatch.StartNew();
                driver = driver.RunGenerators(compilation);
                sw.Stop();
                if (g > 2)
                {
                    code.Add(sw.Elapsed.TotalMilliseconds);
                }
            }

            // Counted by identity of the generated texts: the driver returns the same SourceText object for
            // every output it did not re-run (step tracking is far too slow on a sharded 10,000-article corpus).
            var previous = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText);
            driver = driver.RunGenerators(Inputs.EditCode(compilation, 99));
            var rerun = driver.GetRunResult().Results.Single().GeneratedSources.Count(s => !previous.TryGetValue(s.HintName, out var t) || !ReferenceEquals(t, s.SourceText));

            var edit = Median(edits);
            var pct = cold.TryGetValue(n, out var c) ? (100 * edit / c).ToString("F2", CultureInfo.InvariantCulture) + " %" : "-";
            Console.WriteLine($"| {n:N0} | {edit:F1} | {Median(allocs.Select(a => (double)a).ToList()) / 1048576.0:F1} | {pct} | {Median(code):F1} | {rerun} |");
        }
    }

    private static void Warm()
    {
        var files = Inputs.Files(Inputs.Corpus(50, seed: 1));
        for (var i = 0; i < 3; i++)
        {
            Inputs.Driver(files).RunGenerators(Inputs.Compilation());
        }
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count == 0 ? 0 : values[values.Count / 2];
    }
}
