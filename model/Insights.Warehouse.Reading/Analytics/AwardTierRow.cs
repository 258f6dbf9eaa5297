namespace Insights.Warehouse.Reading.Analytics;

/// <summary>One award tier of a deciding stage as <c>dim_award_tier</c> declares it.</summary>
/// <param name="Season">Season id.</param>
/// <param name="Stage">Stage label.</param>
/// <param name="Tier">Tier code (first, second, ...).</param>
/// <param name="Order">1 for the best tier.</param>
/// <param name="Track">The track it holds for, or null for every track.</param>
/// <param name="Count">Projects in the tier, or null.</param>
/// <param name="Share">Share (0–1) of the track's projects in the stage, or null.</param>
/// <param name="MinScore">Lowest final score of the tier, or null.</param>
/// <param name="AtLeast">The fewest projects of a share tier.</param>
public sealed record AwardTierRow(
    string Season, string Stage, string Tier, int Order, string? Track, int? Count, double? Share, double? MinScore, int AtLeast);
