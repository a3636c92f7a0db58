using System;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Names;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Actors;

/// <summary>
/// The actor run's per-token lookups that depend on a word alone (its lexicon word id, its word classes), kept per
/// word across articles: keyed by the name tagger's word numbers (<see cref="WordVectors.WordsOf"/>: one number per
/// text and kind), so a word is looked up once per thread instead of once per article. The run starts each token
/// from what is known (<see cref="Fill"/>) and gives back what it looked up (<see cref="Keep"/>). Cleared when the
/// tagger's cache, its generation or the lexicon changes. Kept with the thread's actor scratch.
/// </summary>
internal sealed class WordLookups
{
    private WordVectors? _cache;
    private int _generation;
    private Lexicon? _lexicon;
    private int[] _ids = Filled(1024);
    private long[] _classes = new long[1024];

    /// <summary>
    /// The word numbers of <paramref name="text"/>, after setting each token's id (else <see cref="Lexicon.UnknownWordId"/>)
    /// and classes (else 0) from the words met before; null, with nothing set, when the tagger has not numbered the text.
    /// </summary>
    public int[]? Fill(TokenizedText text, Lexicon lexicon, int[] ids, long[] classes)
    {
        var words = WordVectors.WordsOf(text, out var cache, out var generation);
        if (words == null)
        {
            return null;
        }

        if (!ReferenceEquals(cache, _cache) || generation != _generation || !ReferenceEquals(lexicon, _lexicon))
        {
            FillUnknown(_ids);
            Array.Clear(_classes, 0, _classes.Length);
            _cache = cache;
            _generation = generation;
            _lexicon = lexicon;
        }

        var knownIds = _ids;
        var knownClasses = _classes;
        var n = text.Tokens.Length; // in a local: the stores below made the loop reload it at every token
        for (var i = 0; i < n; i++)
        {
            var w = words[i];
            if ((uint)w < (uint)knownIds.Length)
            {
                ids[i] = knownIds[w];
                classes[i] = knownClasses[w];
            }
            else
            {
                ids[i] = Lexicon.UnknownWordId;
                classes[i] = 0;
            }
        }

        return words;
    }

    /// <summary>Keeps what the run looked up for each token (its words as <see cref="Fill"/> gave them) for later articles.</summary>
    public void Keep(int[] words, int count, int[] ids, long[] classes)
    {
        // The tables in locals (reloaded only after a Grow): the stores into them made the loop reload both fields
        // at every token.
        var knownIds = _ids;
        var knownClasses = _classes;
        for (var i = 0; i < count; i++)
        {
            var w = words[i];
            if (w <= 0 || (ids[i] == Lexicon.UnknownWordId && classes[i] == 0))
            {
                continue; // 0: a token the tagger did not number
            }

            if (w >= knownIds.Length || w >= knownClasses.Length)
            {
                Grow(w + 1);
                knownIds = _ids;
                knownClasses = _classes;
            }

            knownIds[w] = ids[i];
            knownClasses[w] = classes[i];
        }
    }

    private void Grow(int size)
    {
        size = Math.Max(size, _ids.Length * 2);
        var ids = Filled(size);
        Array.Copy(_ids, ids, _ids.Length);
        _ids = ids;
        Array.Resize(ref _classes, size);
    }

    private static int[] Filled(int size)
    {
        var a = new int[size];
        FillUnknown(a);
        return a;
    }

    private static void FillUnknown(int[] ids)
    {
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = Lexicon.UnknownWordId;
        }
    }
}
