namespace Insights.Analytics.Anomalies;

/// <summary>
/// How strongly a finding is supported: <see cref="Warning"/> passes the detector's threshold,
/// <see cref="Error"/> passes its stricter error threshold.
/// </summary>
public enum AnomalyLevel
{
    /// <summary>Beyond the detector's threshold (written <c>warning</c> in findings).</summary>
    Warning,

    /// <summary>Beyond the detector's stricter error threshold (written <c>error</c> in findings).</summary>
    Error,
}
