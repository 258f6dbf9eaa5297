namespace Insights.Analytics.Drift;

/// <summary>
/// Thresholds of <see cref="SeverityDrift"/>.
/// </summary>
/// <param name="FamilyWiseAlpha">Family-wise error rate of the two-sided slope test, Bonferroni over the judges
/// tested: |t| &gt; Φ⁻¹(1 − α / (2m)).</param>
/// <param name="PracticalShare">The fitted total change over the judge's scoring period must exceed this share of the
/// criterion scale range (0.05 = 5 points on 0-100); error beyond twice that.</param>
/// <param name="MinimumScores">Fewest scores with a time a judge needs to be tested (at least 3).</param>
/// <param name="MinimumDays">Fewest distinct calendar days among the judge's scores (at least 2).</param>
/// <param name="MaterialShare">The total change over his scoring period, as a share of the range, that a judge
/// reported clean must have been detectable with 80 % power (0.20: the validation study's realistic drift); a larger
/// minimum detectable change makes him untestable (<see cref="SeverityDrift.MinimumDetectableChange"/>).</param>
public sealed record DriftOptions(double FamilyWiseAlpha = 0.05, double PracticalShare = 0.05, int MinimumScores = 30, int MinimumDays = 2, double MaterialShare = 0.20)
{
    /// <summary>The default thresholds.</summary>
    public static DriftOptions Default { get; } = new();
}
