using Insights.Analytics.Linking;
using MathNet.Numerics.LinearAlgebra;

namespace Insights.Planning.Design;

/// <summary>
/// The precision a written design gives the analysis under the additive model with project fixed effects: the
/// judges' information matrix C = Σ_p (diag(1_p) − 1_p 1_pᵀ / k_p) (each project links its k_p judges), its
/// Moore–Penrose inverse C⁺ the covariance of the centred severity estimates in σ² units; a project's
/// adjusted score has variance 1/k_p + 1_pᵀ C⁺ 1_p / k_p².
/// </summary>
public static class DesignMetrics
{
    /// <summary>Measures a design.</summary>
    /// <param name="judges">Number of judges (indices 0..judges−1; judges without a project are left out).</param>
    /// <param name="seats">Each project's judges.</param>
    /// <param name="pairs">Pairs of projects sampled for <see cref="DesignQuality.CutSe"/>.</param>
    /// <param name="seed">Seed of the pair sample.</param>
    /// <returns>The design's quality.</returns>
    public static DesignQuality Measure(int judges, IReadOnlyList<int[]> seats, int pairs = 2000, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(seats);
        ArgumentOutOfRangeException.ThrowIfNegative(judges);
        var loads = new int[judges];
        foreach (var seat in seats)
        {
            foreach (var j in seat)
            {
                loads[j]++;
            }
        }

        var active = Enumerable.Range(0, judges).Where(j => loads[j] > 0).ToArray();
        var local = new int[judges];
        for (var i = 0; i < active.Length; i++)
        {
            local[active[i]] = i;
        }

        var n = active.Length;
        var c = Matrix<double>.Build.Dense(n, n);
        var maxConcurrence = 0;
        var concurrence = new int[n * n];
        foreach (var seat in seats)
        {
            var k = seat.Length;
            foreach (var a in seat)
            {
                c[local[a], local[a]] += 1 - (1.0 / k);
                foreach (var b in seat)
                {
                    if (a != b)
                    {
                        c[local[a], local[b]] -= 1.0 / k;
                        maxConcurrence = Math.Max(maxConcurrence, ++concurrence[(local[a] * n) + local[b]]);
                    }
                }
            }
        }

        var components = Components(n, seats, local);
        var design = new DesignQuality(n, seats.Count, components, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, maxConcurrence,
            n == 0 ? 0 : active.Average(j => (double)loads[j]), n == 0 ? 0 : active.Max(j => loads[j]), n == 0 ? 0 : active.Min(j => loads[j]));
        if (components != 1 || n < 2)
        {
            return design;
        }

        // C is singular along 1 (severities are relative); for a connected design (C + J/n)⁻¹ − J/n is its Moore–Penrose inverse.
        var shift = Matrix<double>.Build.Dense(n, n, 1.0 / n);
        var inverse = (c + shift).Inverse() - shift;
        var severity = Enumerable.Range(0, n).Select(j => Math.Sqrt(Math.Max(0, inverse[j, j]))).ToArray();
        var projectVariance = seats.Select(s => ProjectCovariance(inverse, local, s, s) + (1.0 / s.Length)).ToArray();
        var random = new Random(seed);
        var sum = 0.0;
        var count = 0;
        for (var i = 0; i < pairs && seats.Count > 1; i++)
        {
            var p = random.Next(seats.Count);
            var q = random.Next(seats.Count);
            if (p != q)
            {
                sum += projectVariance[p] + projectVariance[q] - (2 * ProjectCovariance(inverse, local, seats[p], seats[q]));
                count++;
            }
        }

        return design with
        {
            MeanSeveritySe = severity.Average(),
            MaxSeveritySe = severity.Max(),
            RmsSeveritySe = Math.Sqrt(Enumerable.Range(0, n).Sum(j => inverse[j, j]) / n),
            BoundSeveritySe = Math.Sqrt((n - 1.0) * (n - 1.0) / c.Trace() / n),
            MeanProjectSe = Math.Sqrt(projectVariance.Average()),
            CutSe = count == 0 ? double.NaN : Math.Sqrt(sum / count),
        };
    }

    // 1_pᵀ C⁺ 1_q / (k_p k_q): the covariance of two projects' adjusted scores through the severities they share.
    private static double ProjectCovariance(Matrix<double> inverse, int[] local, int[] p, int[] q)
    {
        var sum = 0.0;
        foreach (var a in p)
        {
            foreach (var b in q)
            {
                sum += inverse[local[a], local[b]];
            }
        }

        return sum / (p.Length * (double)q.Length);
    }

    private static int Components(int n, IReadOnlyList<int[]> seats, int[] local) =>
        UnionFind.Components(n, seats.Select(s => s.Select(j => local[j]).ToArray())).Distinct().Count();
}
