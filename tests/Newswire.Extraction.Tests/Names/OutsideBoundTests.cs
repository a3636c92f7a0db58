using System;
using Newswire.Extraction.Names;

namespace Newswire.Extraction.Tests.Names;

/// <summary>
/// The greedy step's shortcut after O: when <see cref="OutsideBound"/> says O wins, scoring every tag against the
/// masked transitions must choose O too, and the shortcut must fire often enough to matter.
/// </summary>
public class OutsideBoundTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(1, 3)]
    public void When_the_bound_says_outside_the_full_row_chooses_outside(int scheme, int seed)
    {
        var tags = TagSet.Of((TagScheme)scheme);
        var T = tags.Count;
        var random = new Random(seed);
        var masked = FullRows.RandomMasked(tags, random);
        var bound = new OutsideBound(tags, masked);
        var rivals = OutsideBound.Rivals(tags);
        var pool = new float[5 * T + 5];
        var slots = new[] { 0, T, 2 * T, 3 * T, 4 * T };
        var fired = 0;
        for (var round = 0; round < 2000; round++)
        {
            for (var i = 0; i < 5 * T; i++)
            {
                // Coarse values make ties common; O (each vector's first score) leads by a random amount.
                pool[i] = random.Next(-6, 7) * 0.5f + (i % T == 0 ? random.Next(0, 8) : 0);
            }

            for (var v = 0; v < 5; v++)
            {
                pool[5 * T + v] = OutsideBound.Peak(pool, v * T, rivals);
            }

            foreach (var prev in new[] { 0, T })
            {
                foreach (var last in new[] { false, true })
                {
                    if (!bound.OutsideWins(pool, masked, 0, T, 2 * T, 3 * T, 4 * T, 5 * T, 5 * T + 1, 5 * T + 2, 5 * T + 3, 5 * T + 4, prev, last))
                    {
                        continue;
                    }

                    fired++;
                    Assert.Equal(0, FullRows.Choose(pool, masked, T, slots, prev, last).Tag);
                }
            }
        }

        Assert.True(fired > 1000, "the shortcut fired " + fired + " times");
    }
}
