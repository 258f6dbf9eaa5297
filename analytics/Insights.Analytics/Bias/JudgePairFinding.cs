namespace Insights.Analytics.Bias;

/// <summary>
/// The agreement of one pair of judges on their common projects (a finding when flagged).
/// </summary>
/// <param name="Kind">The finding kind, <see cref="BiasKinds.Collusion"/>.</param>
/// <param name="JudgeA">The lower zero-based judge index.</param>
/// <param name="JudgeB">The higher zero-based judge index.</param>
/// <param name="CommonProjects">Number of projects both scored.</param>
/// <param name="Correlation">Pearson correlation of the two judges' model residuals on common project-criteria.</param>
/// <param name="MeanAbsoluteDifference">Mean absolute difference of their raw marks on common project-criteria.</param>
/// <param name="RobustZ">(correlation − median pair) / (1.4826 × MAD of pairs) in the unit.</param>
/// <param name="FisherZ">(atanh r − atanh median) × √(common projects − 3).</param>
/// <param name="PValue">One-sided normal p-value of <paramref name="FisherZ"/>.</param>
/// <param name="Flagged">Whether the pair passes both thresholds.</param>
/// <param name="Level">Warning or error (meaningful when flagged).</param>
/// <param name="EvidenceEn">One-line evidence in English.</param>
/// <param name="EvidenceZh">One-line evidence in Chinese.</param>
public sealed record JudgePairFinding(
    string Kind,
    int JudgeA,
    int JudgeB,
    int CommonProjects,
    double Correlation,
    double MeanAbsoluteDifference,
    double RobustZ,
    double FisherZ,
    double PValue,
    bool Flagged,
    Anomalies.AnomalyLevel Level,
    string EvidenceEn,
    string EvidenceZh);
