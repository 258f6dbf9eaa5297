namespace Insights.Analytics.Anomalies;

/// <summary>
/// Thresholds of <see cref="Inconsistency"/>.
/// </summary>
/// <param name="ResidualSdRatio">Practical threshold on the judge's residual SD over the median residual SD of the
/// unit's judges: a judge is flagged as erratic only above it (error above <paramref name="ErrorResidualSdRatio"/>).</param>
/// <param name="ErrorResidualSdRatio">Residual SD ratio beyond which the finding is an error.</param>
/// <param name="FamilyWiseAlpha">Family-wise error rate (Bonferroni over the unit's judges) of the one-sided test that
/// the judge's residual variance is above the median.</param>
public sealed record InconsistencyOptions(double ResidualSdRatio = 1.6, double ErrorResidualSdRatio = 2.0, double FamilyWiseAlpha = 0.001)
{
    /// <summary>The default thresholds.</summary>
    public static InconsistencyOptions Default { get; } = new();
}
