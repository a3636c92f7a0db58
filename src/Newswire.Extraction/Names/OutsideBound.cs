using System;

namespace Newswire.Extraction.Names;

/// <summary>
/// A shortcut for the greedy step after an outside tag (or at a sentence start), where most tokens stay outside:
/// each cached slot vector also stores its peak, the highest score of any tag but O (tag 0), and each transition
/// row its peak over the tags but O. Summed in the order the step sums a tag's score, the peaks bound every other
/// tag's score from above (float addition is monotone in each operand), so when O's own score is higher still, O
/// is the step's choice without scoring the other tags. Its margin is not computed: a token that follows O and is
/// O is neither part of a name nor the token that ends one, the only tokens whose margins a name's score reads.
/// </summary>
internal sealed class OutsideBound
{
    private readonly float[] _rowPeaks;
    private readonly int _tags;

    public OutsideBound(TagSet tags, float[] masked)
    {
        // Rows 0..Count (the start row is Count), then the end row: each row's peak over the rivals of O.
        _tags = tags.Count;
        var rivals = Rivals(tags);
        _rowPeaks = new float[_tags + 2];
        for (var row = 0; row < _rowPeaks.Length; row++)
        {
            _rowPeaks[row] = Peak(masked, row * _tags, rivals);
        }
    }

    /// <summary>The tags other than O that may follow O or open a sentence: the only rivals of O after either.</summary>
    public static int[] Rivals(TagSet tags)
    {
        var rivals = new System.Collections.Generic.List<int>();
        for (var t = 1; t < tags.Count; t++)
        {
            if (tags.Allowed(0, t) || tags.Allowed(tags.Start, t))
            {
                rivals.Add(t);
            }
        }

        return rivals.ToArray();
    }

    /// <summary>The highest of <c>values[at + t]</c> over the tags <paramref name="rivals"/>.</summary>
    public static float Peak(float[] values, int at, int[] rivals)
    {
        var peak = float.NegativeInfinity;
        foreach (var t in rivals)
        {
            peak = Math.Max(peak, values[at + t]);
        }

        return peak;
    }

    /// <summary>
    /// Whether O surely wins the step from transition row <paramref name="prev"/>: the five vectors start at
    /// <paramref name="e0"/>..<paramref name="ep2"/> in <paramref name="pool"/> as the step reads them, their peaks
    /// at <paramref name="p0"/>..<paramref name="pp2"/>; <paramref name="last"/> adds the end row as the step does.
    /// False only means "score every tag".
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool OutsideWins(float[] pool, float[] masked, int e0, int em2, int em1, int ep1, int ep2, int p0, int pm2, int pm1, int pp1, int pp2,
        int prev, bool last)
    {
        var outside = pool[e0] + pool[em2] + pool[em1] + pool[ep1] + pool[ep2] + masked[prev * _tags];
        var other = pool[p0] + pool[pm2] + pool[pm1] + pool[pp1] + pool[pp2] + _rowPeaks[prev];
        if (last)
        {
            outside += masked[(_tags + 1) * _tags];
            other += _rowPeaks[_tags + 1];
        }

        return outside > other;
    }
}
