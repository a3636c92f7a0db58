using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Newswire.Extraction.Text;

/// <summary>
/// A read-mostly hash table from <see cref="TermKey"/> normal forms to values that is probed with spans of
/// the article text (a token, or any start/length) without allocating. Open addressing, power-of-two size.
/// Not thread-safe for writes; build it once, then share it for reads.
/// </summary>
internal sealed class TermTable<T>
{
    // Key, hash and value side by side: a probe touches one cache line (the tables of the lexicon are large).
    private struct Slot
    {
        public string? Key;
        public int Hash;
        public T Value;
    }

    // Tables of 1,024 slots or more (the lexicon's words, the verb forms) keep a bit per hash bucket, four
    // buckets per slot, so most absent words are rejected without touching the (large) slot array.
    private const int FilterFrom = 1024;

    private Slot[] _slots;
    private ulong[]? _filter;
    private int _filterShift;

    // Smaller tables (most word lists: a few to a few dozen words) keep one bit per top six bits of the hash: most
    // words asked of them are absent, and the test rejects those before the probe (asked a few hundred times an article).
    private ulong _smallFilter;
    private int _count;

    public TermTable(int capacity = 16)
    {
        var size = 16;
        while (size < capacity * 2)
        {
            size <<= 1;
        }

        _slots = new Slot[size];
        ResetFilter();
    }

    public int Count => _count;

    /// <summary>Adds or replaces; <paramref name="key"/> is normalized here.</summary>
    public void Set(string key, T value) => SetNormalized(TermKey.Normalize(key), value);

    /// <summary>Adds or replaces the span of <paramref name="text"/> from <paramref name="start"/> (normalized here).</summary>
    public void Set(string text, int start, int length, T value) => SetNormalized(TermKey.NormalizeSpan(text, start, length), value);

    [MethodImpl(Hot.Path)]
    private void SetNormalized(string normalized, T value)
    {
        if ((_count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        var hash = TermKey.Hash(normalized);
        var slots = _slots;
        var mask = slots.Length - 1;
        var i = hash & mask;
        while (slots[i].Key != null)
        {
            if (slots[i].Hash == hash && string.Equals(slots[i].Key, normalized, StringComparison.Ordinal))
            {
                slots[i].Value = value;
                return;
            }

            i = (i + 1) & mask;
        }

        slots[i].Key = normalized;
        slots[i].Hash = hash;
        slots[i].Value = value;
        _count++;
        if (_filter != null)
        {
            var bit = FilterBit(hash);
            _filter[bit >> 6] |= 1UL << bit;
        }

        _smallFilter |= SmallFilterBit(hash);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong SmallFilterBit(int hash) => 1UL << (int)((uint)hash >> 26);

    // Inlined by request: the AOT compiler left it a call in every lookup (about 2,000 per article).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FilterBit(int hash) => (int)(unchecked((uint)hash * 2654435769u) >> _filterShift);

    [MethodImpl(Hot.Path)]
    private void ResetFilter()
    {
        _smallFilter = 0;
        for (var j = 0; j < _slots.Length; j++)
        {
            if (_slots[j].Key != null)
            {
                _smallFilter |= SmallFilterBit(_slots[j].Hash);
            }
        }

        if (_slots.Length < FilterFrom)
        {
            _filter = null;
            return;
        }

        var bits = _slots.Length * 4;
        _filter = new ulong[bits / 64];
        var log = 0;
        while ((1 << log) < bits)
        {
            log++;
        }

        _filterShift = 32 - log;
        for (var j = 0; j < _slots.Length; j++)
        {
            if (_slots[j].Key != null)
            {
                var bit = FilterBit(_slots[j].Hash);
                _filter[bit >> 6] |= 1UL << bit;
            }
        }
    }

    /// <summary>Looks up a string key.</summary>
    public bool TryGet(string key, out T value) => TryGet(key, 0, key.Length, TermKey.Hash(key), out value);

    /// <summary>Looks up a token of <paramref name="text"/>.</summary>
    public bool TryGet(string text, in Token token, out T value) => TryGet(text, token.Start, token.Length, token.Hash, out value);

    /// <summary>Looks up a span whose <see cref="TermKey"/> hash is <paramref name="hash"/>.</summary>
    [MethodImpl(Hot.Path)]
    public bool TryGet(string text, int start, int length, int hash, out T value)
    {
        var filter = _filter;
        if (filter != null)
        {
            var bit = FilterBit(hash);
            if ((filter[bit >> 6] & (1UL << bit)) == 0)
            {
                value = default!;
                return false;
            }
        }
        else if ((_smallFilter & SmallFilterBit(hash)) == 0)
        {
            value = default!;
            return false;
        }

        var slots = _slots;
        var mask = slots.Length - 1;
        var i = hash & mask;
        while (true)
        {
            ref var slot = ref slots[i];
            if (slot.Key == null)
            {
                value = default!;
                return false;
            }

            if (slot.Hash == hash && TermKey.NormalEquals(text, start, length, slot.Key))
            {
                value = slot.Value;
                return true;
            }

            i = (i + 1) & mask;
        }
    }

    public bool Contains(string text, in Token token) => TryGet(text, token, out _);

    /// <summary>Removes every entry, keeping the capacity (a per-article table reused for the next article).</summary>
    public void Clear()
    {
        if (_count == 0)
        {
            return;
        }

        Array.Clear(_slots, 0, _slots.Length);
        if (_filter != null)
        {
            Array.Clear(_filter, 0, _filter.Length);
        }

        _smallFilter = 0;
        _count = 0;
    }

    /// <summary>Every entry (for tests and merging).</summary>
    [MethodImpl(Hot.Path)]
    public IEnumerable<KeyValuePair<string, T>> Entries()
    {
        for (var i = 0; i < _slots.Length; i++)
        {
            if (_slots[i].Key is { } k)
            {
                yield return new KeyValuePair<string, T>(k, _slots[i].Value);
            }
        }
    }

    [MethodImpl(Hot.Path)]
    private void Grow()
    {
        var old = _slots;
        var size = old.Length * 2;
        _slots = new Slot[size];
        var mask = size - 1;
        for (var j = 0; j < old.Length; j++)
        {
            if (old[j].Key == null)
            {
                continue;
            }

            var i = old[j].Hash & mask;
            while (_slots[i].Key != null)
            {
                i = (i + 1) & mask;
            }

            _slots[i] = old[j];
        }

        ResetFilter();
    }
}
