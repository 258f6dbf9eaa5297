using Insights.Analytics.Severity;

namespace Insights.Analytics.Robustness;

/// <summary>
/// Severity-adjusted (fair) project scores: every mark plus its judge's estimated severity, aggregated by the
/// competition's own rule, so that a project is not helped or hurt by the harshness of the judges it drew. On a rubric
/// whose criteria have different ranges the severity is on the common scale of <see cref="CriterionScales"/> and is
/// added to criterion c's marks in that criterion's points, s_j R_c / R̄: a judge 10 % of the range lenient loses
/// 2.5 points on a 0-25 criterion and 1 point on a 0-10 criterion, not the same points on both.
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
    /// <param name="scales">The criteria's scales. When their ranges differ, <paramref name="fit"/> must be fitted on
    /// the common scale (<see cref="CriterionScales.ToCommon(IReadOnlyList{SeverityRating})"/>) and the severity added
    /// to a mark of criterion c is s_j R_c / R̄ points, so the judge's total grows by s_j Σ w_c R_c / R̄; null or equal
    /// ranges: s_j on every mark, as before.</param>
    /// <returns>One <see cref="FairScore"/> per project, in project index order.</returns>
    /// <exception cref="ArgumentException">Empty or invalid ratings, a missing weight, a project index without
    /// ratings, a judge without a severity, or a criterion without a scale.</exception>
    public static IReadOnlyList<FairScore> Compute(
        IReadOnlyList<SeverityRating> ratings, IReadOnlyList<double> weights, SeverityFit fit, bool trimExtremes = false, CriterionScales? scales = null)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(weights);
        var cells = PanelTotals.Cells(ratings, weights, out var judges);
        if (scales is { IsMixed: true })
        {
            // Σ w_c R_c / R̄ over the criteria each judge scored: the same cells, with the weights in criterion points.
            var scaled = Cells(ratings, ScaledWeights(weights, scales));
            for (var p = 0; p < cells.Length; p++)
            {
                for (var k = 0; k < cells[p].Count; k++)
                {
                    cells[p][k] = cells[p][k] with { Weight = scaled[p][k].Weight };
                }
            }
        }

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

    /// <summary>
    /// The points each judge's severity adds to one mark of each criterion: s_j R_c / R̄ on a mixed-range rubric
    /// (the fit on the common scale), s_j on every criterion otherwise.
    /// </summary>
    /// <param name="fit">The severity fit (on the common scale when the ranges differ).</param>
    /// <param name="scales">The criteria's scales.</param>
    /// <returns>corrections[j][c] in points of criterion c, for every judge index of the fit's severities.</returns>
    /// <exception cref="ArgumentException">A negative judge index in the fit.</exception>
    public static double[][] Corrections(SeverityFit fit, CriterionScales scales)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(scales);
        var judges = fit.Severities.Count == 0 ? 0 : fit.Severities.Max(s => s.Judge) + 1;
        if (fit.Severities.Any(s => s.Judge < 0))
        {
            throw new ArgumentException("Judge indices must be non-negative.", nameof(fit));
        }

        var result = new double[judges][];
        for (var j = 0; j < judges; j++)
        {
            result[j] = new double[scales.Count];
        }

        foreach (var s in fit.Severities)
        {
            for (var c = 0; c < scales.Count; c++)
            {
                result[s.Judge][c] = s.Severity * scales.PointsPerCommonPoint(c);
            }
        }

        return result;
    }

    /// <summary>
    /// A fit whose severities, added as one number to every mark of a judge who scored every criterion, change the
    /// judge's weighted total as <see cref="Compute"/> with <paramref name="scales"/> does: s_j Σ w_c R_c / (R̄ Σ w_c).
    /// For code that adds one severity per judge to each mark of a complete panel (the award bootstrap's calibrated
    /// tiers); the fit itself when the ranges are equal.
    /// </summary>
    /// <param name="fit">The severity fit (on the common scale when the ranges differ).</param>
    /// <param name="weights">Rubric weight per criterion index.</param>
    /// <param name="scales">The criteria's scales.</param>
    /// <returns>The fit with the severities (and their standard errors) in equivalent points.</returns>
    /// <exception cref="ArgumentException">Weights and scales of different lengths, or weights that sum to 0.</exception>
    public static SeverityFit TotalEquivalent(SeverityFit fit, IReadOnlyList<double> weights, CriterionScales scales)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(scales);
        if (weights.Count != scales.Count || !(Math.Abs(weights.Sum()) > 0))
        {
            throw new ArgumentException("One weight per criterion, with a non-zero sum, is required.", nameof(weights));
        }

        if (!scales.IsMixed)
        {
            return fit;
        }

        var factor = ScaledWeights(weights, scales).Sum() / weights.Sum();
        return fit with { Severities = [.. fit.Severities.Select(s => s with { Severity = s.Severity * factor, StandardError = s.StandardError * factor })] };
    }

    private static double[] ScaledWeights(IReadOnlyList<double> weights, CriterionScales scales)
    {
        if (weights.Count < scales.Count)
        {
            throw new ArgumentException("Every criterion index must have a weight.", nameof(weights));
        }

        return [.. Enumerable.Range(0, scales.Count).Select(c => weights[c] * scales.PointsPerCommonPoint(c))];
    }

    private static List<(int Judge, double Total, double Weight)>[] Cells(IReadOnlyList<SeverityRating> ratings, IReadOnlyList<double> weights) =>
        PanelTotals.Cells(ratings, weights, out _);
}
