using System;
using System.Collections.Generic;

namespace Newswire.Extraction.Text;

// RefList.Sort: the framework's introsort for a Comparison (List<T>.Sort's), step for step, so that elements the
// comparison ties end in the same order as there. Array.Sort with a range takes only an IComparer, whose wrapper
// around the comparison costs a second delegate call per compare. The steps take the order as a struct type
// parameter: an order written as a struct (Sort<TOrder>) is compiled into them, with no call per compare at all.
internal sealed partial class RefList<T>
{
    private const int InsertionSortSize = 16;

    /// <summary>Sorts with <paramref name="comparison"/>, leaving ties as List.Sort would (it is not stable).</summary>
    public void Sort(Comparison<T> comparison) => Sort(new ComparisonOrder(comparison));

    /// <summary>The same steps with the order <paramref name="order"/>.</summary>
    public void Sort<TOrder>(TOrder order)
        where TOrder : struct, IComparer<T>
    {
        if (_count > 1)
        {
            IntroSort(0, _count, 2 * FloorLog2PlusOne(_count), ref order);
        }
    }

    private readonly struct ComparisonOrder : IComparer<T>
    {
        private readonly Comparison<T> _comparison;

        public ComparisonOrder(Comparison<T> comparison) => _comparison = comparison;

        public int Compare(T x, T y) => _comparison(x, y);
    }

    private static int FloorLog2PlusOne(int n)
    {
        var result = 0;
        while (n >= 1)
        {
            result++;
            n /= 2;
        }

        return result;
    }

    // Sorts _items[lo, lo + size).
    private void IntroSort<TOrder>(int lo, int size, int depthLimit, ref TOrder order)
        where TOrder : struct, IComparer<T>
    {
        while (size > 1)
        {
            if (size <= InsertionSortSize)
            {
                if (size == 2)
                {
                    SwapIfGreater(lo, lo + 1, ref order);
                    return;
                }

                if (size == 3)
                {
                    SwapIfGreater(lo, lo + 1, ref order);
                    SwapIfGreater(lo, lo + 2, ref order);
                    SwapIfGreater(lo + 1, lo + 2, ref order);
                    return;
                }

                InsertionSort(lo, size, ref order);
                return;
            }

            if (depthLimit == 0)
            {
                HeapSort(lo, size, ref order);
                return;
            }

            depthLimit--;
            var p = PickPivotAndPartition(lo, size, ref order);
            IntroSort(p + 1, lo + size - (p + 1), depthLimit, ref order);
            size = p - lo;
        }
    }

    private int PickPivotAndPartition<TOrder>(int lo, int size, ref TOrder order)
        where TOrder : struct, IComparer<T>
    {
        var items = _items;
        var hi = lo + size - 1;
        var middle = lo + ((size - 1) >> 1);
        SwapIfGreater(lo, middle, ref order);
        SwapIfGreater(lo, hi, ref order);
        SwapIfGreater(middle, hi, ref order);

        var pivot = items[middle];
        Swap(middle, hi - 1);
        int left = lo, right = hi - 1;
        while (left < right)
        {
            while (order.Compare(items[++left], pivot) < 0)
            {
            }

            while (order.Compare(pivot, items[--right]) < 0)
            {
            }

            if (left >= right)
            {
                break;
            }

            Swap(left, right);
        }

        if (left != hi - 1)
        {
            Swap(left, hi - 1);
        }

        return left;
    }

    private void HeapSort<TOrder>(int lo, int n, ref TOrder order)
        where TOrder : struct, IComparer<T>
    {
        for (var i = n >> 1; i >= 1; i--)
        {
            DownHeap(lo, i, n, ref order);
        }

        for (var i = n; i > 1; i--)
        {
            Swap(lo, lo + i - 1);
            DownHeap(lo, 1, i - 1, ref order);
        }
    }

    private void DownHeap<TOrder>(int lo, int i, int n, ref TOrder order)
        where TOrder : struct, IComparer<T>
    {
        var items = _items;
        var d = items[lo + i - 1];
        while (i <= n >> 1)
        {
            var child = 2 * i;
            if (child < n && order.Compare(items[lo + child - 1], items[lo + child]) < 0)
            {
                child++;
            }

            if (!(order.Compare(d, items[lo + child - 1]) < 0))
            {
                break;
            }

            items[lo + i - 1] = items[lo + child - 1];
            i = child;
        }

        items[lo + i - 1] = d;
    }

    private void InsertionSort<TOrder>(int lo, int size, ref TOrder order)
        where TOrder : struct, IComparer<T>
    {
        var items = _items;
        for (var i = lo; i < lo + size - 1; i++)
        {
            var t = items[i + 1];
            var j = i;
            while (j >= lo && order.Compare(t, items[j]) < 0)
            {
                items[j + 1] = items[j];
                j--;
            }

            items[j + 1] = t;
        }
    }

    private void SwapIfGreater<TOrder>(int i, int j, ref TOrder order)
        where TOrder : struct, IComparer<T>
    {
        if (order.Compare(_items[i], _items[j]) > 0)
        {
            (_items[i], _items[j]) = (_items[j], _items[i]);
        }
    }

    private void Swap(int i, int j)
    {
        if (i != j)
        {
            (_items[i], _items[j]) = (_items[j], _items[i]);
        }
    }
}
