namespace Insights.Analytics.Pipeline.Output;

/// <summary>
/// One row of margins.csv: the award-margin certificate of a project in a unit with a tier rule and a complete panel
/// (<see cref="Robustness.AwardMargins"/>). Tiers are one-based (1 = first prize, or the on-site review's finalist
/// place), 0 = no tier.
/// </summary>
/// <param name="Season">Season.</param>
/// <param name="Stage">Stage.</param>
/// <param name="Track">Track.</param>
/// <param name="Project">Project id.</param>
/// <param name="Tier">Its tier from the panel.</param>
/// <param name="FlipJudges">The fewest judges whose removal changes its tier; 0 when no subset up to
/// <paramref name="MaxRemoved"/> judges does.</param>
/// <param name="JudgesRemoved">Those judges' ids, <c>;</c>-separated (the first such subset by judge index).</param>
/// <param name="TierWithoutJudges">Its tier without them.</param>
/// <param name="MaxRemoved">The largest number of judges removed in the enumeration (three always remain).</param>
/// <param name="FlipMarkPoints">The smallest change of one mark (points of the criterion) that changes its tier; NaN when none within the scales.</param>
/// <param name="MarkJudge">The judge of that mark.</param>
/// <param name="MarkProject">The project of that mark (this one or a competitor).</param>
/// <param name="MarkCriterion">The criterion of that mark.</param>
/// <param name="MarkFrom">The mark as given.</param>
/// <param name="MarkTo">The mark that changes the tier.</param>
/// <param name="TierAfterMark">Its tier after that change.</param>
/// <param name="ResidualSd">The unit's residual SD of a mark (points): award_unstable counts a mark change up to it.</param>
public sealed record MarginRow(
    string Season,
    string Stage,
    string Track,
    string Project,
    int Tier,
    int FlipJudges,
    string JudgesRemoved,
    int TierWithoutJudges,
    int MaxRemoved,
    double FlipMarkPoints,
    string MarkJudge,
    string MarkProject,
    string MarkCriterion,
    double MarkFrom,
    double MarkTo,
    int TierAfterMark,
    double ResidualSd);
