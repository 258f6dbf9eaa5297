namespace Insights.Warehouse.Reading.Analytics;

/// <summary>One (season, stage, track) that has marks in <c>fact_score</c>.</summary>
/// <param name="Season">Season id.</param>
/// <param name="Stage">Stage label.</param>
/// <param name="Track">Track code.</param>
public sealed record ScoredUnitRow(string Season, string Stage, string Track);
