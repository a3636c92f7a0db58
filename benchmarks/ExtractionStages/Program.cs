using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using Newswire.Extraction;
using Newswire.Extraction.Actors;
using Newswire.Extraction.Analysis;
using Newswire.Extraction.Events;
using Newswire.Extraction.Text;

// Extraction throughput per stage on one thread, wall and CPU time, bytes allocated per article.
//   dotnet run -c Release --project benchmarks/ExtractionStages -- [--seconds S] [--rounds R] DIR [DIR...]
//   dotnet run -c Release --project benchmarks/ExtractionStages -- --linearity   (time grows linearly with size)
//   dotnet run -c Release --project benchmarks/ExtractionStages -- --passes N DIR [DIR...]   (untimed, for valgrind;
//     also prints the collections and the GC's pause share of the N passes, natively)
//   dotnet run -c Release --project benchmarks/ExtractionStages -- --survivors DIR [DIR...]   (bytes an article
//     leaves alive for the next one: see Survivors.cs)
// --stage S runs one stage only; "names-cold" is the tagger's first pass on a thread with an empty word cache.
// Each stage is cumulative (layout; +tokens; +actors; +events; full = ArticleExtractor.Extract, i.e. +places);
// MB/s counts UTF-16 chars of article text as bytes (the corpora are ASCII-ish news, so ~= UTF-8 bytes).
// The best round of each measure is reported; compare the CPU columns when the machine is loaded (process CPU
// includes the JIT and GC background threads; thread CPU is the extracting thread alone).
// --warmup S runs each stage S seconds before timing it (default: min(2, --seconds), as the figures of earlier
// sessions were taken). On a loaded 2-core box tiering takes many seconds to replace the instrumented code of a
// few hundred methods, so a short warm-up partly times unoptimized code; a long one gives steady-state figures.
namespace Newswire.ExtractionStages;

public static class Program
{
    private const string Usage = "usage: Newswire.ExtractionStages [--seconds S] [--rounds R] [--warmup S] [--stage layout|+tokens|+actors|+events|full|events|tokenize|names|names-cold|names-sentences|places] DIR [DIR...]\n" +
        "       Newswire.ExtractionStages --linearity";

    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--linearity")
        {
            return Linearity.Run(args);
        }

        if (args.Length > 1 && args[0] == "--survivors")
        {
            return Survivors.Run(args.Skip(1));
        }

        if (args.Length > 2 && args[0] == "--passes")
        {
            return FixedPasses(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args.Skip(2));
        }

        var seconds = 2.0;
        var rounds = 5;
        double? warmup = null;
        var dirs = new List<string>();
        string? only = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--seconds": seconds = double.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--rounds": rounds = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--warmup": warmup = double.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--stage": only = args[++i]; break;
                case "-h" or "--help": Console.WriteLine(Usage); return 0;
                default: dirs.Add(args[i]); break;
            }
        }

        var missing = dirs.FirstOrDefault(d => !Directory.Exists(d));
        if (dirs.Count == 0 || missing != null)
        {
            Console.Error.WriteLine(missing is null ? "no corpus folder given" : "no such folder: " + missing);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        Thread.CurrentThread.Priority = ThreadPriority.Highest;
        Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, load: {Load()}");
        // The embedded gazetteer loads once per process, on the first article with a place (inside the compiler too).
        var gazetteerLoad = Stopwatch.StartNew();
        var gazetteerCpu = ThreadCpuSeconds();
        var gazetteerEntries = Newswire.Extraction.Places.Gazetteer.Default.Count;
        Console.WriteLine($"gazetteer: {gazetteerEntries} entries loaded in {gazetteerLoad.Elapsed.TotalMilliseconds:0} ms wall, {(ThreadCpuSeconds() - gazetteerCpu) * 1000:0} ms thread CPU (cold, JIT included)");
        // The name model loads once per process too, and its feature index is built on the first new word.
        var taggerCpu = ThreadCpuSeconds();
        var tagger = Newswire.Extraction.Names.NameTagger.Default;
        var loaded = ThreadCpuSeconds();
        Newswire.Extraction.Names.FeatureIndex.For(tagger.Model);
        Console.WriteLine($"name model: {tagger.Model.Keys.Length} keys loaded in {(loaded - taggerCpu) * 1000:0} ms thread CPU, feature index built in {(ThreadCpuSeconds() - loaded) * 1000:0} ms (cold, JIT included)");
        Console.WriteLine("| Corpus | Articles | MB | Stage | Wall MB/s | Process CPU MB/s | Thread CPU MB/s | µs/article (thread CPU) | Alloc B/article |");
        Console.WriteLine("|---|---:|---:|---|---:|---:|---:|---:|---:|");
        foreach (var dir in dirs)
        {
            var articles = Directory.GetFiles(dir, "*.txt", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => ("news/" + Path.GetFileName(p), File.ReadAllText(p, Encoding.UTF8))).ToArray();
            long chars = articles.Sum(a => (long)a.Item2.Length);
            foreach (var (name, stage) in Stages())
            {
                if (only != null && name != only)
                {
                    continue;
                }

                // Warm-up (JIT tiers, lexicon load).
                var sw = Stopwatch.StartNew();
                while (sw.Elapsed.TotalSeconds < (warmup ?? Math.Min(2.0, seconds)))
                {
                    foreach (var (path, text) in articles) stage(path, text);
                }

                double bestCpu = double.MaxValue, bestWall = double.MaxValue, bestThread = double.MaxValue;
                long alloc = 0;
                for (var r = 0; r < rounds; r++)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    var passes = 0;
                    var a0 = GC.GetAllocatedBytesForCurrentThread();
                    var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
                    var t0 = ThreadCpuSeconds();
                    var w = Stopwatch.StartNew();
                    do
                    {
                        foreach (var (path, text) in articles) stage(path, text);
                        passes++;
                    }
                    while (w.Elapsed.TotalSeconds < seconds);
                    w.Stop();
                    var thread = (ThreadCpuSeconds() - t0) / passes;
                    bestThread = Math.Min(bestThread, thread);
                    var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds / passes;
                    var wall = w.Elapsed.TotalSeconds / passes;
                    alloc = (GC.GetAllocatedBytesForCurrentThread() - a0) / passes / articles.Length;
                    bestCpu = Math.Min(bestCpu, cpu);
                    bestWall = Math.Min(bestWall, wall);
                }

                var mb = chars / 1e6;
                var label = name.StartsWith("names", StringComparison.Ordinal) ? $"{name} ({TaggedTokens / bestThread / 1e6:F1}M tokens/s)" : name;
                Console.WriteLine($"| {Path.GetFileName(dir.TrimEnd('/'))} | {articles.Length} | {mb:F2} | {label} | {mb / bestWall:F1} | {mb / bestCpu:F1} | {mb / bestThread:F1} | {bestThread * 1e6 / articles.Length:F1} | {alloc:N0} |");
                TaggedTokens = 0;
                Tokenized.Clear();
                Analysed.Clear();
                Prepared.Clear();
            }

            if (only == null || only == "names-cold")
            {
                Console.WriteLine(ColdNames(Path.GetFileName(dir.TrimEnd('/')), articles, chars, rounds));
            }
        }

        Console.WriteLine($"load after: {Load()}");
        return 0;
    }

    // --passes N DIR...: one pass of full extraction, then N more, untimed: a fixed amount of work for an instruction
    // count, which a loaded host does not disturb as it does CPU time. benchmarks/icount.sh runs it on a NativeAOT
    // build under cachegrind (N = 0 and N = 10): under valgrind the JIT compiles most methods MinOpts, so a count of
    // `dotnet Newswire.ExtractionStages.dll` there is of code that never runs outside it (docs/measurements.md, session 15).
    private static int FixedPasses(int passes, IEnumerable<string> dirs)
    {
        var articles = dirs.SelectMany(d => Directory.GetFiles(d, "*.txt", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
            .Select(p => ("news/" + Path.GetFileName(p), File.ReadAllText(p, Encoding.UTF8))).ToArray();
        long allocated = 0;
        var pause = TimeSpan.Zero;
        var collections = new int[3];
        var wall = Stopwatch.StartNew();
        for (var r = 0; r <= passes; r++)
        {
            // Bytes allocated per article, counted over the passes after the first (as icount counts instructions).
            var before = GC.GetAllocatedBytesForCurrentThread();
            foreach (var (path, text) in articles) ArticleExtractor.Extract(path, text, ExtractionOptions.Default);
            allocated += r == 0 ? 0 : GC.GetAllocatedBytesForCurrentThread() - before;
            if (r == 0)
            {
                // The GC's own share, natively (valgrind's cache model changes the gen0 budget, so its count there differs).
                pause = GC.GetTotalPauseDuration();
                for (var g = 0; g < 3; g++) collections[g] = GC.CollectionCount(g);
                wall.Restart();
            }
        }

        Console.WriteLine($"{articles.Length} articles, {passes + 1} passes");
        if (passes > 0 && articles.Length > 0)
        {
            Console.WriteLine($"allocated: {allocated / passes / articles.Length:N0} B/article");
            var paused = GC.GetTotalPauseDuration() - pause;
            Console.WriteLine($"gc: {GC.CollectionCount(0) - collections[0]} gen0, {GC.CollectionCount(1) - collections[1]} gen1, "
                + $"{GC.CollectionCount(2) - collections[2]} gen2 collections in {passes} passes; paused {paused.TotalMilliseconds:F1} ms "
                + $"of {wall.Elapsed.TotalMilliseconds:F0} ms wall ({paused.TotalMilliseconds / wall.Elapsed.TotalMilliseconds * 100:F1} %)");
        }
        return 0;
    }

    private static IEnumerable<(string, Action<string, string>)> Stages()
    {
        yield return ("layout", (p, t) => ArticleExtractor.Prepare(p, t, ExtractionOptions.Default));
        yield return ("+tokens", (p, t) =>
        {
            var d = ArticleExtractor.Prepare(p, t, ExtractionOptions.Default).Document;
            if (d != null) TokenizedText.Build(d);
        }
        );
        yield return ("+actors", (p, t) =>
        {
            var d = ArticleExtractor.Prepare(p, t, ExtractionOptions.Default).Document;
            if (d != null) ActorExtractor.Extract(d, TokenizedText.Build(d));
        }
        );
        yield return ("+events", (p, t) =>
        {
            var d = ArticleExtractor.Prepare(p, t, ExtractionOptions.Default).Document;
            if (d != null)
            {
                var tokenized = TokenizedText.Build(d);
                Newswire.Extraction.Events.EventExtractor.Extract(d, tokenized, ActorExtractor.Extract(d, tokenized));
            }
        }
        );
        yield return ("full", (p, t) => ArticleExtractor.Extract(p, t, ExtractionOptions.Default));

        // The name tagger alone, on tokens built once per article (so its MB/s is the tagger's own cost).
        var names = new List<Newswire.Extraction.Names.TaggedName>();
        yield return ("names", (p, t) =>
        {
            if (!Tokenized.TryGetValue(t, out var tokens))
            {
                var d = ArticleExtractor.Prepare(p, t, ExtractionOptions.Default).Document;
                tokens = d == null ? null : TokenizedText.Build(d);
                Tokenized[t] = tokens;
                TaggedTokens += tokens?.Tokens.Length ?? 0;
            }

            names.Clear();
            if (tokens != null) Newswire.Extraction.Names.NameTagger.Default.Tag(tokens, names);
        }
        );

        // The place stage alone, on actors and events built once per article (re-applied each pass: the places
        // and countries it filled the first time are there again, which changes the work little).
        yield return ("places", (p, t) =>
        {
            if (!Analysed.TryGetValue(t, out var analysed))
            {
                var d = ArticleExtractor.Prepare(p, t, ExtractionOptions.Default).Document;
                if (d != null)
                {
                    var tokenized = TokenizedText.Build(d);
                    var actors = ActorExtractor.Extract(d, tokenized);
                    analysed = (d, actors.Actors, Newswire.Extraction.Events.EventExtractor.Extract(d, tokenized, actors));
                }

                Analysed[t] = analysed;
            }

            if (analysed.Document != null) Newswire.Extraction.Places.PlaceStage.Apply(analysed.Document, analysed.Actors, analysed.Events);
        }
        );

        // The event stage alone, on tokens and actors built once per article (its own cost, warm caches).
        yield return ("events", (p, t) =>
        {
            if (!Prepared.TryGetValue(t, out var prepared))
            {
                var d = ArticleExtractor.Prepare(p, t, ExtractionOptions.Default).Document;
                if (d != null)
                {
                    var tokenized = TokenizedText.Build(d);
                    prepared = (d, tokenized, ActorExtractor.Extract(d, tokenized));
                }

                Prepared[t] = prepared;
            }

            if (prepared.Document != null) Newswire.Extraction.Events.EventExtractor.Extract(prepared.Document, prepared.Tokens!, prepared.Actors!);
        }
        );

        // Layout and the tokenizer alone, without sentences (+tokens minus this is the sentence split and the copy).
        yield return ("tokenize", (p, t) =>
        {
            var d = ArticleExtractor.Prepare(p, t, ExtractionOptions.Default).Document;
            if (d != null)
            {
                var buffer = TokenBuffer.Rent(t.Length / 4 + 16);
                foreach (var r in d.Regions) Tokenizer.Tokenize(d.Text, r.Start, r.End, buffer);
                TokenBuffer.Return(buffer);
            }
        }
        );

        // The same without the document-level pass (sentence tagging alone).
        var model = Newswire.Extraction.Names.NameTagger.Default.Model;
        var sentencesOnly = new Newswire.Extraction.Names.NameTagger(model.WithDecoding(model.Decoder, documentConsistency: false));
        yield return ("names-sentences", (p, t) =>
        {
            if (!Tokenized.TryGetValue(t, out var tokens))
            {
                var d = ArticleExtractor.Prepare(p, t, ExtractionOptions.Default).Document;
                tokens = d == null ? null : TokenizedText.Build(d);
                Tokenized[t] = tokens;
                TaggedTokens += tokens?.Tokens.Length ?? 0;
            }

            names.Clear();
            if (tokens != null) sentencesOnly.Tag(tokens, names);
        }
        );
    }

    // The name tagger's first pass over the corpus on a fresh thread, whose word cache is empty: every distinct
    // word's vectors are filled once, as in a fresh process (a compiler run, a CLI call). Tokens are built
    // beforehand, outside the timing; the best of the rounds, each on a new thread.
    private static string ColdNames(string corpus, (string Path, string Text)[] articles, long chars, int rounds)
    {
        var tokenized = new List<TokenizedText>();
        foreach (var (path, text) in articles)
        {
            var d = ArticleExtractor.Prepare(path, text, ExtractionOptions.Default).Document;
            if (d != null) tokenized.Add(TokenizedText.Build(d));
        }

        // Warm-up on this thread (JIT tiers, model and index load); the timed passes run on new threads.
        var warm = new List<Newswire.Extraction.Names.TaggedName>();
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed.TotalSeconds < 2)
        {
            foreach (var t in tokenized)
            {
                warm.Clear();
                Newswire.Extraction.Names.NameTagger.Default.Tag(t, warm);
            }
        }

        var best = double.MaxValue;
        for (var r = 0; r < rounds; r++)
        {
            var seconds = 0.0;
            var thread = new Thread(() =>
            {
                var names = new List<Newswire.Extraction.Names.TaggedName>();
                var t0 = ThreadCpuSeconds();
                foreach (var t in tokenized)
                {
                    names.Clear();
                    Newswire.Extraction.Names.NameTagger.Default.Tag(t, names);
                }

                seconds = ThreadCpuSeconds() - t0;
            });
            thread.Start();
            thread.Join();
            best = Math.Min(best, seconds);
        }

        var mb = chars / 1e6;
        return $"| {corpus} | {articles.Length} | {mb:F2} | names-cold (empty word cache) | | | {mb / best:F1} | {best * 1e6 / articles.Length:F1} | |";
    }

    private static readonly Dictionary<string, TokenizedText?> Tokenized = new(ReferenceEqualityComparer.Instance);

    private static readonly Dictionary<string, (AnalysisDocument? Document, IReadOnlyList<Newswire.Extraction.Model.ExtractedActor> Actors, IReadOnlyList<Newswire.Extraction.Model.ExtractedEvent> Events)> Analysed =
        new(ReferenceEqualityComparer.Instance);

    private static readonly Dictionary<string, (AnalysisDocument? Document, TokenizedText? Tokens, ActorExtractionResult? Actors)> Prepared =
        new(ReferenceEqualityComparer.Instance);

    /// <summary>Tokens of the corpus the "names" stage tagged (to turn its MB/s into tokens/s).</summary>
    private static long TaggedTokens;

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Sec;
        public long Nsec;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGettime(int clock, out Timespec ts);

    /// <summary>CPU time of this thread alone (CLOCK_THREAD_CPUTIME_ID; excludes the JIT and GC threads).</summary>
    private static double ThreadCpuSeconds()
    {
        try
        {
            return ClockGettime(3, out var ts) == 0 ? ts.Sec + ts.Nsec / 1e9 : double.NaN;
        }
        catch (Exception)
        {
            return double.NaN; // not Linux
        }
    }

    private static string Load()
    {
        try { return File.ReadAllText("/proc/loadavg").Trim(); } catch { return "?"; }
    }
}
