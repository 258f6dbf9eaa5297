namespace Insights.Warehouse.Reading.Analytics;

/// <summary>
/// One mark of <c>fact_score</c> as the analyze job reads it. A struct: a unit can hold millions of marks, and the
/// job keeps them in one list while it indexes them.
/// </summary>
/// <param name="Stage">Stage label.</param>
/// <param name="Panel">Panel id, empty when the mark has none.</param>
/// <param name="Judge">Judge id.</param>
/// <param name="Project">Project id.</param>
/// <param name="Criterion">Criterion code.</param>
/// <param name="Score">The mark.</param>
/// <param name="Min">The rubric's lowest mark of the criterion, NaN when unknown.</param>
/// <param name="Max">The rubric's highest mark of the criterion, NaN when unknown.</param>
/// <param name="Weight">The criterion's weight (1 when none is recorded).</param>
/// <param name="ScoredAt">When the mark was given, null when unknown or not a timestamp.</param>
/// <param name="JudgeGroup">The judge's group of outside data, empty when none.</param>
/// <param name="ProjectGroup">The project's group of outside data, empty when none.</param>
/// <param name="Standard">The competition's standardized mark, NaN when none.</param>
public readonly record struct MarkRow(
    string Stage, string Panel, string Judge, string Project, string Criterion, double Score, double Min, double Max, double Weight,
    DateTime? ScoredAt, string JudgeGroup, string ProjectGroup, double Standard);
