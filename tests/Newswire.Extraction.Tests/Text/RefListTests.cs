using System;
using System.Collections.Generic;
using System.Linq;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Tests.Text;

/// <summary>RefList answers as the List&lt;T&gt; it replaces in the actor run, and hands out its elements in place.</summary>
public class RefListTests
{
    private struct Item
    {
        public int Key;
        public int Tag;
        public string? Name;
    }

    // The tests' order as a struct, for RefList.Sort<TOrder> (the actor run's mention orders are such structs).
    private readonly struct ByKey : IComparer<Item>
    {
        public int Compare(Item x, Item y) => x.Key.CompareTo(y.Key);
    }

    [Fact]
    public void Indexer_WritesInPlace()
    {
        var list = new RefList<Item>(2);
        list.Add(new Item { Key = 1 });
        list[0].Tag = 7;
        ref var item = ref list[0];
        item.Key = 5;
        Assert.Equal(5, list[0].Key);
        Assert.Equal(7, list[0].Tag);
    }

    [Fact]
    public void Indexer_ChecksCountNotCapacity()
    {
        var list = new RefList<Item>(8);
        list.Add(default);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[1].Key);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[-1].Key);
    }

    [Fact]
    public void Foreach_ReadsTheElementsInOrder()
    {
        var list = new RefList<Item>(1);
        for (var i = 0; i < 10; i++)
        {
            list.Add(new Item { Key = i });
        }

        var seen = new List<int>();
        foreach (ref readonly var item in list)
        {
            seen.Add(item.Key);
        }

        Assert.Equal(Enumerable.Range(0, 10), seen);
    }

    [Fact]
    public void RemoveAtRangeAllAndClear_AnswerAsList()
    {
        var random = new Random(16);
        for (var round = 0; round < 200; round++)
        {
            var list = new RefList<Item>(4);
            var expected = new List<Item>();
            for (var n = random.Next(0, 40); n > 0; n--)
            {
                var item = new Item { Key = random.Next(10), Tag = n, Name = "n" + n };
                list.Add(item);
                expected.Add(item);
            }

            if (expected.Count > 0)
            {
                var at = random.Next(expected.Count);
                list.RemoveAt(at);
                expected.RemoveAt(at);
            }

            var from = random.Next(expected.Count + 1);
            var count = random.Next(expected.Count - from + 1);
            list.RemoveRange(from, count);
            expected.RemoveRange(from, count);
            var key = random.Next(10);
            Assert.Equal(expected.RemoveAll(x => x.Key == key), list.RemoveAll(x => x.Key == key));
            AssertSame(expected, list);
        }

        var cleared = new RefList<Item>(2);
        cleared.Add(new Item { Key = 1 });
        cleared.Clear();
        Assert.Equal(0, cleared.Count);
    }

    // The actor run's sorts have ties (mentions starting at one token): the order ties end in must be List.Sort's.
    [Fact]
    public void Sort_LeavesTiesAsListSortDoes()
    {
        var random = new Random(42);
        Comparison<Item> byKey = (x, y) => x.Key.CompareTo(y.Key);
        for (var round = 0; round < 300; round++)
        {
            var list = new RefList<Item>(4);
            var byOrder = new RefList<Item>(4);
            var expected = new List<Item>();
            for (var n = random.Next(0, 80); n > 0; n--)
            {
                var item = new Item { Key = random.Next(6), Tag = n };
                list.Add(item);
                byOrder.Add(item);
                expected.Add(item);
            }

            list.Sort(byKey);
            byOrder.Sort(default(ByKey));
            expected.Sort(byKey);
            AssertSame(expected, list);
            AssertSame(expected, byOrder);
        }
    }

    [Theory]
    [InlineData(2000, 3)]
    [InlineData(2000, 1000)]
    [InlineData(17, 2)]
    public void Sort_LeavesTiesAsListSortDoes_InLongLists(int length, int keys)
    {
        var random = new Random(length + keys);
        Comparison<Item> byKey = (x, y) => x.Key.CompareTo(y.Key);
        for (var round = 0; round < 20; round++)
        {
            var items = new Item[random.Next(length / 2, length + 1)];
            for (var i = 0; i < items.Length; i++)
            {
                // Random, ascending, descending and sawtooth runs: the shapes that take introsort's other paths.
                var key = (round % 4) switch
                {
                    0 => random.Next(keys),
                    1 => i * keys / items.Length,
                    2 => (items.Length - i) * keys / items.Length,
                    _ => i % keys,
                };
                items[i] = new Item { Key = key, Tag = i };
            }

            AssertSortsAsList(items, byKey);
        }
    }

    // McIlroy's adversary ("A killer adversary for quicksort"), played against List.Sort: its answers make the
    // quicksort partitions as bad as they can be, so introsort runs out of depth and finishes with its heapsort.
    [Fact]
    public void Sort_LeavesTiesAsListSortDoes_WhereIntrosortFallsBackToHeapsort()
    {
        const int n = 500;
        var values = new int[n];
        var gas = n;
        var solid = 0;
        var candidate = -1;
        for (var i = 0; i < n; i++)
        {
            values[i] = gas;
        }

        var ids = new List<int>();
        for (var i = 0; i < n; i++)
        {
            ids.Add(i);
        }

        ids.Sort((x, y) =>
        {
            if (values[x] == gas && values[y] == gas)
            {
                values[x == candidate ? x : y] = solid++;
            }

            if (values[x] == gas)
            {
                candidate = x;
            }
            else if (values[y] == gas)
            {
                candidate = y;
            }

            return values[x].CompareTo(values[y]);
        });

        // The values the adversary settled on, in the order it was given them (ties: the ones never compared).
        var items = new Item[n];
        for (var i = 0; i < n; i++)
        {
            items[i] = new Item { Key = values[i], Tag = i };
        }

        AssertSortsAsList(items, (x, y) => x.Key.CompareTo(y.Key));
    }

    private static void AssertSortsAsList(Item[] items, Comparison<Item> comparison)
    {
        var list = new RefList<Item>(4);
        var byOrder = new RefList<Item>(4);
        var expected = new List<Item>();
        foreach (var item in items)
        {
            list.Add(item);
            byOrder.Add(item);
            expected.Add(item);
        }

        list.Sort(comparison);
        byOrder.Sort(default(ByKey)); // the same order as a struct (every caller sorts by Key)
        expected.Sort(comparison);
        AssertSame(expected, list);
        AssertSame(expected, byOrder);
    }

    private static void AssertSame(List<Item> expected, RefList<Item> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Key, actual[i].Key);
            Assert.Equal(expected[i].Tag, actual[i].Tag);
            Assert.Equal(expected[i].Name, actual[i].Name);
        }
    }
}
