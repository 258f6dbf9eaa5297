namespace Insights.Ingest.Converters;

/// <summary>
/// One row of Insights' generic long score CSV: one judge's mark for one project on one criterion. The first eight
/// values are required; the last four are optional and written empty when null.
/// </summary>
/// <param name="Season">Season label, taken as given.</param>
/// <param name="Stage">Stage label, taken as given.</param>
/// <param name="Track">Track label, taken as given.</param>
/// <param name="Panel">Panel label: the judges who sat together.</param>
/// <param name="Judge">Judge id.</param>
/// <param name="Project">Project id.</param>
/// <param name="Criterion">Criterion label.</param>
/// <param name="Score">The mark (may be negative, e.g. a figure skating GOE).</param>
/// <param name="MaxScore">Highest mark of the criterion's scale, when known.</param>
/// <param name="ScoredAt">When the mark was given, when known.</param>
/// <param name="JudgeGroup">The judge's affiliation key (unit, city or country), when known.</param>
/// <param name="ProjectGroup">The project's affiliation key, when known.</param>
public readonly record struct LongScoreRow(
    string Season,
    string Stage,
    string Track,
    string Panel,
    string Judge,
    string Project,
    string Criterion,
    double Score,
    double? MaxScore = null,
    DateTime? ScoredAt = null,
    string? JudgeGroup = null,
    string? ProjectGroup = null);
