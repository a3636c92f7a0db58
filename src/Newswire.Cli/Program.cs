using System;
using System.Collections.Generic;
using System.IO;
using Newswire.Cli.Commands;
using Newswire.Extraction;

namespace Newswire.Cli;

/// <summary>Entry point: <c>newswire extract|check|stats &lt;files-or-folders...&gt; [options]</c>.</summary>
internal static partial class Program
{
    private const string Usage =
        "usage: newswire <command> <files-or-folders...> [options]\n" +
        "\n" +
        "commands:\n" +
        "  extract   print the extraction (articles, actors, events) as JSON, NDJSON or JSON-LD\n" +
        "  check     print the diagnostics the compiler would report (file(line,col): ...); exit 1 on errors\n" +
        "  stats     counts of articles, actors by kind, events by CAMEO root; top actors by mentions and events\n" +
        "  help      print this text (also -h or --help, after any command too)\n" +
        "\n" +
        "options:\n" +
        "  --format json|ndjson|jsonld   extract: output format (default json, one line; see --indent)\n" +
        "           plover               extract: one PLOVER JSON line per event (statements, root 01, left out)\n" +
        "           geojson              extract: events and located actors as GeoJSON points (RFC 7946)\n" +
        "  --indent                      extract: indent the json output (jsonld is always indented)\n" +
        "  --output, -o <file>           extract: write to a file instead of stdout\n" +
        "  --lexicon <file>              your own lexicon file (same format as the NewswireLexicon item)\n" +
        "  --max-article-chars <n>       analysis limit per article (default 4000000)\n" +
        "  --warnaserror                 check: exit 1 on warnings too\n" +
        "  --top <n>                     stats: how many top actors (default 10)\n" +
        "  --min-confidence <p>          extract, stats: keep only events with confidence >= p (0 to 1; see README)\n" +
        "  --no-progress                 never draw a progress bar (it is drawn only on a terminal, from 200 files)\n" +
        "  --version                     print the version\n" +
        "\n" +
        "examples:\n" +
        "  newswire extract samples/NewsExplorer/news --format json --indent\n" +
        "  newswire extract news --format ndjson -o articles.ndjson\n" +
        "  newswire extract news --format jsonld     # schema.org NewsArticle, its actors, and its events as Event\n" +
        "  newswire check news --warnaserror\n" +
        "  newswire stats news --top 20\n" +
        "\n" +
        "Folders are searched for *.txt recursively. Exit codes: 0 ok, 1 check found problems, 2 usage or input error.";

    public static int Main(string[] args)
    {
        try
        {
            return Run(args, Console.Out, Console.Error);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine("newswire: " + e.Message);
            return 2;
        }
    }

    private static bool IsHelp(string arg) => arg == "-h" || arg == "--help" || arg == "-?";

    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // Help wins wherever it stands ("newswire extract --help", "newswire help stats"): one usage text covers every command.
        if (args.Length == 0 || args[0] == "help" || Array.Exists(args, IsHelp))
        {
            (args.Length == 0 ? stderr : stdout).WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        if (args[0] == "--version")
        {
            stdout.WriteLine(typeof(Program).Assembly.GetName().Version?.ToString(3));
            return 0;
        }

        var command = args[0];
        if (command != "extract" && command != "check" && command != "stats")
        {
            stderr.WriteLine("newswire: unknown command '" + command + "'\n\n" + Usage);
            return 2;
        }

        Arguments a;
        try
        {
            a = Arguments.Parse(args);
        }
        catch (UsageException e)
        {
            stderr.WriteLine("newswire: " + e.Message);
            return 2;
        }

        if (a.Format != "json" && a.Format != "ndjson" && a.Format != "jsonld" && a.Format != "plover" && a.Format != "geojson")
        {
            stderr.WriteLine("newswire: unknown format '" + a.Format + "' (json, ndjson, jsonld, plover or geojson)");
            return 2;
        }

        if (a.Paths.Count == 0)
        {
            stderr.WriteLine("newswire: name at least one article file or folder\n\n" + Usage);
            return 2;
        }

        var files = Corpus.ResolveFiles(a.Paths, stderr, out var ok);
        if (!ok)
        {
            return 2;
        }

        if (!ReadLexicon(a.Lexicon, stderr, out var lexiconText, out var lexiconProblems))
        {
            return 2;
        }

        var options = new ExtractionOptions(maxArticleChars: a.MaxChars, lexiconText: lexiconText);
        using var progress = a.NoProgress ? null : Progress.ForTerminal(stderr, files.Count);
        var corpus = Corpus.Load(files, options, stderr, progress is null ? null : progress.Report);
        progress?.Dispose();
        ConfidenceFilter.Apply(corpus.Articles, a.MinConfidence);

        return RunCommand(command, a, corpus, lexiconProblems, stdout, stderr);
    }

    // The command proper, over the loaded corpus: check, stats, or extract in the chosen format.
    private static int RunCommand(string command, Arguments a, Corpus corpus, List<string> lexiconProblems, TextWriter stdout, TextWriter stderr)
    {
        if (command == "check")
        {
            foreach (var line in lexiconProblems)
            {
                stdout.WriteLine(line);
            }

            var result = CheckCommand.Run(corpus, stdout, a.WarnAsError);
            return lexiconProblems.Count > 0 && a.WarnAsError ? 1 : result;
        }

        foreach (var line in lexiconProblems)
        {
            stderr.WriteLine(line);
        }

        if (command == "stats")
        {
            return StatsCommand.Run(corpus, stdout, a.Top);
        }

        stdout.Flush();
        using var stream = a.Output.Length > 0 ? File.Create(a.Output) : Console.OpenStandardOutput();
        switch (a.Format)
        {
            case "ndjson": JsonExport.WriteNdjson(corpus, stream); break;
            case "jsonld": JsonExport.WriteJsonLd(corpus, stream); break;
            case "plover": PloverExport.Write(corpus, stream); break;
            case "geojson": GeoJsonExport.Write(corpus, stream); break;
            default: JsonExport.WriteJson(corpus, stream, a.Indent); break;
        }

        stream.Flush();
        return 0;
    }

    // The consumer lexicon file, if one was named: its text, and its bad lines as the compiler reports them
    // (NEWS013; they are skipped). False when the file does not exist.
    private static bool ReadLexicon(string lexicon, TextWriter stderr, out string? lexiconText, out List<string> lexiconProblems)
    {
        lexiconText = null;
        lexiconProblems = new List<string>();
        if (lexicon.Length == 0)
        {
            return true;
        }

        if (!File.Exists(lexicon))
        {
            stderr.WriteLine("newswire: no such lexicon file: " + lexicon);
            return false;
        }

        lexiconText = File.ReadAllText(lexicon);
        foreach (var problem in Extraction.Lexicons.LexiconFile.Validate(lexiconText))
        {
            lexiconProblems.Add(lexicon + "(" + problem.Key + ",1): warning " + Extraction.Diagnostics.DiagnosticCatalog.InvalidLexiconEntry.Id + ": "
                + Extraction.Diagnostics.DiagnosticCatalog.InvalidLexiconEntry.Format("line " + problem.Key + ": " + problem.Value + " (the line is skipped)"));
        }

        return true;
    }

    private static int PositiveInt(string option, string value)
    {
        if (!int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) || n <= 0)
        {
            throw new UsageException("option " + option + " needs a positive whole number, not '" + value + "'");
        }

        return n;
    }

    private sealed class UsageException : Exception
    {
        public UsageException(string message)
            : base(message)
        {
        }
    }
}
