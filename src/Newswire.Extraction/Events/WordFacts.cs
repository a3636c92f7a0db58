using System;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Names;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

/// <summary>
/// Each word's <see cref="TokenFacts"/>, probed once per thread instead of once per token: keyed by the word numbers
/// the name tagger gives every token (<see cref="WordVectors.WordsOf"/>: one number per text and kind, the facts'
/// own inputs). Valid while the tagger's cache keeps its numbers and the facts come from the same probe; cleared
/// otherwise. Kept with the thread's event scratch.
/// </summary>
internal sealed class WordFacts
{
    private WordVectors? _cache;
    private int _generation;
    private FactsProbe? _probe;
    private TokenFacts[] _facts = new TokenFacts[1024];
    private bool[] _known = new bool[1024];

    /// <summary>The word numbers of <paramref name="text"/>'s tokens to pass to <see cref="Get"/>, or null (then probe each token).</summary>
    public int[]? Prepare(TokenizedText text, FactsProbe probe)
    {
        var words = WordVectors.WordsOf(text, out var cache, out var generation);
        if (words == null)
        {
            return null;
        }

        if (!ReferenceEquals(cache, _cache) || generation != _generation || !ReferenceEquals(probe, _probe))
        {
            Array.Clear(_known, 0, _known.Length);
            _cache = cache;
            _generation = generation;
            _probe = probe;
        }

        return words;
    }

    /// <summary>As <see cref="FactsProbe.TryGet"/> (default facts for a word in no table) for token <paramref name="token"/> of word <paramref name="word"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Get(FactsProbe probe, string text, in Token token, int word, out TokenFacts facts)
    {
        var known = _known;
        if ((uint)word < (uint)known.Length && known[word])
        {
            facts = _facts[word];
            return;
        }

        probe.TryGet(text, token, out facts);
        if (word > 0)
        {
            Store(word, facts); // 0 is a token the tagger did not number: never kept
        }
    }

    private void Store(int word, in TokenFacts facts)
    {
        if (word >= _known.Length)
        {
            var size = Math.Max(word + 1, _known.Length * 2);
            Array.Resize(ref _known, size);
            Array.Resize(ref _facts, size);
        }

        _facts[word] = facts;
        _known[word] = true;
    }
}
