namespace Insights.Generator.Season;

/// <summary>The output of <see cref="OnsiteReview"/>.</summary>
/// <param name="Finalists">Track code → its finalists, best on-site score first.</param>
/// <param name="File">preliminary_onsite_scores.csv.</param>
internal sealed record OnsiteResult(IReadOnlyDictionary<string, List<ProjectRecord>> Finalists, SeasonFile File);
