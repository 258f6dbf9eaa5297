namespace Insights.Analytics.Robustness;

/// <summary>
/// The result of <see cref="AwardRobustness.Analyze"/> for one panel.
/// </summary>
/// <param name="Projects">Per project, in project index order: score, rank, tiers and bootstrap probabilities.</param>
/// <param name="Findings">The <see cref="RobustnessKinds.AwardUnstable"/> findings, in project index order.</param>
/// <param name="CalibrationChanges">Projects whose tier the severity calibration changes (never in a complete panel:
/// see <see cref="AwardRobustness.Analyze"/>).</param>
/// <param name="FairScores">The raw and fair scores and ranks (<see cref="Robustness.FairScores"/>).</param>
/// <param name="Margins">The award-margin certificate per project, in project index order.</param>
/// <param name="ResidualSd">The residual SD of a mark in the severity fit (points): a mark change up to it is noise.</param>
/// <param name="Resamples">The number of bootstrap resamples.</param>
/// <param name="Seed">The seed of the resampling generator.</param>
public sealed record AwardRobustnessResult(
    IReadOnlyList<ProjectAwardStability> Projects,
    IReadOnlyList<AwardFinding> Findings,
    IReadOnlyList<ProjectAwardStability> CalibrationChanges,
    IReadOnlyList<FairScore> FairScores,
    IReadOnlyList<AwardMargin> Margins,
    double ResidualSd,
    int Resamples,
    int Seed);
