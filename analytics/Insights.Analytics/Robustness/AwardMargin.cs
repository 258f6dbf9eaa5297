namespace Insights.Analytics.Robustness;

/// <summary>
/// The award-margin certificate of one project (<see cref="AwardMargins.Compute"/>): how little of the panel decides
/// its tier. Tiers are zero-based (0 = best) with −1 for no tier.
/// </summary>
/// <param name="Project">Zero-based project index.</param>
/// <param name="Tier">The tier the panel gave it.</param>
/// <param name="FlipJudges">The fewest judges whose removal from the panel (all their marks, for every project; the
/// rule re-applied to the remaining judges) changes its tier; 0 when no subset up to <paramref name="MaxRemoved"/>
/// judges does.</param>
/// <param name="RemovedJudges">The first such subset in lexicographic order of judge indices (empty when none).</param>
/// <param name="TierWithoutJudges">Its tier without those judges (<paramref name="Tier"/> when none).</param>
/// <param name="MaxRemoved">The largest subset size enumerated (at least three judges always remain).</param>
/// <param name="FlipMarkPoints">The smallest change, in points of the mark, of one mark of one judge on one criterion of
/// any project that changes its tier; NaN when no single mark within the criteria's scales does.</param>
/// <param name="MarkJudge">The judge of that mark (−1 when none).</param>
/// <param name="MarkProject">The project of that mark: this one or a competitor (−1 when none).</param>
/// <param name="MarkCriterion">The criterion of that mark (−1 when none).</param>
/// <param name="MarkFrom">The mark as given (NaN when none).</param>
/// <param name="MarkTo">The mark that flips the tier (NaN when none).</param>
/// <param name="TierAfterMark">Its tier after that change (<paramref name="Tier"/> when none).</param>
public sealed record AwardMargin(
    int Project,
    int Tier,
    int FlipJudges,
    IReadOnlyList<int> RemovedJudges,
    int TierWithoutJudges,
    int MaxRemoved,
    double FlipMarkPoints,
    int MarkJudge,
    int MarkProject,
    int MarkCriterion,
    double MarkFrom,
    double MarkTo,
    int TierAfterMark);
