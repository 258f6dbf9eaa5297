namespace Insights.Generator.Season;

/// <summary>The output of <see cref="FinalRoadshow"/>.</summary>
/// <param name="Scores">Each finalist's final score: the mean of the panel's totals without the highest and the lowest.</param>
/// <param name="CriterionMeans">Each finalist's mean mark per criterion (the single awards read them).</param>
/// <param name="File">final_roadshow_scores.xlsx.</param>
internal sealed record FinalResult(IReadOnlyDictionary<ProjectRecord, double> Scores, IReadOnlyDictionary<ProjectRecord, double[]> CriterionMeans, SeasonFile File);
