using System;
using Newswire.Extraction.Names;

namespace Newswire.Extraction.Tests.Names;

/// <summary>
/// The reference the tagger's fast greedy steps are checked against: random transitions masked as the tagger masks
/// them, and the plain loop that scores every tag (forbidden ones at about <see cref="Decoding.Forbidden"/>).
/// </summary>
internal static class FullRows
{
    public static float[] RandomMasked(TagSet tags, Random random)
    {
        var T = tags.Count;
        var transitions = new float[(T + 1) * T];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = (float)(random.NextDouble() * 8 - 4);
        }

        return Decoding.Mask(tags, transitions);
    }

    /// <summary>The first best tag over five slot vectors at <paramref name="o"/> and the margin to the runner-up.</summary>
    public static (int Tag, float Margin) Choose(float[] pool, float[] masked, int T, int[] o, int prev, bool last)
    {
        float best = float.NegativeInfinity, second = float.NegativeInfinity;
        var bestTag = 0;
        for (var t = 0; t < T; t++)
        {
            var score = pool[o[0] + t] + pool[o[1] + t] + pool[o[2] + t] + pool[o[3] + t] + pool[o[4] + t] + masked[prev * T + t];
            if (last)
            {
                score += masked[(T + 1) * T + t];
            }

            if (score > best)
            {
                second = best;
                best = score;
                bestTag = t;
            }
            else if (score > second)
            {
                second = score;
            }
        }

        return (bestTag, Margin(best, second));
    }

    public static float Margin(float best, float second) => second <= Decoding.Forbidden / 2 ? float.PositiveInfinity : best - second;
}
