namespace Insights.Analytics.Anomalies;

/// <summary>
/// A finding on one score.
/// </summary>
/// <param name="Kind">The finding kind (<see cref="AnomalyKinds.OutlierScore"/>).</param>
/// <param name="Rating">Zero-based position of the score in the input list.</param>
/// <param name="Judge">Zero-based judge index.</param>
/// <param name="Project">Zero-based project index.</param>
/// <param name="Criterion">Zero-based criterion index.</param>
/// <param name="Score">The recorded score.</param>
/// <param name="Expected">What the model expects: fixed effects + project BLUP + judge BLUP.</param>
/// <param name="Statistic">The standardized residual z = (score − expected) / σ̂.</param>
/// <param name="PValue">Two-sided normal p-value of z, not adjusted for multiplicity.</param>
/// <param name="Level">Warning or error.</param>
/// <param name="EvidenceEn">One-line evidence in English.</param>
/// <param name="EvidenceZh">One-line evidence in Chinese.</param>
public sealed record ScoreFinding(
    string Kind,
    int Rating,
    int Judge,
    int Project,
    int Criterion,
    double Score,
    double Expected,
    double Statistic,
    double PValue,
    AnomalyLevel Level,
    string EvidenceEn,
    string EvidenceZh);
