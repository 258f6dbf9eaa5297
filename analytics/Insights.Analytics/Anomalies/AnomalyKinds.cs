namespace Insights.Analytics.Anomalies;

/// <summary>
/// The finding kinds reported by the anomaly detectors, as written in findings.
/// </summary>
public static class AnomalyKinds
{
    /// <summary>A single score far from what the severity model expects (<see cref="Outliers"/>).</summary>
    public const string OutlierScore = "outlier_score";

    /// <summary>A judge who uses only the middle of the scale (<see cref="ScaleUse"/>).</summary>
    public const string CentralTendency = "central_tendency";

    /// <summary>An erratic judge whose marks follow the panel only loosely (<see cref="Inconsistency"/>).</summary>
    public const string Inconsistent = "inconsistent";

    /// <summary>A judge who gives (nearly) the same mark on every criterion of a project (<see cref="Halo"/>).</summary>
    public const string Halo = "halo";

    /// <summary>A judge who scores clearly above an average judge (<see cref="SeverityExtremes"/>).</summary>
    public const string Lenient = "lenient";

    /// <summary>A judge who scores clearly below an average judge (<see cref="SeverityExtremes"/>).</summary>
    public const string Harsh = "harsh";

    /// <summary>The lower-case name of a level as written in findings: <c>warning</c> or <c>error</c>.</summary>
    /// <param name="level">The level.</param>
    /// <returns><c>warning</c> or <c>error</c>.</returns>
    public static string LevelName(AnomalyLevel level) => level == AnomalyLevel.Error ? "error" : "warning";
}
