using System;

namespace Newswire.Extraction.Text;

// RefList.Sort: the framework's introsort for a Comparison (List<T>.Sort's), step for step, so that elements the
// comparison ties end in the same order as there. Array.Sort with a range takes only an IComparer, whose wrapper
// around the comparison costs a second delegate call per compare.
internal sealed partial class RefList<T>
{
    private const int InsertionSortSize = 16;

    /// <summary>Sorts with <paramref name="comparison"/>, leaving ties as List.Sort would (it is not stable).</summary>
    public void Sort(Comparison<T> comparison)
    {
        if (_count > 1)
        {
            IntroSort(0, _count, 2 * FloorLog2PlusOne(_count), comparison);
        }
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
    private void IntroSort(int lo, int size, int depthLimit, Comparison<T> comparison)
    {
        while (size > 1)
        {
            if (size <= InsertionSortSize)
            {
                if (size == 2)
                {
                    SwapIfGreater(lo, lo + 1, comparison);
                    return;
                }

                if (size == 3)
                {
                    SwapIfGreater(lo, lo + 1, comparison);
                    SwapIfGreater(lo, lo + 2, comparison);
                    SwapIfGreater(lo + 1, lo + 2, comparison);
                    return;
                }

                InsertionSort(lo, size, comparison);
                return;
            }

            if (depthLimit == 0)
            {
                HeapSort(lo, size, comparison);
                return;
            }

            depthLimit--;
            var p = PickPivotAndPartition(lo, size, comparison);
            IntroSort(p + 1, lo + size - (p + 1), depthLimit, comparison);
            size = p - lo;
        }
    }

    private int PickPivotAndPartition(int lo, int size, Comparison<T> comparison)
    {
        var items = _items;
        var hi = lo + size - 1;
        var middle = lo + ((size - 1) >> 1);
        SwapIfGreater(lo, middle, comparison);
        SwapIfGreater(lo, hi, comparison);
        SwapIfGreater(middle, hi, comparison);

        var pivot = items[middle];
        Swap(middle, hi - 1);
        int left = lo, right = hi - 1;
        while (left < right)
        {
            while (comparison(items[++left], pivot) < 0)
            {
            }

            while (comparison(pivot, items[--right]) < 0)
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

    private void HeapSort(int lo, int n, Comparison<T> comparison)
    {
        for (var i = n >> 1; i >= 1; i--)
        {
            DownHeap(lo, i, n, comparison);
        }

        for (var i = n; i > 1; i--)
        {
            Swap(lo, lo + i - 1);
            DownHeap(lo, 1, i - 1, comparison);
        }
    }

    private void DownHeap(int lo, int i, int n, Comparison<T> comparison)
    {
        var items = _items;
        var d = items[lo + i - 1];
        while (i <= n >> 1)
        {
            var child = 2 * i;
            if (child < n && comparison(items[lo + child - 1], items[lo + child]) < 0)
            {
                child++;
            }

            if (!(comparison(d, items[lo + child - 1]) < 0))
            {
                break;
            }

            items[lo + i - 1] = items[lo + child - 1];
            i = child;
        }

        items[lo + i - 1] = d;
    }

    private void InsertionSort(int lo, int size, Comparison<T> comparison)
    {
        var items = _items;
        for (var i = lo; i < lo + size - 1; i++)
        {
            var t = items[i + 1];
            var j = i;
            while (j >= lo && comparison(t, items[j]) < 0)
            {
                items[j + 1] = items[j];
                j--;
            }

            items[j + 1] = t;
        }
    }

    private void SwapIfGreater(int i, int j, Comparison<T> comparison)
    {
        if (comparison(_items[i], _items[j]) > 0)
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
