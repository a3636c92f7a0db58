using System;

namespace Newswire.Extraction.Names;

/// <summary>Tag sequence search over per-token tag scores and tag transitions; shared by the tagger and the trainer.</summary>
internal static class Decoding
{
    /// <summary>A score low enough to rule a tag out, far from float overflow.</summary>
    public const float Forbidden = -1e30f;

    /// <summary>
    /// The transitions with forbidden pairs set to <see cref="Forbidden"/> (rows 0..Count), then one more row:
    /// Forbidden for the tags a sentence may not end on. Greedy decoding then needs no checks.
    /// </summary>
    public static float[] Mask(TagSet tags, float[] transitions, float[]? into = null)
    {
        var T = tags.Count;
        var masked = into ?? new float[(T + 2) * T];
        for (var p = 0; p <= T; p++)
        {
            for (var t = 0; t < T; t++)
            {
                masked[p * T + t] = tags.Allowed(p, t) ? transitions[p * T + t] : Forbidden;
            }
        }

        for (var t = 0; t < T; t++)
        {
            masked[(T + 1) * T + t] = tags.CanEnd(t) ? 0f : Forbidden;
        }

        return masked;
    }

    /// <summary>
    /// Left to right, each token's best allowed tag given the previous choice, over transitions from
    /// <see cref="Mask"/>. <paramref name="margins"/> gets how far each choice is ahead of the next best
    /// allowed tag (a huge value when no other tag was allowed).
    /// </summary>
    public static void Greedy(int T, float[] masked, float[] em, int n, int[] output, float[] margins)
    {
        var prev = T; // the start row
        var endRow = (T + 1) * T;
        for (var i = 0; i < n; i++)
        {
            float best = float.NegativeInfinity, second = float.NegativeInfinity;
            var bestTag = 0;
            var row = prev * T;
            var o = i * T;
            var last = i == n - 1;
            for (var t = 0; t < T; t++)
            {
                var score = em[o + t] + masked[row + t];
                if (last)
                {
                    score += masked[endRow + t];
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

            output[i] = bestTag;
            margins[i] = second <= Forbidden / 2 ? float.PositiveInfinity : best - second;
            prev = bestTag;
        }
    }

    /// <summary>The best whole sequence; margins as for <see cref="Greedy"/>, given the chosen previous tag.</summary>
    public static void Viterbi(TagSet tags, float[] transitions, float[] em, int n, int[] output, float[] margins, float[] delta, int[] back)
    {
        var T = tags.Count;
        for (var t = 0; t < T; t++)
        {
            delta[t] = tags.Allowed(tags.Start, t) ? em[t] + transitions[tags.Start * T + t] : float.NegativeInfinity;
        }

        for (var i = 1; i < n; i++)
        {
            var previous = tags.PreviousOf;
            var row = (i - 1) * T;
            for (var t = 0; t < T; t++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                foreach (var p in previous[t])
                {
                    var v = delta[row + p] + transitions[p * T + t];
                    if (v > best)
                    {
                        best = v;
                        arg = p;
                    }
                }

                delta[i * T + t] = best + em[i * T + t];
                back[i * T + t] = arg;
            }
        }

        var end = 0;
        var endBest = float.NegativeInfinity;
        for (var t = 0; t < T; t++)
        {
            var v = delta[(n - 1) * T + t];
            if (tags.CanEnd(t) && v > endBest)
            {
                endBest = v;
                end = t;
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            output[i] = end;
            if (i > 0)
            {
                end = back[i * T + end];
            }
        }

        var prev = tags.Start;
        for (var i = 0; i < n; i++)
        {
            var chosen = output[i];
            var own = em[i * T + chosen] + transitions[prev * T + chosen];
            var other = float.NegativeInfinity;
            for (var t = 0; t < T; t++)
            {
                if (t != chosen && tags.Allowed(prev, t))
                {
                    other = Math.Max(other, em[i * T + t] + transitions[prev * T + t]);
                }
            }

            margins[i] = own - other;
            prev = chosen;
        }
    }
}
