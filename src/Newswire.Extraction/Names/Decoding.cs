using System;

namespace Newswire.Extraction.Names
{
    /// <summary>Tag sequence search over per-token tag scores and tag transitions; shared by the tagger and the trainer.</summary>
    internal static class Decoding
    {
        /// <summary>
        /// Left to right, each token's best allowed tag given the previous choice. <paramref name="margins"/> gets how
        /// far each choice is ahead of the next best allowed tag.
        /// </summary>
        public static void Greedy(TagSet tags, float[] transitions, float[] em, int n, int[] output, float[] margins)
        {
            var T = tags.Count;
            var prev = tags.Start;
            for (var i = 0; i < n; i++)
            {
                float best = float.NegativeInfinity, second = float.NegativeInfinity;
                var bestTag = 0;
                var last = i == n - 1;
                var row = prev * T;
                var o = i * T;
                for (var t = 0; t < T; t++)
                {
                    if (!tags.Allowed(prev, t) || (last && !tags.CanEnd(t)))
                    {
                        continue;
                    }

                    var score = em[o + t] + transitions[row + t];
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
                margins[i] = best - second;
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
                for (var t = 0; t < T; t++)
                {
                    var best = float.NegativeInfinity;
                    var arg = 0;
                    for (var p = 0; p < T; p++)
                    {
                        if (!tags.Allowed(p, t))
                        {
                            continue;
                        }

                        var v = delta[(i - 1) * T + p] + transitions[p * T + t];
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
}
