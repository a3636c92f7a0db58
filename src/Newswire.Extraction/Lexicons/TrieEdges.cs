using System;
using System.Runtime.CompilerServices;

namespace Newswire.Extraction.Lexicons;

/// <summary>
/// The lexicon trie's edges: (node, word id) to child node. Edges out of the root (the first word of a surface,
/// probed for almost every capitalized token) are an array indexed by word id; the deeper ones an open-addressing
/// table with key and child side by side, so a probe touches one cache line where a Dictionary touches two.
/// Read-mostly: built while the lexicon loads, then shared for reads.
/// </summary>
internal sealed class TrieEdges
{
    private const long Empty = -1; // node and word id are never negative, so no key is -1

    private struct Slot
    {
        public long Key;
        public int Child;
    }

    private int[] _root = NewRoot(256); // word id -> child of the root, -1 none
    private ulong[] _inner = new ulong[4]; // a bit per node that has a child (a match can go on past it)
    private Slot[] _slots;
    private int _count;

    public TrieEdges(int capacity = 1 << 10)
    {
        var size = 16;
        while (size < capacity * 2)
        {
            size <<= 1;
        }

        _slots = NewSlots(size);
    }

    /// <summary>Number of edges below the root (for tests).</summary>
    public int DeepCount => _count;

    /// <summary>The child of <paramref name="node"/> along word <paramref name="wordId"/> (both at least 0).</summary>
    [MethodImpl(Hot.Path)]
    public bool TryGet(int node, int wordId, out int child)
    {
        if (node == 0)
        {
            var root = _root;
            child = (uint)wordId < (uint)root.Length ? root[wordId] : -1;
            return child >= 0;
        }

        var key = Key(node, wordId);
        var slots = _slots;
        var mask = slots.Length - 1;
        var i = IndexOf(key, mask);
        while (true)
        {
            ref var slot = ref slots[i];
            if (slot.Key == key)
            {
                child = slot.Child;
                return true;
            }

            if (slot.Key == Empty)
            {
                child = -1;
                return false;
            }

            i = (i + 1) & mask;
        }
    }

    /// <summary>Whether <paramref name="node"/> has an edge out (else every <see cref="TryGet"/> from it fails).</summary>
    public bool HasChildren(int node)
    {
        var inner = _inner;
        var word = node >> 6;
        return (uint)word < (uint)inner.Length && (inner[word] & (1UL << node)) != 0;
    }

    /// <summary>Adds the edge (or replaces its child).</summary>
    public void Set(int node, int wordId, int child)
    {
        if (node < 0 || wordId < 0 || child < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(node), "trie nodes, word ids and children are never negative");
        }

        MarkInner(node);

        if (node == 0)
        {
            SetRoot(wordId, child);
            return;
        }

        if ((_count + 1) * 2 > _slots.Length)
        {
            _slots = Grown(_slots);
        }

        if (Insert(_slots, Key(node, wordId), child))
        {
            _count++;
        }
    }

    private void MarkInner(int node)
    {
        var word = node >> 6;
        if (word >= _inner.Length)
        {
            var size = _inner.Length;
            while (size <= word)
            {
                size <<= 1;
            }

            var grown = new ulong[size];
            Array.Copy(_inner, grown, _inner.Length);
            _inner = grown;
        }

        _inner[word] |= 1UL << node;
    }

    private void SetRoot(int wordId, int child)
    {
        if (wordId >= _root.Length)
        {
            var size = _root.Length;
            while (size <= wordId)
            {
                size <<= 1;
            }

            var grown = NewRoot(size);
            Array.Copy(_root, grown, _root.Length);
            _root = grown;
        }

        _root[wordId] = child;
    }

    private static long Key(int node, int wordId) => ((long)node << 32) | (uint)wordId;

    private static int IndexOf(long key, int mask) => (int)((ulong)key * 0x9E3779B97F4A7C15UL >> 32) & mask;

    // True when the key is new.
    private static bool Insert(Slot[] slots, long key, int child)
    {
        var mask = slots.Length - 1;
        var i = IndexOf(key, mask);
        while (slots[i].Key != Empty)
        {
            if (slots[i].Key == key)
            {
                slots[i].Child = child;
                return false;
            }

            i = (i + 1) & mask;
        }

        slots[i].Key = key;
        slots[i].Child = child;
        return true;
    }

    private static Slot[] Grown(Slot[] old)
    {
        var slots = NewSlots(old.Length * 2);
        foreach (var slot in old)
        {
            if (slot.Key != Empty)
            {
                Insert(slots, slot.Key, slot.Child);
            }
        }

        return slots;
    }

    private static Slot[] NewSlots(int size)
    {
        var slots = new Slot[size];
        for (var i = 0; i < slots.Length; i++)
        {
            slots[i].Key = Empty;
        }

        return slots;
    }

    private static int[] NewRoot(int size)
    {
        var root = new int[size];
        for (var i = 0; i < root.Length; i++)
        {
            root[i] = -1;
        }

        return root;
    }
}
