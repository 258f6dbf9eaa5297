namespace Insights.Analytics.Reliability;

/// <summary>
/// Kendall's coefficient of concordance W with the correction for ties (Kendall and Babington Smith 1939;
/// Kendall 1948), as irr::kendall computes it with correct = TRUE. Each judge ranks the projects by score,
/// ties receiving mid-ranks; with n projects, m judges, S the sum of squared deviations of the projects'
/// rank sums from their mean and T the sum over judges of sum (t^3 - t) over groups of t tied scores,
/// W = 12 S / (m^2 (n^3 - n) - m T). The test statistic m (n - 1) W is referred to chi-square with n - 1 df.
/// </summary>
public static class KendallW
{
    /// <summary>Computes Kendall's W of a complete rating matrix.</summary>
    /// <param name="scores">Projects in rows, judges in columns; at least 2 x 2, no missing or infinite score.</param>
    /// <returns>W, its chi-square test and the quantities behind it. W is NaN when every judge ties every project.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is null.</exception>
    /// <exception cref="ArgumentException">The matrix is smaller than 2 x 2, or has a missing (NaN) or infinite score.</exception>
    public static KendallWResult Compute(double[,] scores)
    {
        RatingMatrixGuard.RequireShape(scores, 2, 2, nameof(scores));
        RatingMatrixGuard.RequireComplete(scores, "Kendall's W", nameof(scores));

        int n = scores.GetLength(0), m = scores.GetLength(1);
        var rankSums = new double[n];
        var column = new double[n];
        var ranks = new double[n];
        var tieCorrection = 0.0;
        for (var j = 0; j < m; j++)
        {
            for (var i = 0; i < n; i++)
            {
                column[i] = scores[i, j];
            }

            tieCorrection += MidRanks(column, ranks);
            for (var i = 0; i < n; i++)
            {
                rankSums[i] += ranks[i];
            }
        }

        // The rank sums are multiples of 0.5, so their mean m (n + 1) / 2 and S are exact in doubles.
        var meanRankSum = m * (n + 1) / 2.0;
        var s = 0.0;
        for (var i = 0; i < n; i++)
        {
            var d = rankSums[i] - meanRankSum;
            s += d * d;
        }

        double nd = n, md = m;
        var denominator = (md * md * ((nd * nd * nd) - nd)) - (md * tieCorrection);
        var w = denominator > 0 ? 12 * s / denominator : double.NaN;
        var chiSquare = md * (nd - 1) * w;
        var pValue = ReliabilityDistributions.ChiSquareUpperTail(chiSquare, n - 1);
        return new KendallWResult(w, chiSquare, n - 1, pValue, s, tieCorrection, n, m);
    }

    /// <summary>
    /// Writes the ranks of <paramref name="values"/> (1 = smallest, ties get the mean of the ranks they span) into
    /// <paramref name="ranks"/> and returns sum (t^3 - t) over the groups of t tied values.
    /// </summary>
    internal static double MidRanks(double[] values, double[] ranks)
    {
        var order = new int[values.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => values[a].CompareTo(values[b]));
        var ties = 0.0;
        var start = 0;
        while (start < order.Length)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }

            // Positions start..end (0-based) hold ranks start+1..end+1; their mean is (start + end) / 2 + 1.
            var midRank = ((start + end) / 2.0) + 1;
            for (var p = start; p <= end; p++)
            {
                ranks[order[p]] = midRank;
            }

            double t = end - start + 1;
            ties += (t * t * t) - t;
            start = end + 1;
        }

        return ties;
    }
}
