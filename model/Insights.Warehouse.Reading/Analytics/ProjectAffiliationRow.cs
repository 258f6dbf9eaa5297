namespace Insights.Warehouse.Reading.Analytics;

/// <summary>A project's team units and the city of its lead unit (<c>dim_project</c>, <c>dim_team</c>, <c>dim_unit</c>).</summary>
/// <param name="Project">Project id.</param>
/// <param name="LeadUnit">The team's lead unit name, empty when none.</param>
/// <param name="PartnerUnits">The team's partner unit names as stored (separated by <c>;</c>), empty when none.</param>
/// <param name="City">The lead unit's city, empty when none.</param>
public sealed record ProjectAffiliationRow(string Project, string LeadUnit, string PartnerUnits, string City);
