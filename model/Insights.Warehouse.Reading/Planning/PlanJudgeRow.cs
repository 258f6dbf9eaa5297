namespace Insights.Warehouse.Reading.Planning;

/// <summary>A judge of the season's pool as a judging plan reads it (<c>rpt_plan_judge</c>).</summary>
/// <param name="Judge">Judge id.</param>
/// <param name="Name">Name, empty when unknown.</param>
/// <param name="Unit">Employer, empty when unknown.</param>
/// <param name="City">City, empty when unknown.</param>
/// <param name="Tracks">The tracks the judge sat for in the season, separated by <c>;</c>.</param>
public sealed record PlanJudgeRow(string Judge, string Name, string Unit, string City, string Tracks);
