using Insights.Analytics.Severity;

namespace Insights.Analytics.Robustness;

/// <summary>
/// Severity-adjusted (fair) project scores: every mark plus its judge's estimated severity, aggregated by the
/// competition's own rule, so that a project is not helped or hurt by the harshness of the judges it drew.
/// </summary>
public static class FairScores
{
    /// <summary>
    /// Computes each project's raw score (the mean, or trimmed mean, over its judges of the weighted criterion
    /// totals) and its fair score (the same with severity s_j added to every mark of judge j, so the judge's total
    /// grows by s_j Σ w_c over the criteria it scored), and ranks projects by both. Works for complete panels and
    /// for sparse designs where each project sees a different subset of judges.
    /// </summary>
    /// <param name="ratings">Long-format marks with dense zero-based judge, project and criterion indices.</param>
    /// <param name="weights">Rubric weight per criterion index.</param>
    /// <param name="fit">The severity model fitted to the same indices (at least one severity per judge).</param>
    /// <param name="trimExtremes">Drop the highest and lowest judge total of a project with at least five totals.</param>
    /// <returns>One <see cref="FairScore"/> per project, in project index order.</returns>
    /// <exception cref="ArgumentException">Empty or invalid ratings, a missing weight, a project index without
    /// ratings, or a judge without a severity.</exception>
    public static IReadOnlyList<FairScore> Compute(
        IReadOnlyList<SeverityRating> ratings, IReadOnlyList<double> weights, SeverityFit fit, bool trimExtremes = false)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var cells = PanelTotals.Cells(ratings, weights, out var judges);
        var severity = new double[judges];
        foreach (var s in fit.Severities)
        {
            if (s.Judge >= 0 && s.Judge < judges)
            {
                severity[s.Judge] = s.Severity;
            }
        }

        if (fit.Severities.Count < judges)
        {
            throw new ArgumentException("The fit has fewer judges than the ratings.", nameof(fit));
        }

        var raw = new double[cells.Length];
        var fair = new double[cells.Length];
        for (var p = 0; p < cells.Length; p++)
        {
            var list = cells[p];
            var rawTotals = new double[list.Count];
            var fairTotals = new double[list.Count];
            for (var k = 0; k < list.Count; k++)
            {
                var (judge, total, weight) = list[k];
                rawTotals[k] = total;
                fairTotals[k] = total + (severity[judge] * weight);
            }

            raw[p] = PanelTotals.Aggregate(rawTotals, trimExtremes);
            fair[p] = PanelTotals.Aggregate(fairTotals, trimExtremes);
        }

        var rawRanks = PanelTotals.Ranks(raw);
        var fairRanks = PanelTotals.Ranks(fair);
        var result = new FairScore[cells.Length];
        for (var p = 0; p < cells.Length; p++)
        {
            result[p] = new FairScore(p, cells[p].Count, raw[p], fair[p], rawRanks[p], fairRanks[p]);
        }

        return result;
    }
}
