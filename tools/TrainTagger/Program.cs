using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Newswire.Extraction.Names;
using Newswire.Extraction.Names.Training;

// Trains the name tagger and writes the model the engine embeds; or evaluates a model on CoNLL files.
//   dotnet run -c Release --project tools/TrainTagger --                 train with the defaults, write the model
//   dotnet run -c Release --project tools/TrainTagger -- --eval FILE...  span P/R/F1 per type (reporting only)
// Options: --data DIR (../shared/train), --lexicon FILE, --out FILE, --sets a,b,c, --holdout-sets a,b, --holdout-every K,
// --epochs N, --scheme bio|bilou, --decoder greedy|viterbi, --prune X, --doc on|off, --model FILE (for --eval),
// --final train|all (ship the measured model, whose calibration was fitted on its own held-out output; or one retrained on the held-out documents too), --seed N (shuffle seed), --runs R (average R runs with seeds N, N+1, ...), --no-write (measure only), --errors (write the holdout errors to a temp file), --repeat set=k,... (present a set k times per epoch), --detokenize (render training text like real text too; default: CoNLL spacing).
namespace TrainTagger;

public static class Program
{
    // News-like and encyclopedic sets: the default choice (see README, "Name tagger", for the measurement).
    private static readonly string[] DefaultSets = { "gum-wikinews", "gum-open-other", "wikigold", "uner-ewt", "uner-pud", "uner-ewt-train", "btc", "wnut17" };

    public static int Main(string[] args)
    {
        var root = FindRoot();
        var data = Path.Combine(root, "..", "shared", "train");
        var lexicon = Path.Combine(root, "src", "Newswire.Extraction", "Lexicons", "Data", "actors.tsv");
        var output = Path.Combine(root, "src", "Newswire.Extraction", "Names", "Data", "names.model");
        string? model = null;
        var sets = DefaultSets.ToList();
        var holdoutSets = new List<string> { "gum-wikinews", "uner-pud", "wikigold", "gum-open-other" };
        var newsSets = new List<string> { "gum-wikinews", "uner-pud" };
        var final = "train";
        var holdoutEvery = 4;
        var options = new TrainerOptions();
        var eval = new List<string>();
        var write = true;
        var showErrors = false;
        var spaced = true;
        var repeat = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--data": data = args[++i]; break;
                case "--lexicon": lexicon = args[++i]; break;
                case "--out": output = args[++i]; break;
                case "--model": model = args[++i]; break;
                case "--sets": sets = args[++i].Split(',').ToList(); break;
                case "--holdout-sets": holdoutSets = args[++i].Split(',').ToList(); break;
                case "--holdout-every": holdoutEvery = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--epochs": options.Epochs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--scheme": options.Scheme = args[++i] == "bio" ? TagScheme.Bio : TagScheme.Bilou; break;
                case "--decoder": options.Decoder = args[++i] == "viterbi" ? Decoder.Viterbi : Decoder.Greedy; break;
                case "--prune": options.Prune = float.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--doc": options.DocumentConsistency = args[++i] != "off"; break;
                case "--runs": options.Runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--seed": options.Seed = uint.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--no-write": write = false; break;
                case "--errors": showErrors = true; break;
                case "--detokenize": spaced = false; break;
                case "--repeat":
                    foreach (var kv in args[++i].Split(','))
                    {
                        var parts = kv.Split('=');
                        repeat[parts[0]] = int.Parse(parts[1], CultureInfo.InvariantCulture);
                    }

                    break;
                case "--final": final = args[++i]; break;
                case "--eval":
                    while (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        eval.Add(args[++i]);
                    }

                    break;
                default:
                    Console.Error.WriteLine($"unknown argument {args[i]}");
                    return 2;
            }
        }

        if (eval.Count > 0)
        {
            return Evaluate(model ?? output, eval, showErrors);
        }

        var clock = Stopwatch.StartNew();
        var train = new List<TrainingDocument>();
        var holdout = new List<TrainingDocument>();
        var newsHoldout = new List<TrainingDocument>();
        foreach (var set in sets)
        {
            var docs = TrainingDocument.ReadConll(File.ReadLines(Path.Combine(data, "ner", set, "train.conll")));
            int nTrain = 0, nHold = 0;
            for (var d = 0; d < docs.Count; d++)
            {
                var held = holdoutSets.Contains(set) && d % holdoutEvery == holdoutEvery - 1;

                // Held-out documents are always rendered as real text (punctuation and clitics attached); training text keeps
                // CoNLL's spacing unless --detokenize: measured on the holdout, that trains a slightly better tagger.
                var doc = TrainingDocument.From(docs[d], detokenize: held || !spaced);
                if (held)
                {
                    holdout.Add(doc);
                    if (newsSets.Contains(set))
                    {
                        newsHoldout.Add(doc);
                    }

                    nHold++;
                }
                else
                {
                    // A set given --repeat k is presented k times per epoch (more weight for news-like text).
                    for (var k = repeat.TryGetValue(set, out var r) ? r : 1; k > 0; k--)
                    {
                        train.Add(doc);
                    }

                    nTrain++;
                }
            }

            Console.WriteLine($"{set}: {nTrain} training documents, {nHold} held out");
        }

        var lists = new WordListBuilder();
        Gazetteers.AddGazetteers(lists, Path.Combine(data, "gazetteers"));
        Gazetteers.AddLexicon(lists, lexicon);
        lists.AddCommonLower(train, 3);
        var words = lists.Build();
        Console.WriteLine($"word lists: {words.Count} words; data ready in {clock.Elapsed.TotalSeconds:F1} s");

        var trained = new PerceptronTrainer(words, options).Train(train, Console.WriteLine);
        Console.WriteLine($"trained in {clock.Elapsed.TotalSeconds:F1} s");

        // Measure through the file format and the run-time tagger, as the engine will use it.
        var tagger = NameTagger.Load(new MemoryStream(trained.ToBytes()));
        foreach (var (doc, repairs) in new[] { (false, false), (false, true), (true, false), (true, true) })
        {
            NameRepairs.Enabled = repairs;
            var t = new NameTagger(tagger.Model.WithDecoding(options.Decoder, doc));
            var news = SpanEvaluation.Run(t, newsHoldout);
            var e = SpanEvaluation.Run(t, holdout);
            Console.WriteLine($"holdout, document pass {(doc ? "on" : "off")}, repairs {(repairs ? "on" : "off")}: news ({newsHoldout.Count} docs of {string.Join(",", newsSets)}) F1 {news.F1:F4}; all held out ({holdout.Count} docs) F1 {e.F1:F4}");
            Console.Write(news.Report());
            Console.Write(e.Report());
        }

        NameRepairs.Enabled = true;
        if (showErrors)
        {
            var errors = SpanEvaluation.Run(new NameTagger(tagger.Model.WithDecoding(options.Decoder, options.DocumentConsistency)), holdout, errors: true).Errors!;
            File.WriteAllLines(Path.Combine(Path.GetTempPath(), "traintagger-holdout-errors.txt"), errors);
            Console.WriteLine($"{errors.Count} held-out errors written to {Path.Combine(Path.GetTempPath(), "traintagger-holdout-errors.txt")}");
        }

        var measured = tagger.Model.WithDecoding(options.Decoder, options.DocumentConsistency);
        var fit = SpanEvaluation.Run(new NameTagger(measured), holdout);
        var (raw, probability) = Calibration.Fit(fit.Spans.Select(s => (s.Raw, s.Correct)).ToList());
        Console.WriteLine("calibration (held-out spans):");
        for (var i = 0; i < raw.Length; i++)
        {
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  raw >= {0,8:F2} -> {1:F3}", raw[i] == float.MinValue ? double.NegativeInfinity : raw[i], probability[i]));
        }

        // The shipped measured learns from the held-out documents too, with the settings and calibration chosen above.
        if (final == "all" && holdout.Count > 0)
        {
            var everything = new List<TrainingDocument>(train);
            everything.AddRange(holdout);
            var allLists = new WordListBuilder();
            Gazetteers.AddGazetteers(allLists, Path.Combine(data, "gazetteers"));
            Gazetteers.AddLexicon(allLists, lexicon);
            allLists.AddCommonLower(everything, 3);
            measured = new PerceptronTrainer(allLists.Build(), options).Train(everything, Console.WriteLine);
            Console.WriteLine($"retrained on all {everything.Count} documents in {clock.Elapsed.TotalSeconds:F1} s");
        }

        var shipped = measured.WithDecoding(options.Decoder, options.DocumentConsistency).WithCalibration(raw, probability);
        var bytes = shipped.ToBytes();
        if (write)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            File.WriteAllBytes(output, bytes);
            Console.WriteLine($"wrote {output}: {bytes.Length:N0} bytes, {shipped.Keys.Length:N0} features, {shipped.WordList.Count:N0} words");
        }
        else
        {
            Console.WriteLine($"measured would be {bytes.Length:N0} bytes, {shipped.Keys.Length:N0} features");
        }

        Console.WriteLine($"total {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    private static int Evaluate(string modelPath, List<string> files, bool showErrors)
    {
        NameTagger tagger;
        using (var stream = File.OpenRead(modelPath))
        {
            tagger = NameTagger.Load(stream);
        }

        var all = new List<TrainingDocument>();
        foreach (var file in files)
        {
            var docs = TrainingDocument.ReadConll(File.ReadLines(file)).Select(TrainingDocument.From).ToList();
            all.AddRange(docs);
            var e = SpanEvaluation.Run(tagger, docs, errors: showErrors);
            foreach (var error in e.Errors ?? new List<string>())
            {
                Console.WriteLine("  " + error);
            }

            var noMisc = SpanEvaluation.Run(tagger, docs, skipMisc: true);
            Console.WriteLine($"{file}: {docs.Count} documents; F1 {e.F1:F4} (PER/ORG/LOC only: {noMisc.F1:F4})");
            Console.Write(e.Report());
        }

        if (files.Count > 1)
        {
            var e = SpanEvaluation.Run(tagger, all, skipMisc: true);
            Console.WriteLine($"all files, PER/ORG/LOC only: F1 {e.F1:F4}");
            Console.Write(e.Report());
            Console.WriteLine("calibration (confidence band: precision of predicted PER/ORG/LOC spans):");
            Console.Write(e.CalibrationTable());
        }

        return 0;
    }

    private static string FindRoot()
    {
        var dir = Directory.GetCurrentDirectory();
        while (dir != null && !File.Exists(Path.Combine(dir, "Generators.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? Directory.GetCurrentDirectory();
    }
}
