using System;
using System.Collections.Generic;

namespace Newswire.Extraction.Names.Training;

/// <summary>
/// Fits the map from a span's raw score (its smallest decision margin) to the probability that it is right:
/// isotonic regression (pool adjacent violators) on held-out spans, merged into steps of at least
/// <c>minimum</c> spans so each step's precision is a real estimate.
/// </summary>
internal static class Calibration
{
    public static (float[] Raw, float[] Probability) Fit(IReadOnlyList<(float Raw, bool Correct)> spans, int minimum = 40)
    {
        if (spans.Count == 0)
        {
            return (Array.Empty<float>(), Array.Empty<float>());
        }

        var sorted = new List<(float Raw, bool Correct)>(spans);
        sorted.Sort((a, b) => a.Raw != b.Raw ? a.Raw.CompareTo(b.Raw) : a.Correct.CompareTo(b.Correct));

        // Blocks: (first raw, count, correct).
        var blocks = new List<(float Raw, double N, double Ok)>();
        foreach (var s in sorted)
        {
            blocks.Add((s.Raw, 1, s.Correct ? 1 : 0));
            Pool(blocks);
        }

        // Merge small blocks into their neighbour (keeps the sequence non-decreasing).
        var merged = new List<(float Raw, double N, double Ok)>();
        foreach (var b in blocks)
        {
            if (merged.Count > 0 && merged[merged.Count - 1].N < minimum)
            {
                var last = merged[merged.Count - 1];
                merged[merged.Count - 1] = (last.Raw, last.N + b.N, last.Ok + b.Ok);
            }
            else
            {
                merged.Add(b);
            }
        }

        if (merged.Count > 1 && merged[merged.Count - 1].N < minimum)
        {
            var last = merged[merged.Count - 1];
            var prev = merged[merged.Count - 2];
            merged.RemoveAt(merged.Count - 1);
            merged[merged.Count - 1] = (prev.Raw, prev.N + last.N, prev.Ok + last.Ok);
        }

        var raw = new float[merged.Count];
        var p = new float[merged.Count];
        var floor = 0f;
        for (var i = 0; i < merged.Count; i++)
        {
            raw[i] = i == 0 ? float.MinValue : merged[i].Raw;

            // A light prior towards one half keeps small steps away from 0 and 1.
            floor = Math.Max(floor, (float)((merged[i].Ok + 1) / (merged[i].N + 2)));
            p[i] = floor;
        }

        return (raw, p);
    }

    private static void Pool(List<(float Raw, double N, double Ok)> blocks)
    {
        while (blocks.Count > 1)
        {
            var b = blocks[blocks.Count - 1];
            var a = blocks[blocks.Count - 2];
            if (a.Ok / a.N <= b.Ok / b.N)
            {
                return;
            }

            blocks.RemoveAt(blocks.Count - 1);
            blocks[blocks.Count - 1] = (a.Raw, a.N + b.N, a.Ok + b.Ok);
        }
    }
}
