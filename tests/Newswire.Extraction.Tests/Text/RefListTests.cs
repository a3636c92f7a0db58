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
            var expected = new List<Item>();
            for (var n = random.Next(0, 80); n > 0; n--)
            {
                var item = new Item { Key = random.Next(6), Tag = n };
                list.Add(item);
                expected.Add(item);
            }

            list.Sort(byKey);
            expected.Sort(byKey);
            AssertSame(expected, list);
        }
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
