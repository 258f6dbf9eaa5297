namespace Insights.Analytics.Anomalies;

/// <summary>
/// Thresholds of <see cref="Outliers"/>.
/// </summary>
/// <param name="FamilyWiseAlpha">Family-wise error rate of the warning threshold over the unit's n scores
/// (Bonferroni: |z| &gt; Φ⁻¹(1 − α / (2n))).</param>
/// <param name="ErrorAlpha">Family-wise error rate of the stricter error threshold.</param>
public sealed record OutlierOptions(double FamilyWiseAlpha = 0.001, double ErrorAlpha = 1e-6)
{
    /// <summary>The default thresholds.</summary>
    public static OutlierOptions Default { get; } = new();
}
