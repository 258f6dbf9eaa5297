namespace Insights.Analytics.Testing;

/// <summary>
/// The Benjamini-Hochberg false-discovery-rate procedure (Benjamini and Hochberg 1995): with m p-values sorted
/// p(1) ≤ … ≤ p(m), reject the k smallest for the largest k with p(k) ≤ k q / m. Valid for independent or positively
/// dependent tests. The adjusted p-values are R's <c>p.adjust(p, method = "BH")</c>: min over i ≥ k of m p(i) / i,
/// capped at 1; a test is rejected at q when its adjusted p-value is at most q.
/// </summary>
public static class FalseDiscovery
{
    /// <summary>Benjamini-Hochberg adjusted p-values, in the input order; NaN entries stay NaN and do not count in m
    /// (as R's NA).</summary>
    /// <param name="pValues">The p-values.</param>
    /// <returns>The adjusted p-values.</returns>
    /// <exception cref="ArgumentException">A p-value outside [0, 1].</exception>
    public static double[] Adjust(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        if (pValues.Any(p => p is < 0 or > 1))
        {
            throw new ArgumentException("p-values must lie in [0, 1].", nameof(pValues));
        }

        var adjusted = Enumerable.Repeat(double.NaN, pValues.Count).ToArray();
        // Largest first, ties by index so that the order is stable (ties get the same adjusted value anyway).
        var order = Enumerable.Range(0, pValues.Count).Where(i => !double.IsNaN(pValues[i]))
            .OrderByDescending(i => pValues[i]).ThenBy(i => i).ToArray();
        var m = order.Length;
        var running = 1.0;
        for (var r = 0; r < m; r++)
        {
            var rank = m - r;
            running = Math.Min(running, (double)m / rank * pValues[order[r]]);
            adjusted[order[r]] = running;
        }

        return adjusted;
    }

    /// <summary>Which tests the procedure rejects at false discovery rate <paramref name="q"/>.</summary>
    /// <param name="pValues">The p-values (NaN: not tested, never rejected).</param>
    /// <param name="q">The false discovery rate, in (0, 1).</param>
    /// <returns>Per p-value, whether it is rejected.</returns>
    public static bool[] Reject(IReadOnlyList<double> pValues, double q)
    {
        if (!(q is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(q), q, "q must lie in (0, 1).");
        }

        return [.. Adjust(pValues).Select(a => a <= q)];
    }
}
