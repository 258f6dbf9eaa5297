namespace Insights.Generator.Season;

/// <summary>The output of <see cref="OnsiteReview"/>.</summary>
/// <param name="Scores">Each short-listed project's on-site score: the mean of the panel's totals.</param>
/// <param name="Finalists">Track code → its finalists, best on-site score first.</param>
/// <param name="File">preliminary_onsite_scores.csv.</param>
internal sealed record OnsiteResult(IReadOnlyDictionary<ProjectRecord, double> Scores, IReadOnlyDictionary<string, List<ProjectRecord>> Finalists, SeasonFile File);
