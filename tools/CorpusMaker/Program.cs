using System.Globalization;
using Newswire.Tools.CorpusMaker;

// CorpusMaker: writes N realistic synthetic articles, deterministically.
//   dotnet run --project tools/CorpusMaker -- --count 10000 --out /tmp/corpus
//   dotnet run --project tools/CorpusMaker -- --total-mb 100 --out /tmp/corpus100
// Options: --count N (default 1000), --total-mb MB (write until the total reaches MB; overrides --count),
//          --out DIR (required), --seed S (default 42), --lexicon actors.tsv (default: the repository's built-in lexicon),
//          --min-kb / --max-kb (default 1 / 12), --folders K (spread files over K sub-folders, default 0 = flat).
var count = 1000;
double? totalMb = null;
string? output = null;
var seed = 42;
string? lexicon = null;
double minKb = 1, maxKb = 12;
var folders = 0;
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException("missing value after " + args[i]);
    switch (args[i])
    {
        case "--count": count = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--total-mb": totalMb = double.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--out": output = Next(); break;
        case "--seed": seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--lexicon": lexicon = Next(); break;
        case "--min-kb": minKb = double.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--max-kb": maxKb = double.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--folders": folders = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "-h" or "--help":
            Console.WriteLine("CorpusMaker --out DIR [--count N | --total-mb MB] [--seed S] [--lexicon actors.tsv] [--min-kb 1] [--max-kb 12] [--folders K]");
            return 0;
        default:
            Console.Error.WriteLine("unknown option " + args[i]);
            return 2;
    }
}

if (output is null)
{
    Console.Error.WriteLine("--out DIR is required");
    return 2;
}

var names = ActorPool.Load(lexicon ?? ActorPool.FindBuiltInLexicon(AppContext.BaseDirectory) ?? ActorPool.FindBuiltInLexicon(Environment.CurrentDirectory));
var corpus = new SyntheticCorpus(names, seed, minKb, maxKb);
Directory.CreateDirectory(output);
long bytes = 0;
var written = 0;
var limit = totalMb is { } mb ? (long)(mb * 1024 * 1024) : long.MaxValue;
for (var n = 0; totalMb is null ? n < count : bytes < limit; n++)
{
    var article = corpus.Next();
    var dir = folders > 0 ? Path.Combine(output, "f" + (n % folders).ToString("D2", CultureInfo.InvariantCulture)) : output;
    if (folders > 0)
    {
        Directory.CreateDirectory(dir);
    }

    var data = System.Text.Encoding.UTF8.GetBytes(article.Text);
    File.WriteAllBytes(Path.Combine(dir, article.FileName), data);
    bytes += data.Length;
    written++;
}

Console.WriteLine($"{written} articles, {bytes / 1048576.0:F1} MB ({bytes} bytes), seed {seed}, lexicon: {names.Source} -> {Path.GetFullPath(output)}");
return 0;
