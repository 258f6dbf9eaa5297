namespace Insights.Analytics.Anomalies;

/// <summary>
/// Thresholds of <see cref="SeverityExtremes"/>.
/// </summary>
/// <param name="ConfidenceZ">Severity must exceed this many standard errors (1.96: outside its 95 % interval).</param>
/// <param name="PracticalShare">Severity must exceed this share of the criterion scale range (0.10 = 10 points on
/// 0-100); error beyond twice that.</param>
public sealed record SeverityExtremesOptions(double ConfidenceZ = 1.96, double PracticalShare = 0.10)
{
    /// <summary>The default thresholds.</summary>
    public static SeverityExtremesOptions Default { get; } = new();
}
