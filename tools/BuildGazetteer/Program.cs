using System.IO.Compression;
using System.Text;
using Newswire.Tools.BuildGazetteer;

// BuildGazetteer: writes the engine's embedded gazetteer from the staged GeoNames and Wikidata files.
//   dotnet run -c Release --project tools/BuildGazetteer -- --sources ../shared/train/gazetteers
// Options: --sources DIR (default ../shared/train/gazetteers), --lexicon actors.tsv (default: the built-in lexicon),
//          --curated regions.tsv (default tools/lexicons/curated/regions.tsv: English names that win over GeoNames'),
//          --out FILE (default src/Newswire.Extraction/Places/Data/places.tsv.gz), --text FILE (also write it uncompressed).
// The output is deterministic: rows are sorted, numbers are written invariantly and the gzip header carries no time.
string sources = "../shared/train/gazetteers";
string lexicon = "src/Newswire.Extraction/Lexicons/Data/actors.tsv";
string curated = "tools/lexicons/curated/regions.tsv";
string output = "src/Newswire.Extraction/Places/Data/places.tsv.gz";
string? text = null;
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException("missing value after " + args[i]);
    switch (args[i])
    {
        case "--sources": sources = Next(); break;
        case "--lexicon": lexicon = Next(); break;
        case "--curated": curated = Next(); break;
        case "--out": output = Next(); break;
        case "--text": text = Next(); break;
        case "-h" or "--help":
            Console.WriteLine("BuildGazetteer [--sources DIR] [--lexicon actors.tsv] [--curated regions.tsv] [--out places.tsv.gz] [--text places.tsv]");
            return 0;
        default:
            Console.Error.WriteLine("unknown option " + args[i]);
            return 2;
    }
}

var data = Sources.Read(sources, lexicon, curated);
var tsv = GazetteerWriter.Write(data);
var bytes = new UTF8Encoding(false).GetBytes(tsv);
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
using (var file = File.Create(output))
using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
{
    gzip.Write(bytes, 0, bytes.Length);
}

if (text != null)
{
    File.WriteAllBytes(text, bytes);
}

Console.WriteLine($"{data.Places.Count} entries, {bytes.Length:N0} bytes of text, {new FileInfo(output).Length:N0} bytes gzip -> {output}");
foreach (var note in data.Notes)
{
    Console.WriteLine("  " + note);
}

return 0;
