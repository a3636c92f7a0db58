using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Newswire.Extraction;

namespace Newswire.ExtractionStages;

// --survivors DIR...: what an article leaves alive for the next one. After two warm passes, a forced gen0
// collection after each article of a third; the bytes it promotes are held by the engine's per-thread pools and
// caches (the harness keeps nothing), which every collection must then mark, copy and later collect in gen1/gen2.
internal static class Survivors
{
    public static int Run(IEnumerable<string> dirs)
    {
        var articles = dirs.SelectMany(d => Directory.GetFiles(d, "*.txt", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
            .Select(p => ("news/" + Path.GetFileName(p), File.ReadAllText(p, Encoding.UTF8))).ToArray();
        for (var r = 0; r < 2; r++)
        {
            foreach (var (path, text) in articles) ArticleExtractor.Extract(path, text, ExtractionOptions.Default);
        }

        GC.Collect();
        long promoted = 0;
        var counted = 0;
        foreach (var (path, text) in articles)
        {
            GC.Collect(0, GCCollectionMode.Forced, blocking: true);
            ArticleExtractor.Extract(path, text, ExtractionOptions.Default);
            GC.Collect(0, GCCollectionMode.Forced, blocking: true);
            var info = GC.GetGCMemoryInfo(GCKind.Ephemeral);
            if (info.Generation == 0)
            {
                promoted += info.PromotedBytes;
                counted++;
            }
        }

        Console.WriteLine($"{articles.Length} articles: {promoted / Math.Max(1, counted):N0} B promoted per article by a gen0 collection after it ({counted} counted)");
        return 0;
    }
}
