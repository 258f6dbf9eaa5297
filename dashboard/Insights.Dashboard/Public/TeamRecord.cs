namespace Insights.Dashboard.Public;

/// <summary>A team as the public tables count it: its lead unit's city and type as public labels, its registration week.</summary>
/// <param name="Id">The team id.</param>
/// <param name="City">The city label (<see cref="PublicLabels.City"/>).</param>
/// <param name="UnitType">The unit type label (<see cref="PublicLabels.UnitType"/>).</param>
/// <param name="Week">The Monday of its registration week (yyyy-MM-dd), or null when it has no registration time.</param>
internal sealed record TeamRecord(string Id, string City, string UnitType, string? Week);
