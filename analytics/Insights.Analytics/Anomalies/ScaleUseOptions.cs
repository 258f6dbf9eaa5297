namespace Insights.Analytics.Anomalies;

/// <summary>
/// Thresholds of <see cref="ScaleUse"/>.
/// </summary>
/// <param name="SlopeThreshold">Practical threshold on the relative slope (the judge's slope divided by the median
/// slope of the unit's judges): a judge is flagged only below it (error below half of it).</param>
/// <param name="FamilyWiseAlpha">Family-wise error rate (Bonferroni over the unit's judges) of the one-sided test
/// that the judge's slope is below the median slope.</param>
/// <param name="MinimumScores">Fewest scores with a panel mean a judge needs to be assessed.</param>
/// <param name="SpreadRatioThreshold">A judge with a low slope is central (compressed) only when the SD of his marks
/// is below this share of the other judges' SD on the same projects and criteria; a low slope without that
/// compression is noise, reported by <see cref="Inconsistency"/>.</param>
public sealed record ScaleUseOptions(double SlopeThreshold = 0.5, double FamilyWiseAlpha = 0.001, int MinimumScores = 10, double SpreadRatioThreshold = 0.75)
{
    /// <summary>The compression of the scale (1 − relative slope) a judge reported clean of central tendency must have
    /// been found at with 80 % power: 0.6, a judge who uses 40 % of the scale the panel uses (the realistic size of
    /// issue 11's validation).</summary>
    public double MaterialCompression { get; init; } = 0.6;

    /// <summary>The default thresholds.</summary>
    public static ScaleUseOptions Default { get; } = new();
}
