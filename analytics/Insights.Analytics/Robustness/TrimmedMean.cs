namespace Insights.Analytics.Robustness;

/// <summary>
/// The score of a project under a rule that drops the highest and the lowest judge total (去掉一个最高分和一个最低分),
/// with its standard error. The SE of a trimmed mean is Tukey and McLaughlin's s_w / ((1 − 2γ) √n), s_w the SD of
/// the winsorized totals and γ = g / n the share trimmed from each end (Tukey and McLaughlin (1963), Sankhyā A 25,
/// 331-352; Wilcox (2012), Introduction to Robust Estimation and Hypothesis Testing, 3rd ed., section 3.3).
/// </summary>
public static class TrimmedMean
{
    /// <summary>
    /// The rule's score and its SE: with <paramref name="trim"/> and at least five totals, one total is dropped from
    /// each end (as <see cref="PanelTotals.Aggregate"/>); otherwise the mean and s / √n.
    /// </summary>
    /// <param name="totals">The judges' totals of one project; finite, at least one.</param>
    /// <param name="trim">Whether the rule trims.</param>
    /// <returns>The score and its standard error (0 for a single total).</returns>
    /// <exception cref="ArgumentException">No totals, or a total is not finite.</exception>
    public static (double Score, double StandardError) Estimate(IReadOnlyList<double> totals, bool trim)
    {
        ArgumentNullException.ThrowIfNull(totals);
        if (totals.Count == 0 || totals.Any(t => !double.IsFinite(t)))
        {
            throw new ArgumentException("At least one finite total is needed.", nameof(totals));
        }

        var sorted = totals.Order().ToArray();
        var n = sorted.Length;
        var g = trim && n >= 5 ? 1 : 0;
        var score = sorted.Skip(g).Take(n - (2 * g)).Average();
        if (n < 2)
        {
            return (score, 0);
        }

        // Winsorize: the g lowest become the (g+1)-th lowest, the g highest the (g+1)-th highest.
        var w = (double[])sorted.Clone();
        for (var k = 0; k < g; k++)
        {
            w[k] = sorted[g];
            w[n - 1 - k] = sorted[n - 1 - g];
        }

        var mw = w.Average();
        var sw = Math.Sqrt(w.Sum(x => (x - mw) * (x - mw)) / (n - 1));
        return (score, sw / ((1 - (2.0 * g / n)) * Math.Sqrt(n)));
    }
}
