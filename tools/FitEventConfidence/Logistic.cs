using System;
using System.Collections.Generic;

namespace FitEventConfidence;

/// <summary>
/// L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least squares) from
/// zero weights: deterministic, no random start, no learning rate. The bias is not penalised.
/// </summary>
internal static class Logistic
{
    public static double[] Fit(IReadOnlyList<double[]> xs, IReadOnlyList<bool> ys, double lambda, int iterations = 50)
    {
        var d = xs[0].Length;
        var w = new double[d];
        for (var it = 0; it < iterations; it++)
        {
            var grad = new double[d];
            var hess = new double[d, d];
            for (var n = 0; n < xs.Count; n++)
            {
                var x = xs[n];
                var p = Sigmoid(Dot(w, x));
                var r = (ys[n] ? 1 : 0) - p;
                var s = p * (1 - p);
                for (var i = 0; i < d; i++)
                {
                    grad[i] += r * x[i];
                    for (var j = 0; j < d; j++)
                    {
                        hess[i, j] += s * x[i] * x[j];
                    }
                }
            }

            for (var i = 1; i < d; i++)
            {
                grad[i] -= lambda * w[i];
                hess[i, i] += lambda;
            }

            hess[0, 0] += 1e-6;
            var step = Solve(hess, grad);
            var max = 0.0;
            for (var i = 0; i < d; i++)
            {
                w[i] += step[i];
                max = Math.Max(max, Math.Abs(step[i]));
            }

            if (max < 1e-9)
            {
                break;
            }
        }

        return w;
    }

    public static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    private static double Dot(double[] w, double[] x)
    {
        var z = 0.0;
        for (var i = 0; i < w.Length; i++)
        {
            z += w[i] * x[i];
        }

        return z;
    }

    /// <summary>Gaussian elimination with partial pivoting (the matrix is small and positive definite).</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var v = (double[])b.Clone();
        for (var c = 0; c < n; c++)
        {
            var piv = c;
            for (var r = c + 1; r < n; r++)
            {
                if (Math.Abs(m[r, c]) > Math.Abs(m[piv, c]))
                {
                    piv = r;
                }
            }

            for (var k = 0; k < n; k++)
            {
                (m[c, k], m[piv, k]) = (m[piv, k], m[c, k]);
            }

            (v[c], v[piv]) = (v[piv], v[c]);
            for (var r = c + 1; r < n; r++)
            {
                var f = m[r, c] / m[c, c];
                for (var k = c; k < n; k++)
                {
                    m[r, k] -= f * m[c, k];
                }

                v[r] -= f * v[c];
            }
        }

        var x = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            var s = v[r];
            for (var k = r + 1; k < n; k++)
            {
                s -= m[r, k] * x[k];
            }

            x[r] = s / m[r, r];
        }

        return x;
    }
}
