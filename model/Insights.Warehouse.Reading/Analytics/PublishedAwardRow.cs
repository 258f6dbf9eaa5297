namespace Insights.Warehouse.Reading.Analytics;

/// <summary>One project's published award (its best tier) in a stage of a track.</summary>
/// <param name="Season">Season id.</param>
/// <param name="Stage">The stage that gave the award (the season's last deciding stage when the record names none).</param>
/// <param name="Track">Track code.</param>
/// <param name="Project">Project id.</param>
/// <param name="Tier">The tier code (the least of the project's codes when it has several).</param>
public sealed record PublishedAwardRow(string Season, string Stage, string Track, string Project, string Tier);
