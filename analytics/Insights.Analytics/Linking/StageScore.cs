namespace Insights.Analytics.Linking;

/// <summary>A project's score at one stage, with its standard error.</summary>
/// <param name="ProjectId">The project; unique within a stage.</param>
/// <param name="Score">Any per-project score of the stage: the mean of the judges' totals or, better, the model's fair score.</param>
/// <param name="StandardError">The score's standard error (e.g. SD of the judges' totals / √judges, or the model's SE); finite, ≥ 0.</param>
public sealed record StageScore(string ProjectId, double Score, double StandardError);
