namespace Insights.Analytics.Bias;

/// <summary>
/// One-sided permutation test of the sum of values over a labelled subset: every subset of the same size is
/// enumerated when there are at most a given number, else that many are drawn (with the +1 correction of Phipson and
/// Smyth).
/// </summary>
internal static class PermutationTest
{
    /// <summary>C(n, k) as a double (large values saturate harmlessly).</summary>
    public static double Choose(int n, int k)
    {
        if (k < 0 || k > n)
        {
            return 0;
        }

        k = Math.Min(k, n - k);
        var c = 1.0;
        for (var i = 1; i <= k; i++)
        {
            c = c * (n - k + i) / i;
        }

        return Math.Round(c);
    }

    /// <summary>The smallest attainable p-value: 1 / C(n, k) under enumeration, 1 / (permutations + 1) when sampled.</summary>
    public static double MinimumPValue(int n, int k, int permutations)
    {
        var subsets = Choose(n, k);
        return subsets <= permutations ? 1 / subsets : 1.0 / (permutations + 1);
    }

    /// <summary>P(sum over a random subset of the labelled size ≥ observed sum).</summary>
    public static double PValue(double[] values, bool[] labels, int permutations, int seed)
    {
        var k = labels.Count(l => l);
        var observed = values.Where((_, i) => labels[i]).Sum();
        var tolerance = 1e-9 * (1 + values.Sum(Math.Abs));
        if (Choose(values.Length, k) <= permutations)
        {
            var (reached, total) = Enumerate(values, k, observed - tolerance);
            return (double)reached / total;
        }

        var random = new Random(seed);
        var pool = (double[])values.Clone();
        var exceed = 0;
        for (var b = 0; b < permutations; b++)
        {
            var sum = 0.0;
            for (var i = 0; i < k; i++)
            {
                var j = random.Next(i, pool.Length);
                (pool[i], pool[j]) = (pool[j], pool[i]);
                sum += pool[i];
            }

            if (sum >= observed - tolerance)
            {
                exceed++;
            }
        }

        return (1.0 + exceed) / (1.0 + permutations);
    }

    /// <summary>Counts the k-subsets (in lexicographic order of indices) whose sum reaches the bound.</summary>
    private static (long Reached, long Total) Enumerate(double[] values, int k, double bound)
    {
        var n = values.Length;
        var index = Enumerable.Range(0, k).ToArray();
        long reached = 0, total = 0;
        while (true)
        {
            var sum = 0.0;
            foreach (var i in index)
            {
                sum += values[i];
            }

            total++;
            if (sum >= bound)
            {
                reached++;
            }

            var t = k - 1;
            while (t >= 0 && index[t] == n - k + t)
            {
                t--;
            }

            if (t < 0)
            {
                return (reached, total);
            }

            index[t]++;
            for (var u = t + 1; u < k; u++)
            {
                index[u] = index[u - 1] + 1;
            }
        }
    }
}
