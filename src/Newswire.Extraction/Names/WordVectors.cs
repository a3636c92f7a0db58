using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Names;

/// <summary>
/// Per-thread cache of each distinct word's pre-summed scores: for a word type, one vector of tag scores per
/// slot (offsets -2..+2, and the word itself in each sentence context). Tagging a token is then five vector
/// additions. Keyed by the exact token text and kind; cleared when it grows past <see cref="MaxWords"/> so
/// memory stays bounded on any corpus. Never shared between threads.
/// </summary>
internal sealed class WordVectors
{
    private const int MaxWords = 1 << 15;

    [ThreadStatic]
    private static WordVectors? _current;

    private readonly NameModel _model;
    private readonly FeatureIndex _index;
    private readonly int _tags;
    private readonly int _stride;
    private readonly int[] _rivals;
    private readonly List<ulong>[] _keys = WordFeatures.NewBuffer();

    // Open addressing over one slot array: a probe reads one cache line, not one per parallel array.
    private Slot[] _slots = new Slot[1 << 12];
    private int _count;
    private float[] _pool;

    private WordVectors(NameModel model)
    {
        _model = model;
        _index = FeatureIndex.For(model);
        _tags = model.Tags.Count;
        // Each slot's vector, then per slot its O score and its peak side by side (OutsideBound).
        _stride = WordFeatures.Slots * _tags + 2 * WordFeatures.Slots;
        _rivals = OutsideBound.Rivals(model.Tags);
        _pool = new float[_stride * 1024];
        Reset();
    }

    /// <summary>Floats per word entry (slot s starts at s * tag count; its O score and peak at <see cref="PeakBase"/> + 2s).</summary>
    public int Stride => _stride;

    /// <summary>
    /// Where in an entry the slot summaries start: slot s's O score (a copy of its vector's first score) at
    /// PeakBase + 2s, its highest score of a tag other than O at PeakBase + 2s + 1. The greedy step after O reads
    /// only these, so each word's part of that test lies in one or two cache lines instead of one per slot.
    /// </summary>
    public int PeakBase => WordFeatures.Slots * _tags;

    /// <summary>The pooled vectors; valid until the next <see cref="Find"/>.</summary>
    public float[] Pool => _pool;

    /// <summary>The entry of the padding word beyond the sentence ends (always 0).</summary>
    public const int Pad = 0;

    /// <summary>This thread's cache for <paramref name="model"/>.</summary>
    public static WordVectors For(NameModel model)
    {
        var c = _current;
        if (c == null || !ReferenceEquals(c._model, model))
        {
            c = new WordVectors(model);
            _current = c;
        }

        return c;
    }

    /// <summary>
    /// The number of token <paramref name="token"/>'s word (its text and kind): its vectors start at number *
    /// <see cref="Stride"/> in <see cref="Pool"/>. A number names one word until the cache is cleared (<see cref="Generation"/>).
    /// </summary>
    /// <remarks>Inlined into its one caller's loop over a sentence's tokens (a call per token cost more than a hit).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(string text, in Token token)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        var i = token.Hash & mask;
        while (true)
        {
            ref readonly var slot = ref slots[i];
            var w = slot.Word;
            if (w == null)
            {
                break;
            }

            if (slot.Hash == token.Hash && slot.Kind == token.Kind && w.Length == token.Length
                && SpanText.EqualsOrdinal(w, text, token.Start))
            {
                return slot.Number;
            }

            i = (i + 1) & mask;
        }

        return AddAt(text, token, i);
    }

    // A word not cached yet, at its free slot i: apart from Find, whose hits (nearly every token) then need none
    // of the registers this path saves and restores.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int AddAt(string text, in Token token, int i)
    {
        if (_count >= MaxWords)
        {
            Reset();
            return Find(text, token);
        }

        var word = text.Substring(token.Start, token.Length);
        var number = Add(word, token.Kind) / _stride; // entries lie one after another from the padding word's (0)
        _slots[i] = new Slot { Word = word, Hash = token.Hash, Number = number, Kind = token.Kind };
        if (++_count * 2 > _slots.Length)
        {
            Grow();
        }

        return number;
    }

    // The word number of every token of the article the tagger numbered last (WordsOf).
    private int[] _articleWords = new int[256];
    private long _wordsOf; // the text's Id (0: none), not the text: that would keep its tokens alive until the next article
    private int _wordsGeneration;

    /// <summary>
    /// Starts numbering the words of <paramref name="text"/>: the tagger stores each token's word number in the array
    /// returned (0, the padding word, for a token it never reaches), then calls <see cref="EndArticle"/>.
    /// </summary>
    public int[] BeginArticle(TokenizedText text)
    {
        _wordsOf = 0;
        var n = text.Tokens.Length;
        if (_articleWords.Length < n)
        {
            _articleWords = new int[Math.Max(n, _articleWords.Length * 2)];
        }

        Array.Clear(_articleWords, 0, n);
        _wordsGeneration = Generation;
        return _articleWords;
    }

    /// <summary>Publishes the numbers of <paramref name="text"/>'s words, unless the cache was cleared meanwhile.</summary>
    public void EndArticle(TokenizedText text)
    {
        if (Generation == _wordsGeneration)
        {
            _wordsOf = text.Id;
        }
    }

    /// <summary>
    /// The word number of each token of <paramref name="text"/> (0 for one not numbered), when this thread's tagger
    /// numbered it last and the numbers still hold; with the cache and its generation, which later stages key their
    /// own per-word memos by (a word looked up once per thread, not once per token). Null otherwise.
    /// </summary>
    public static int[]? WordsOf(TokenizedText text, out WordVectors? cache, out int generation)
    {
        cache = _current;
        generation = 0;
        if (cache == null || cache._wordsOf != text.Id || cache.Generation != cache._wordsGeneration)
        {
            return null;
        }

        generation = cache.Generation;
        return cache._articleWords;
    }

    /// <summary>Bumped whenever the cache is cleared (earlier offsets are then stale).</summary>
    public int Generation { get; private set; }

    private void Reset()
    {
        Generation++;
        Array.Clear(_slots, 0, _slots.Length);
        _count = 0;
        _used = 0;
        WordFeatures.CollectPad(_keys);
        Fill(Allocate());
    }

    private int _used;

    private int Allocate()
    {
        var offset = _used;
        if (offset + _stride > _pool.Length)
        {
            Array.Resize(ref _pool, _pool.Length * 2);
        }

        _used += _stride;
        Array.Clear(_pool, offset, _stride);
        return offset;
    }

    private int Add(string word, TokenKind kind)
    {
        var classes = _model.Words.TryGetValue(TermKey.Normalize(word), out var c) ? c : WordClass.None;
        WordFeatures.Collect(word, 0, word.Length, kind, classes, _keys);
        var entry = Allocate();
        Fill(entry);
        return entry;
    }

    // Sums the weights of the keys in _keys into the entry's slot vectors; the context slots end up holding the
    // word's own (offset 0) scores plus the context's, so the tagger adds one of them instead of two. A new word's
    // cost is memory: each key's index slot and weight row are cache misses. All rows are looked up first, so the
    // misses of one pass overlap instead of each lookup waiting on the one before; the sums keep their order.
    private void Fill(int entry)
    {
        var rows = RowsOfKeys();
        var weights = _model.Weights;
        var scale = _model.Scale;
        var n = _tags;
        var pool = _pool;
        var k = 0;
        for (var s = 0; s < WordFeatures.Slots; s++)
        {
            var at = entry + s * n;
            var count = _keys[s].Count;
            for (var end = k + count; k < end; k++)
            {
                var row = rows[k];
                if (row < 0)
                {
                    continue;
                }

                var wi = row * n;
                for (var t = 0; t < n; t++)
                {
                    pool[at + t] += weights[wi + t] * scale;
                }
            }
        }

        var center = entry + 2 * n;
        for (var c = 0; c < WordFeatures.Contexts; c++)
        {
            var at = entry + (WordFeatures.Offsets + c) * n;
            for (var t = 0; t < n; t++)
            {
                pool[at + t] += pool[center + t];
            }
        }

        var summary = entry + WordFeatures.Slots * n;
        for (var s = 0; s < WordFeatures.Slots; s++)
        {
            pool[summary + 2 * s] = pool[entry + s * n];
            pool[summary + 2 * s + 1] = OutsideBound.Peak(pool, entry + s * n, _rivals);
        }
    }

    // The model row (or -1) of every key in _keys, slot after slot.
    private int[] RowsOfKeys()
    {
        var total = 0;
        foreach (var keys in _keys)
        {
            total += keys.Count;
        }

        if (_rows.Length < total)
        {
            _rows = new int[total * 2];
        }

        var rows = _rows;
        var index = _index;
        var k = 0;
        foreach (var keys in _keys)
        {
            foreach (var key in keys)
            {
                rows[k++] = index.Find(key);
            }
        }

        return rows;
    }

    private int[] _rows = new int[256];

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Word == null)
            {
                continue;
            }

            var i = slot.Hash & mask;
            while (_slots[i].Word != null)
            {
                i = (i + 1) & mask;
            }

            _slots[i] = slot;
        }
    }

    private struct Slot
    {
        public string? Word;
        public int Hash;
        public int Number;
        public TokenKind Kind;
    }
}
