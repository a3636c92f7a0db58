using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Newswire.Extraction.Events;

namespace FitEventConfidence;

/// <summary>
/// Fits EventConfidence on the labelled events (seeds, the hand-written positives and traps in tests/, the
/// real-actor part of the PETRARCH dev/events set), writes the weights, and prints the calibration table on the
/// held-out dev/events-news set. Deterministic: the same extractor and data give the same weights.
/// usage: dotnet run -c Release --project tools/FitEventConfidence -- [--shared ../shared] [--lambda 1] [--dry-run]
/// (run from the repository root).
/// </summary>
internal static class Program
{
    private const string WeightsFile = "src/Newswire.Extraction/Events/EventConfidenceWeights.cs";
    private const string TestData = "tests/Newswire.Extraction.Tests/Events/Data";

    private static int Main(string[] args)
    {
        // The evidence behind each event is kept only when asked for (see EventEvidenceLog).
        EventEvidenceLog.Enabled = true;
        var shared = "../shared";
        double? lambda = null;
        var dryRun = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--shared": shared = args[++i]; break;
                case "--lambda": lambda = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--dry-run": dryRun = true; break;
                case "--verbose": break;
                default: Console.Error.WriteLine("unknown argument " + args[i]); return 2;
            }
        }

        var train = Labelled.Seeds(shared)
            .Concat(Labelled.Positives(TestData))
            .Concat(Labelled.Stories(TestData))
            .Concat(Labelled.Traps(TestData))
            .Concat(Labelled.Scored("petrarch-real", Path.Combine(shared, "eval", "dev", "events"), realActorsOnly: true))
            .ToList();
        var heldOut = Labelled.Scored("events-news", Path.Combine(shared, "eval", "dev", "events-news"), realActorsOnly: false).ToList();
        foreach (var g in train.GroupBy(s => s.Set))
        {
            Console.WriteLine($"train {g.Key}: {g.Count()} events, {g.Count(s => s.Right)} right");
        }

        Console.WriteLine($"held out events-news: {heldOut.Count} events, {heldOut.Count(s => s.Right)} right");
        if (args.Contains("--verbose"))
        {
            foreach (var s in train.Where(s => !s.Right))
            {
                Console.WriteLine($"  wrong {s.Set} {s.Code} {s.Evidence.Trigger}/{s.Evidence.Agent}/{s.Evidence.Modality}: {s.File}");
            }
        }

        var xs = train.Select(Features).ToList();
        var ys = train.Select(s => s.Right).ToList();
        var groups = train.Select(s => s.Set + "/" + s.File).ToList();
        var chosen = lambda ?? ChooseLambda(xs, ys, groups);
        var weights = Logistic.Fit(xs, ys, chosen);
        for (var i = 0; i < weights.Length; i++)
        {
            Console.WriteLine($"  {EventConfidence.FeatureNames[i],-26} {weights[i],8:0.0000}");
        }

        Console.WriteLine();
        Console.WriteLine("training sets (in-sample):");
        Console.WriteLine(Table(train, weights));
        Console.WriteLine("training sets, leave-one-document-out (each story scored by a model fitted without it):");
        Console.WriteLine(Table(OutOfFold(xs, ys, groups, chosen).Select((p, i) => (p, train[i].Right)).ToList()));
        Console.WriteLine("dev/events-news (held out):");
        Console.WriteLine(Table(heldOut, weights));
        if (!dryRun)
        {
            File.WriteAllText(WeightsFile, Source(weights, chosen, train.Count));
            Console.WriteLine("wrote " + WeightsFile);
        }

        return 0;
    }

    /// <summary>The L2 strength with the lowest leave-one-document-out log loss (events of one story stay together).</summary>
    private static double ChooseLambda(List<double[]> xs, List<bool> ys, List<string> groups)
    {
        var best = 1.0;
        var bestLoss = double.MaxValue;
        foreach (var lambda in new[] { 0.3, 1, 3, 10, 30 })
        {
            var loss = 0.0;
            foreach (var g in groups.Distinct())
            {
                var trainIdx = Enumerable.Range(0, xs.Count).Where(i => groups[i] != g).ToList();
                var w = Logistic.Fit(trainIdx.Select(i => xs[i]).ToList(), trainIdx.Select(i => ys[i]).ToList(), lambda);
                for (var i = 0; i < xs.Count; i++)
                {
                    if (groups[i] == g)
                    {
                        var p = Math.Clamp(Logistic.Sigmoid(xs[i].Zip(w, (a, b) => a * b).Sum()), 1e-6, 1 - 1e-6);
                        loss -= ys[i] ? Math.Log(p) : Math.Log(1 - p);
                    }
                }
            }

            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "lambda {0,4}: leave-one-document-out log loss {1:0.000}", lambda, loss / xs.Count));
            if (loss < bestLoss)
            {
                bestLoss = loss;
                best = lambda;
            }
        }

        return best;
    }

    private static double[] Features(Sample s)
    {
        var x = new double[EventConfidence.FeatureCount];
        EventConfidence.Features(s.Evidence, x);
        return x;
    }

    private static readonly double[] Bins = { 0, 0.5, 0.7, 0.8, 0.9, 1.0001 };

    private static double[] OutOfFold(List<double[]> xs, List<bool> ys, List<string> groups, double lambda)
    {
        var p = new double[xs.Count];
        foreach (var g in groups.Distinct())
        {
            var trainIdx = Enumerable.Range(0, xs.Count).Where(i => groups[i] != g).ToList();
            var w = Logistic.Fit(trainIdx.Select(i => xs[i]).ToList(), trainIdx.Select(i => ys[i]).ToList(), lambda);
            for (var i = 0; i < xs.Count; i++)
            {
                if (groups[i] == g)
                {
                    p[i] = Math.Round(Logistic.Sigmoid(xs[i].Zip(w, (a, b) => a * b).Sum()), 3);
                }
            }
        }

        return p;
    }

    private static string Table(List<Sample> samples, double[] weights) =>
        Table(samples.Select(s => (Math.Round(EventConfidence.Probability(s.Evidence, weights), 3), s.Right)).ToList());

    /// <summary>Predicted vs observed precision per confidence bin, as a Markdown table.</summary>
    private static string Table(List<(double P, bool Right)> samples)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| confidence | events | mean predicted | observed precision |");
        sb.AppendLine("|---|---:|---:|---:|");
        for (var b = 0; b + 1 < Bins.Length; b++)
        {
            var inBin = samples.Select(s => (right: s.Right, p: s.P)).Where(t => t.p >= Bins[b] && t.p < Bins[b + 1]).ToList();
            var label = b + 2 == Bins.Length ? $"{Bins[b]:0.0}–1.0" : $"{Bins[b]:0.0}–{Bins[b + 1]:0.0}";
            if (inBin.Count == 0)
            {
                sb.AppendLine($"| {label} | 0 | – | – |");
                continue;
            }

            sb.AppendLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1} | {2:0.000} | {3:0.000} |", label, inBin.Count, inBin.Average(t => t.p), inBin.Count(t => t.right) / (double)inBin.Count));
        }

        return sb.ToString();
    }

    private static string Source(double[] w, double lambda, int n)
    {
        var sb = new StringBuilder();
        sb.AppendLine("// <auto-generated/> by tools/FitEventConfidence; do not edit by hand (run the tool, see README \"Event confidence\").");
        sb.AppendLine("namespace Newswire.Extraction.Events;");
        sb.AppendLine();
        sb.AppendLine("/// <summary>The fitted weights of <see cref=\"EventConfidence\"/>, one per feature name.</summary>");
        sb.AppendLine("internal static class EventConfidenceWeights");
        sb.AppendLine("{");
        sb.AppendLine(string.Format(CultureInfo.InvariantCulture, "    // L2 lambda {0}, {1} labelled events.", lambda, n));
        sb.AppendLine("    public static readonly double[] Weights =");
        sb.AppendLine("    {");
        for (var i = 0; i < w.Length; i++)
        {
            sb.AppendLine(string.Format(CultureInfo.InvariantCulture, "        {0:0.######}, // {1}", w[i], EventConfidence.FeatureNames[i]));
        }

        sb.AppendLine("    };");
        sb.AppendLine("}");
        return sb.ToString();
    }
}
