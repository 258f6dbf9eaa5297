namespace Insights.Analytics.Robustness;

/// <summary>
/// An award that one judge, or one mark within the panel's noise, decides (<see cref="AwardRobustness"/>).
/// </summary>
/// <param name="Kind">The finding kind, <see cref="RobustnessKinds.AwardUnstable"/>.</param>
/// <param name="Project">Zero-based project index.</param>
/// <param name="Tier">The awarded tier (0 = best).</param>
/// <param name="FlipJudges">The fewest judges whose removal changes the tier (0: none up to the cap).</param>
/// <param name="FlipMarkPoints">The smallest single mark change, in points, that changes the tier (NaN: none).</param>
/// <param name="ResidualSd">The panel's residual SD of a mark (points), the bound on a mark change that counts.</param>
/// <param name="ProbabilityKeepTier">The judge bootstrap's probability of keeping the tier (for the record).</param>
/// <param name="MessageEn">A one-line explanation in English.</param>
/// <param name="MessageZh">A one-line explanation in Chinese.</param>
public sealed record AwardFinding(
    string Kind,
    int Project,
    int Tier,
    int FlipJudges,
    double FlipMarkPoints,
    double ResidualSd,
    double ProbabilityKeepTier,
    string MessageEn,
    string MessageZh);
