using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace Newswire.Benchmarks;

public static class Program
{
    /// <summary>
    /// <c>-- --filter '*'</c>: the BenchmarkDotNet suites (generator cold, generator incremental, extraction).
    /// <c>-- --quick [counts]</c>: stopwatch figures for issue 4's targets, e.g. <c>--quick 100,1000,10000</c>.
    /// </summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--quick")
        {
            var counts = args.Length > 1 ? args[1].Split(',').Select(int.Parse).ToArray() : new[] { 100, 1_000, 10_000 };
            Quick.Run(counts, counts.Where(c => c >= 1_000).ToArray());
            return 0;
        }

        if (args.Length > 2 && args[0] == "--dump")
        {
            // --dump N DIR: writes the generated sources for N synthetic articles, to inspect them.
            var driver = Inputs.Driver(Inputs.Files(Inputs.Corpus(int.Parse(args[1])))).RunGenerators(Inputs.Compilation());
            foreach (var source in driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources))
            {
                var path = System.IO.Path.Combine(args[2], source.HintName);
                System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
                System.IO.File.WriteAllText(path, source.SourceText.ToString());
            }

            return 0;
        }

        if (args.Length > 1 && args[0] == "--edit-loop")
        {
            // --edit-loop N [EDITS]: warm N articles, then edit one article's body EDITS times (for a profiler).
            var files = Inputs.Files(Inputs.Corpus(int.Parse(args[1])));
            var compilation = Inputs.Compilation();
            var driver = Inputs.Driver(files).RunGenerators(compilation);
            var current = files[files.Count / 2];
            var original = current.GetText()!.ToString();
            var edits = args.Length > 2 ? int.Parse(args[2]) : 200;
            var sw = System.Diagnostics.Stopwatch.StartNew();
            for (var g = 1; g <= edits; g++)
            {
                var edited = new MemoryText(current.Path, Inputs.EditBody(original, g));
                driver = driver.ReplaceAdditionalText(current, edited).RunGenerators(compilation);
                current = edited;
            }

            Console.WriteLine($"{edits} edits: {sw.Elapsed.TotalMilliseconds / edits:F1} ms each");
            return 0;
        }

        if (args.Length > 1 && args[0] == "--scratch")
        {
            foreach (var n in args[1].Split(',').Select(int.Parse))
            {
                var files = Inputs.Files(Inputs.Corpus(n));
                var compilation = Inputs.Compilation();
                var driver = Inputs.Driver(files, trackSteps: args.Length > 2).RunGenerators(compilation);
                for (var g = 0; g < 4; g++)
                {
                    compilation = Inputs.EditCode(compilation, g);
                    var pause = GC.GetTotalPauseDuration();
                    var gcs = GC.CollectionCount(0) + "/" + GC.CollectionCount(2);
                    var alloc = GC.GetTotalAllocatedBytes(true);
                    var sw = System.Diagnostics.Stopwatch.StartNew();
                    driver = driver.RunGenerators(compilation);
                    var t = driver.GetTimingInfo();
                    Console.WriteLine($"{n}: .cs edit {sw.Elapsed.TotalMilliseconds:F1} ms; generator {t.GeneratorTimes[0].ElapsedTime.TotalMilliseconds:F1} ms; GC pause {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F1} ms; gcs {gcs} -> {GC.CollectionCount(0)}/{GC.CollectionCount(2)}; alloc {(GC.GetTotalAllocatedBytes(true) - alloc) / 1048576.0:F1} MB");
                    if (args.Length > 2)
                    {
                        var r = driver.GetRunResult().Results[0];
                        foreach (var kv in r.TrackedSteps.Concat(r.TrackedOutputSteps))
                        {
                            Console.WriteLine($"   {kv.Key}: {kv.Value.Length} runs, {kv.Value.Sum(x => x.ElapsedTime.TotalMilliseconds):F1} ms");
                        }
                    }
                }
            }

            return 0;
        }

        // In process: the generator's extraction core is an analyzer dependency, not a runtime one, so a
        // separately generated benchmark project would not find it.
        var config = DefaultConfig.Instance
            .AddJob(BenchmarkDotNet.Jobs.Job.Default.WithToolchain(BenchmarkDotNet.Toolchains.InProcess.Emit.InProcessEmitToolchain.Instance))
            .AddColumn(Columns.All)
            .WithOptions(ConfigOptions.JoinSummary);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }
}
