using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Newswire.Extraction;

namespace Newswire.ExtractionStages;

/// <summary>
/// Extraction time grows linearly with article size: for each text shape, 8x the text should take about 8x the
/// time (the check flags 30x, median of five runs). A timing, so it lives here and not in <c>dotnet test</c>,
/// where a loaded CI machine made a good change fail.
///   dotnet run -c Release --project benchmarks/ExtractionStages -- --linearity [SEED_DIR]
/// </summary>
internal static class Linearity
{
    public static int Run(string[] args)
    {
        var seedDir = args.Length > 1 ? args[1] : Path.Combine(RepoRoot(), "samples", "NewsExplorer", "news");
        var seed = File.ReadAllText(Directory.GetFiles(seedDir, "*.txt").OrderBy(p => p, StringComparer.Ordinal).First());
        var options = new ExtractionOptions(int.MaxValue, int.MaxValue, int.MaxValue);
        var r = new Random(17);
        var shapes = new List<(string Name, string Unit)>
        {
            ("seed", seed),
            ("one long line", seed.Replace("\n", " ")),
            ("many short lines", string.Concat(Enumerable.Range(0, 200).Select(i => "Putin.\n"))),
            ("names only", string.Concat(Enumerable.Range(0, 100).Select(i => "Vladimir Putin Kassym-Jomart Tokayev TASS Kremlin Astana "))),
            ("fences and colons", string.Concat(Enumerable.Range(0, 100).Select(i => "---\nkey: value\n"))),
            ("capitalised words", string.Concat(Enumerable.Range(0, 300).Select(i => "Alpha" + (char)('A' + r.Next(26)) + " "))),
            ("quotes", string.Concat(Enumerable.Range(0, 300).Select(i => "\"Said \"The \"Minister ")) + ".\n"),
            ("no spaces", new string('x', 4000)),
        };

        var failed = 0;
        Console.WriteLine("| Shape | Small chars | Small ms | 8x chars | 8x ms | Ratio |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (name, unit) in shapes)
        {
            var repeat = Math.Max(1, 32_000 / Math.Max(1, unit.Length));
            var small = "Headline\n\n" + string.Concat(Enumerable.Repeat(unit, repeat));
            var large = "Headline\n\n" + string.Concat(Enumerable.Repeat(unit, repeat * 8));
            ArticleExtractor.Extract("warm.txt", small, options);
            var t1 = Median(() => ArticleExtractor.Extract("a.txt", small, options));
            var t8 = Median(() => ArticleExtractor.Extract("a.txt", large, options));
            var ratio = t8 / Math.Max(t1, 0.5);
            failed += ratio < 30 ? 0 : 1;
            Console.WriteLine($"| {name} | {small.Length:N0} | {t1:F1} | {large.Length:N0} | {t8:F1} | {ratio:F1}{(ratio < 30 ? "" : " (over 30x)")} |");
        }

        return failed == 0 ? 0 : 1;
    }

    private static double Median(Action action)
    {
        var times = new double[5];
        for (var i = 0; i < times.Length; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return times[times.Length / 2];
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Generators.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? ".";
    }
}
