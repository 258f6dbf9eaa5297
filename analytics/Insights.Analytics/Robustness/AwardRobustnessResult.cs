namespace Insights.Analytics.Robustness;

/// <summary>
/// The result of <see cref="AwardRobustness.Analyze"/> for one panel.
/// </summary>
/// <param name="Projects">Per project, in project index order: score, rank, tiers and bootstrap probabilities.</param>
/// <param name="Findings">The <see cref="RobustnessKinds.AwardUnstable"/> findings, in project index order.</param>
/// <param name="CalibrationChanges">Projects whose tier differs between the raw and the fair ranking.</param>
/// <param name="FairScores">The raw and fair scores and ranks the calibration used.</param>
/// <param name="Resamples">The number of bootstrap resamples.</param>
/// <param name="Seed">The seed of the resampling generator.</param>
public sealed record AwardRobustnessResult(
    IReadOnlyList<ProjectAwardStability> Projects,
    IReadOnlyList<AwardFinding> Findings,
    IReadOnlyList<ProjectAwardStability> CalibrationChanges,
    IReadOnlyList<FairScore> FairScores,
    int Resamples,
    int Seed);
