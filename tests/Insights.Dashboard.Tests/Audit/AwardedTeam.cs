namespace Insights.Dashboard.Tests.Audit;

/// <summary>
/// What the award list makes public of one awarded project (the notice announces the awards during the publicity
/// period, with the lead unit, whose city and type anyone can look up): its track and the public labels of its lead
/// unit's city and type.
/// </summary>
/// <param name="Track">The track code.</param>
/// <param name="City">The city label the tables use for its lead unit.</param>
/// <param name="UnitType">The unit type label the tables use.</param>
public sealed record AwardedTeam(string Track, string City, string UnitType);
