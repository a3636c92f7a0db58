namespace Newswire.Extraction.Names.Training;

/// <summary>
/// What differs from run to run and what joins the runs: the seeded document order, a run's averaged weights,
/// and the mean of several runs' weight vectors (summed in place in run order: deterministic).
/// </summary>
internal static class TrainingRuns
{
    // Fisher-Yates with xorshift32: the same order on every machine.
    public static void Shuffle(int[] order, ref uint rng)
    {
        for (var i = order.Length - 1; i > 0; i--)
        {
            rng ^= rng << 13;
            rng ^= rng >> 17;
            rng ^= rng << 5;
            var j = (int)(rng % (uint)(i + 1));
            (order[i], order[j]) = (order[j], order[i]);
        }
    }

    /// <summary>An averaged perceptron's weights: the current ones less the accumulated updates over the step count.</summary>
    public static float[] Averaged(float[] w, double[] u, long c)
    {
        var avg = new float[w.Length];
        for (var i = 0; i < avg.Length; i++)
        {
            avg[i] = (float)(w[i] - u[i] / c);
        }

        return avg;
    }

    /// <summary>Adds <paramref name="w"/> into <paramref name="sum"/> (the first run's vector becomes the sum).</summary>
    public static float[] Add(float[]? sum, float[] w)
    {
        if (sum == null)
        {
            return w;
        }

        for (var i = 0; i < sum.Length; i++)
        {
            sum[i] += w[i];
        }

        return sum;
    }

    /// <summary>The sum divided by the number of runs (one run: left as it is, bit for bit).</summary>
    public static float[] Divide(float[] sum, int runs)
    {
        if (runs > 1)
        {
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] /= runs;
            }
        }

        return sum;
    }
}
