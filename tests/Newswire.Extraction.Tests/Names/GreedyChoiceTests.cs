using System;
using Newswire.Extraction.Names;

namespace Newswire.Extraction.Tests.Names;

/// <summary>
/// The tagger's greedy step scores only the tags the previous tag allows; it must choose the same tag with the same
/// margin as scoring every tag against the masked transitions (the decoder the trainer and the old tagger use).
/// </summary>
public class GreedyChoiceTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(1, 3)]
    public void Allowed_successors_choose_as_the_full_masked_row(int scheme, int seed)
    {
        var tags = TagSet.Of((TagScheme)scheme);
        var T = tags.Count;
        var random = new Random(seed);
        var masked = FullRows.RandomMasked(tags, random);
        var (next, atEnd) = NameTagger.Successors(tags);
        var pool = new float[5 * T * 3];
        for (var round = 0; round < 200; round++)
        {
            for (var i = 0; i < pool.Length; i++)
            {
                // Coarse values make ties (and so the tie-breaking order) common.
                pool[i] = random.Next(-6, 7) * 0.5f;
            }

            var offsets = new[] { random.Next(3) * 5 * T, random.Next(3) * 5 * T + T, random.Next(3) * 5 * T + 2 * T, random.Next(3) * 5 * T + 3 * T, random.Next(3) * 5 * T + 4 * T };
            for (var prev = 0; prev <= T; prev++)
            {
                foreach (var last in new[] { false, true })
                {
                    var (tag, margin) = FullRows.Choose(pool, masked, T, offsets, prev, last);
                    var allowed = last ? atEnd[prev] : next[prev];
                    var chosen = NameTagger.Choose(pool, masked, allowed, offsets[0], offsets[1], offsets[2], offsets[3], offsets[4], prev * T, last ? (T + 1) * T : -1, out var best, out var second);
                    Assert.Equal(tag, chosen);
                    Assert.Equal(margin, FullRows.Margin(best, second));
                }
            }
        }
    }
}
