namespace Insights.Generator.Season;

/// <summary>What the truth folder records of a season: what the generator knows and the exports do not say.</summary>
/// <param name="Planted">Every planted problem, numbered, in planting order.</param>
/// <param name="Judges">Every judge with his true behaviour.</param>
/// <param name="Units">The entrant units (for the credit codes).</param>
/// <param name="Projects">Every project with its latent quality.</param>
/// <param name="Written">Each project's written score.</param>
/// <param name="Onsite">Each short-listed project's on-site score.</param>
/// <param name="Final">Each finalist's final score.</param>
/// <param name="Awards">The prizes.</param>
/// <param name="Typos">The planted typos: judge, project, criterion, intended, recorded.</param>
internal sealed record SeasonTruth(
    IReadOnlyList<PlantedProblem> Planted,
    IReadOnlyList<JudgeRecord> Judges,
    IReadOnlyList<UnitRecord> Units,
    IReadOnlyList<ProjectRecord> Projects,
    IReadOnlyDictionary<ProjectRecord, double> Written,
    IReadOnlyDictionary<ProjectRecord, double> Onsite,
    IReadOnlyDictionary<ProjectRecord, double> Final,
    IReadOnlyList<Award> Awards,
    IReadOnlyList<string[]> Typos);
