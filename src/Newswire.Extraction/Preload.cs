using System;
using System.Threading;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Names;
using Newswire.Extraction.Places;

namespace Newswire.Extraction;

/// <summary>
/// Starts loading the embedded data (built-in lexicon, name tagger model, gazetteer: about half a second of CPU
/// together, cold) on two background threads, so that a process that is about to extract many articles, such as
/// the compiler running the generator, loads them while it does other work and on the other core. Each is still a
/// thread-safe lazy loaded once per process: extraction that gets there first simply waits for it or loads it.
/// </summary>
public static class Preload
{
    private const string Sample =
        "Example Wire\n\nMinister visits the capital\n\n" +
        "GENEVA, March 3 (Example Wire) - Maria Lindqvist, the foreign minister of Norway, met officials of the United Nations " +
        "in Geneva on Tuesday and said the talks would continue next week. \"We agreed to meet again,\" she told reporters.\n";

    private static int _started;

    /// <summary>Starts the loads once per process; returns at once. Never throws.</summary>
    public static void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            return;
        }

        // The lexicon is needed first (tokens, actors); the tagger next, the gazetteer last (places).
        Run(static () =>
        {
            _ = Lexicon.BuiltIn;

            // Then one small invented article, so that the extraction code is compiled (JIT) on this thread too.
            ArticleExtractor.Extract("preload.txt", Sample);
        });
        Run(static () =>
        {
            _ = NameTagger.Default;
            _ = Gazetteer.Default;
        });
    }

    private static void Run(Action load)
    {
        try
        {
            var thread = new Thread(() =>
            {
                try
                {
                    load();
                }
                catch (Exception)
                {
                    // The lazy loaders never throw; should one, extraction loads (and reports) it on its own thread.
                }
            })
            {
                IsBackground = true,
                Name = "Newswire data preload",
            };
            thread.Start();
        }
        catch (Exception)
        {
            // No thread (a restricted host): extraction loads the data when it first needs it.
        }
    }
}
