using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Newswire.Extraction.Text;

/// <summary>
/// A list of structs read in place: the indexer and the enumerator return references, where List&lt;T&gt; copies each
/// element out (twice in a foreach). For lists of larger structs walked many times per article (the actor mentions);
/// netstandard2.0 has no CollectionsMarshal.AsSpan. The members mirror List&lt;T&gt;'s, with the same results (Sort and
/// RemoveAll included); unlike List&lt;T&gt;, a foreach does not notice the list changing under it.
/// </summary>
internal sealed partial class RefList<T>
{
    private T[] _items;
    private int _count;

    public RefList(int capacity) => _items = new T[capacity];

    public int Count => _count;

    public int Capacity => _items.Length;

    /// <summary>The element at <paramref name="index"/>, in place (bounds checked against Count, as List's is).</summary>
    public ref T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)_count)
            {
                ThrowIndex();
            }

            return ref _items[index];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(in T item)
    {
        if (_count == _items.Length)
        {
            Grow();
        }

        _items[_count++] = item;
    }

    public void Clear()
    {
        // Elements may hold references: clear them so the pooled list keeps nothing alive.
        Array.Clear(_items, 0, _count);
        _count = 0;
    }

    public void RemoveAt(int index)
    {
        if ((uint)index >= (uint)_count)
        {
            ThrowIndex();
        }

        _count--;
        if (index < _count)
        {
            Array.Copy(_items, index + 1, _items, index, _count - index);
        }

        _items[_count] = default!;
    }

    public void RemoveRange(int index, int count)
    {
        if (index < 0 || count < 0 || _count - index < count)
        {
            ThrowIndex();
        }

        if (count == 0)
        {
            return;
        }

        _count -= count;
        if (index < _count)
        {
            Array.Copy(_items, index + count, _items, index, _count - index);
        }

        Array.Clear(_items, _count, count);
    }

    /// <summary>Removes the elements <paramref name="match"/> accepts, keeping the order of the rest (as List.RemoveAll).</summary>
    public int RemoveAll(Predicate<T> match)
    {
        var kept = 0;
        for (var i = 0; i < _count; i++)
        {
            if (!match(_items[i]))
            {
                _items[kept++] = _items[i];
            }
        }

        var removed = _count - kept;
        Array.Clear(_items, kept, removed);
        _count = kept;
        return removed;
    }

    public Enumerator GetEnumerator() => new Enumerator(_items, _count);

    private void Grow()
    {
        var bigger = new T[_items.Length == 0 ? 4 : _items.Length * 2];
        Array.Copy(_items, bigger, _count);
        _items = bigger;
    }

    private static void ThrowIndex() => throw new ArgumentOutOfRangeException("index");

    /// <summary>Walks the elements present when the loop began, by reference (`foreach (ref readonly var x in list)`).</summary>
    public struct Enumerator
    {
        private readonly T[] _items;
        private readonly int _count;
        private int _index;

        internal Enumerator(T[] items, int count)
        {
            _items = items;
            _count = count;
            _index = -1;
        }

        public ref readonly T Current
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => ref _items[_index];
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool MoveNext() => ++_index < _count;
    }
}
