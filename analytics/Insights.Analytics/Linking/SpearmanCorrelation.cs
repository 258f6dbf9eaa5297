using MathNet.Numerics;

namespace Insights.Analytics.Linking;

/// <summary>
/// Spearman's rank correlation ρ: the Pearson correlation of the mid-ranks of x and y (ties share the mean of the
/// ranks they span), as R's <c>cor(rank(x), rank(y))</c>. The two-sided p-value is exact for n ≤ <see cref="MaxExactN"/>:
/// every one of the n! pairings of the ranks is enumerated (Heap's algorithm, 3.6 million for n = 10) and
/// p = min(1, 2 min(P(ρ* ≥ ρ), P(ρ* ≤ ρ))), R's two-sided convention; with ties this is the exact conditional
/// permutation distribution of the mid-ranks (R falls back to the t-approximation then). For larger n,
/// t = ρ √((n - 2) / (1 - ρ²)) is referred to Student's t with n - 2 degrees of freedom.
/// </summary>
public static class SpearmanCorrelation
{
    /// <summary>The largest n whose p-value is computed by exact enumeration of permutations.</summary>
    public const int MaxExactN = 10;

    /// <summary>Computes Spearman's ρ and its two-sided p-value.</summary>
    /// <param name="x">First variable; finite values.</param>
    /// <param name="y">Second variable, paired with <paramref name="x"/>; finite values.</param>
    /// <returns>ρ, the p-value and how it was obtained.</returns>
    /// <exception cref="ArgumentNullException">A vector is null.</exception>
    /// <exception cref="ArgumentException">The lengths differ, there are fewer than 3 pairs, or a value is NaN or infinite.</exception>
    public static SpearmanResult Compute(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count)
        {
            throw new ArgumentException($"x has {x.Count} values and y {y.Count}; they must be paired.", nameof(y));
        }

        if (x.Count < 3)
        {
            throw new ArgumentException("Spearman's correlation needs at least 3 pairs.", nameof(x));
        }

        RequireFinite(x, nameof(x));
        RequireFinite(y, nameof(y));
        var n = x.Count;
        var rx = MidRanks(x, out var tiesX);
        var ry = MidRanks(y, out var tiesY);

        // Mid-ranks average (n + 1) / 2 exactly; they are multiples of 0.5, so these sums are exact in doubles.
        var mean = (n + 1) / 2.0;
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < n; i++)
        {
            sxy += (rx[i] - mean) * (ry[i] - mean);
            sxx += (rx[i] - mean) * (rx[i] - mean);
            syy += (ry[i] - mean) * (ry[i] - mean);
        }

        var hasTies = tiesX || tiesY;
        if (sxx == 0 || syy == 0)
        {
            return new SpearmanResult(double.NaN, double.NaN, SpearmanPValueMethod.Undefined, double.NaN, double.NaN, n, hasTies);
        }

        var rho = Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1.0, 1.0);
        double df = n - 2;
        var t = Math.Abs(rho) == 1 ? Math.CopySign(double.PositiveInfinity, rho) : rho * Math.Sqrt(df / (1 - (rho * rho)));
        var tPValue = double.IsInfinity(t) ? 0.0 : SpecialFunctions.BetaRegularized(df / 2, 0.5, df / (df + (t * t)));
        return n <= MaxExactN
            ? new SpearmanResult(rho, ExactPValue(rx, ry), SpearmanPValueMethod.ExactPermutation, t, tPValue, n, hasTies)
            : new SpearmanResult(rho, tPValue, SpearmanPValueMethod.TApproximation, t, tPValue, n, hasTies);
    }

    /// <summary>
    /// Two-sided exact permutation p-value of Σ rx_i ry_π(i), which orders the permutations as ρ does (the rank
    /// variances do not change under permutation). Products of mid-ranks are multiples of 0.25 and the sums stay
    /// below 2^20, so the running sum, updated at each swap of Heap's algorithm, is exact and ties compare exactly.
    /// </summary>
    private static double ExactPValue(double[] rx, double[] ry)
    {
        var n = rx.Length;
        var permuted = (double[])ry.Clone();
        double observed = 0;
        for (var i = 0; i < n; i++)
        {
            observed += rx[i] * ry[i];
        }

        var sum = observed;
        long atLeast = 1, atMost = 1, total = 1;
        var counters = new int[n];
        var k = 1;
        while (k < n)
        {
            if (counters[k] < k)
            {
                var a = (k & 1) == 0 ? 0 : counters[k];
                var b = k;
                sum += (rx[a] - rx[b]) * (permuted[b] - permuted[a]);
                (permuted[a], permuted[b]) = (permuted[b], permuted[a]);
                total++;
                if (sum >= observed)
                {
                    atLeast++;
                }

                if (sum <= observed)
                {
                    atMost++;
                }

                counters[k]++;
                k = 1;
            }
            else
            {
                counters[k] = 0;
                k++;
            }
        }

        return Math.Min(1.0, 2.0 * Math.Min(atLeast, atMost) / total);
    }

    /// <summary>Ranks 1..n, ties receiving the mean of the ranks they span.</summary>
    internal static double[] MidRanks(IReadOnlyList<double> values, out bool hasTies)
    {
        var n = values.Count;
        var order = Enumerable.Range(0, n).ToArray();
        Array.Sort(order, (a, b) => values[a].CompareTo(values[b]));
        var ranks = new double[n];
        hasTies = false;
        var start = 0;
        while (start < n)
        {
            var end = start;
            while (end + 1 < n && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }

            hasTies |= end > start;
            var midRank = ((start + end) / 2.0) + 1;
            for (var p = start; p <= end; p++)
            {
                ranks[order[p]] = midRank;
            }

            start = end + 1;
        }

        return ranks;
    }

    private static void RequireFinite(IReadOnlyList<double> values, string parameterName)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException($"Value {i} is {values[i]}; every value must be finite.", parameterName);
            }
        }
    }
}
