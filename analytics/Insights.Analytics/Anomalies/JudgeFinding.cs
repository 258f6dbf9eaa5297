namespace Insights.Analytics.Anomalies;

/// <summary>
/// A finding on one judge of an analysis unit.
/// </summary>
/// <param name="Kind">The finding kind: <see cref="AnomalyKinds.CentralTendency"/>, <see cref="AnomalyKinds.Inconsistent"/>, <see cref="AnomalyKinds.Halo"/>,
/// <see cref="AnomalyKinds.Lenient"/> or <see cref="AnomalyKinds.Harsh"/>.</param>
/// <param name="Judge">Zero-based judge index.</param>
/// <param name="Statistic">The detector's statistic (a slope, a variance ratio or a severity; see the detector).</param>
/// <param name="Z">The detector's z-score (test or robust z; see the detector).</param>
/// <param name="PValue">The p-value where the detector defines one, otherwise <see cref="double.NaN"/>.</param>
/// <param name="Level">Warning or error.</param>
/// <param name="EvidenceEn">One-line evidence in English.</param>
/// <param name="EvidenceZh">One-line evidence in Chinese.</param>
public sealed record JudgeFinding(
    string Kind,
    int Judge,
    double Statistic,
    double Z,
    double PValue,
    AnomalyLevel Level,
    string EvidenceEn,
    string EvidenceZh);
