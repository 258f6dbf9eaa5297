namespace Insights.Warehouse.Reading.Analytics;

/// <summary>How many projects a track has in the next stage with scores after one of its scored stages.</summary>
/// <param name="Season">Season id.</param>
/// <param name="Stage">Stage label.</param>
/// <param name="Track">Track code.</param>
/// <param name="NextStageProjects">Distinct projects of the track in the next scored stage, null when there is none.</param>
public sealed record NextStageRow(string Season, string Stage, string Track, int? NextStageProjects);
