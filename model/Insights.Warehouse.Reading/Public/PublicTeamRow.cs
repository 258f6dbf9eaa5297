namespace Insights.Warehouse.Reading.Public;

/// <summary>A team as the public counts see it (rpt_public_teams): its lead unit's city and type as registered.</summary>
/// <param name="TeamId">The team id.</param>
/// <param name="City">The lead unit's city as registered, or null.</param>
/// <param name="UnitType">The lead unit's type code, or null.</param>
/// <param name="Week">The Monday of its registration week (yyyy-MM-dd), or null.</param>
public sealed record PublicTeamRow(string TeamId, string? City, string? UnitType, string? Week);
