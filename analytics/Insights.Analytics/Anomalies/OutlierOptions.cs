namespace Insights.Analytics.Anomalies;

/// <summary>
/// Thresholds of <see cref="Outliers"/>.
/// </summary>
/// <param name="FamilyWiseAlpha">Family-wise error rate of the warning threshold over the unit's n scores
/// (Bonferroni: |z| &gt; Φ⁻¹(1 − α / (2n))).</param>
/// <param name="ErrorAlpha">Family-wise error rate of the stricter error threshold.</param>
/// <param name="JudgeNoise">Measure each judge's marks against his own residual spread when it is wider than the
/// panel's (<see cref="Outliers.JudgeFactors"/>): an erratic judge's wide marks are his inconsistency (kind
/// <c>inconsistent</c>), not a run of single mistyped scores.</param>
/// <param name="MinimumJudgeMarks">Marks a judge needs before his own spread is estimated (fewer: the panel's).</param>
public sealed record OutlierOptions(double FamilyWiseAlpha = 0.001, double ErrorAlpha = 1e-6, bool JudgeNoise = true, int MinimumJudgeMarks = 20)
{
    /// <summary>The default thresholds.</summary>
    public static OutlierOptions Default { get; } = new();
}
