namespace Insights.Generator.Season;

/// <summary>The output of <see cref="WrittenReview"/>.</summary>
/// <param name="Scores">Each project's written score: the mean of its sheets' totals.</param>
/// <param name="Typos">The planted typos as truth/typos.csv lists them: judge, project, criterion, intended, recorded.</param>
/// <param name="Planted">The planted typos as planted problems, in file order.</param>
/// <param name="Drift">The planted drift judge's dated sheets; null when none is planted.</param>
/// <param name="File">preliminary_written_scores.csv.</param>
internal sealed record WrittenReviewResult(IReadOnlyDictionary<ProjectRecord, double> Scores, IReadOnlyList<string[]> Typos, IReadOnlyList<PlantedProblem> Planted, DriftPlant? Drift, SeasonFile File);
