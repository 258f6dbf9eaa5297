namespace Insights.Analytics.Robustness;

/// <summary>
/// An award that a different draw of judges would likely change.
/// </summary>
/// <param name="Kind">The finding kind, <see cref="RobustnessKinds.AwardUnstable"/>.</param>
/// <param name="Project">Zero-based project index.</param>
/// <param name="Tier">The awarded tier (0 = best).</param>
/// <param name="ProbabilityKeepTier">The bootstrap probability of keeping the tier.</param>
/// <param name="Threshold">The threshold it fell below.</param>
/// <param name="MessageEn">A one-line explanation in English.</param>
/// <param name="MessageZh">A one-line explanation in Chinese.</param>
public sealed record AwardFinding(
    string Kind,
    int Project,
    int Tier,
    double ProbabilityKeepTier,
    double Threshold,
    string MessageEn,
    string MessageZh);
