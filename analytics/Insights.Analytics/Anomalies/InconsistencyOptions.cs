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
    /// <summary>The residual SD ratio a judge reported clean of erratic marking must have been found at with 80 % power:
    /// 2, the error level (an erratic judge of the validation, with 2.5 times the usual noise, has about 2.2).</summary>
    public double MaterialRatio { get; init; } = 2.0;

    /// <summary>The default thresholds.</summary>
    public static InconsistencyOptions Default { get; } = new();
}
