using System;
using Newswire.Extraction.Names;

namespace Newswire.Extraction.Tests.Names;

/// <summary>The tagger's hash index over feature keys must answer exactly as the model's binary search.</summary>
public class FeatureIndexTests
{
    [Fact]
    public void Every_stored_key_finds_its_row()
    {
        var model = NameTagger.Default.Model;
        var index = FeatureIndex.For(model);
        Assert.NotEmpty(model.Keys);
        for (var row = 0; row < model.Keys.Length; row++)
        {
            var hash = (ulong)model.Keys[row] << 32 | (uint)row;
            Assert.Equal(model.Find(hash), index.Find(hash));
            Assert.Equal(row, index.Find(hash));
        }
    }

    [Fact]
    public void Unknown_keys_find_nothing_as_in_the_model()
    {
        var model = NameTagger.Default.Model;
        var index = FeatureIndex.For(model);
        var random = new Random(7);
        var bytes = new byte[8];
        for (var i = 0; i < 100_000; i++)
        {
            random.NextBytes(bytes);
            var hash = BitConverter.ToUInt64(bytes, 0);
            Assert.Equal(model.Find(hash), index.Find(hash));
        }
    }

    [Fact]
    public void An_empty_model_finds_nothing()
    {
        var tags = TagSet.Of(TagScheme.Bio);
        var model = new NameModel(TagScheme.Bio, Decoder.Greedy, false, new float[(tags.Count + 1) * tags.Count], Array.Empty<uint>(), Array.Empty<sbyte>(), 1f,
            Array.Empty<System.Collections.Generic.KeyValuePair<string, WordClass>>(), Array.Empty<float>(), Array.Empty<float>());
        Assert.Equal(-1, FeatureIndex.For(model).Find(12345UL << 32));
    }
}
