using System;
using System.Collections.Generic;
using Newswire.Extraction.Lexicons;

namespace Newswire.Extraction.Tests.Lexicons;

public class TrieEdgesTests
{
    [Fact]
    public void Root_and_deep_edges_are_found_and_absent_ones_are_not()
    {
        var edges = new TrieEdges(4);
        edges.Set(0, 5, 1);
        edges.Set(1, 7, 2);
        edges.Set(2, 0, 3);

        Assert.True(edges.TryGet(0, 5, out var a));
        Assert.Equal(1, a);
        Assert.True(edges.TryGet(1, 7, out var b));
        Assert.Equal(2, b);
        Assert.True(edges.TryGet(2, 0, out var c));
        Assert.Equal(3, c);

        Assert.False(edges.TryGet(0, 4, out _));
        Assert.False(edges.TryGet(0, 1_000_000, out _)); // beyond the root array
        Assert.False(edges.TryGet(1, 5, out _));
        Assert.False(edges.TryGet(7, 1, out _)); // node and word id swapped
        Assert.Equal(2, edges.DeepCount);
    }

    [Fact]
    public void Setting_an_edge_again_replaces_its_child()
    {
        var edges = new TrieEdges();
        edges.Set(0, 3, 1);
        edges.Set(0, 3, 9);
        edges.Set(4, 3, 1);
        edges.Set(4, 3, 8);

        Assert.True(edges.TryGet(0, 3, out var root));
        Assert.Equal(9, root);
        Assert.True(edges.TryGet(4, 3, out var deep));
        Assert.Equal(8, deep);
        Assert.Equal(1, edges.DeepCount);
    }

    [Fact]
    public void Agrees_with_a_dictionary_through_growth()
    {
        var edges = new TrieEdges(2);
        var expected = new Dictionary<(int, int), int>();
        var random = new Random(7);
        for (var i = 0; i < 20_000; i++)
        {
            var node = random.Next(0, 3) == 0 ? 0 : random.Next(1, 5_000);
            var word = random.Next(0, 40_000);
            var child = random.Next(1, int.MaxValue);
            edges.Set(node, word, child);
            expected[(node, word)] = child;
        }

        foreach (var kv in expected)
        {
            Assert.True(edges.TryGet(kv.Key.Item1, kv.Key.Item2, out var child));
            Assert.Equal(kv.Value, child);
        }

        for (var i = 0; i < 20_000; i++)
        {
            var node = random.Next(0, 5_000);
            var word = random.Next(0, 80_000);
            Assert.Equal(expected.ContainsKey((node, word)), edges.TryGet(node, word, out _));
        }
    }

    [Fact]
    public void A_node_has_children_once_an_edge_leaves_it()
    {
        var edges = new TrieEdges();
        edges.Set(0, 1, 1);
        edges.Set(1, 2, 2);
        edges.Set(700, 3, 701); // beyond the first bit words

        Assert.True(edges.HasChildren(0));
        Assert.True(edges.HasChildren(1));
        Assert.False(edges.HasChildren(2)); // a leaf: the last word of its surfaces
        Assert.True(edges.HasChildren(700));
        Assert.False(edges.HasChildren(701));
        Assert.False(edges.HasChildren(1_000_000));
    }

    [Fact]
    public void Negative_nodes_words_or_children_are_refused()
    {
        var edges = new TrieEdges();
        Assert.Throws<ArgumentOutOfRangeException>(() => edges.Set(-1, 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => edges.Set(0, -1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => edges.Set(0, 1, -1));
    }
}
