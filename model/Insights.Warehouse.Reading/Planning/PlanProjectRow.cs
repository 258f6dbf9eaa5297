namespace Insights.Warehouse.Reading.Planning;

/// <summary>A registered project as a judging plan reads it (<c>rpt_plan_project</c>).</summary>
/// <param name="Project">Project id.</param>
/// <param name="Name">Project name, empty when unknown.</param>
/// <param name="Track">Track code.</param>
/// <param name="Problem">Problem code, empty when none.</param>
/// <param name="LeadUnit">The team's lead unit, empty when unknown.</param>
/// <param name="PartnerUnits">The partner units as stored (separated by <c>;</c>), empty when none.</param>
/// <param name="City">The lead unit's city, empty when unknown.</param>
public sealed record PlanProjectRow(string Project, string Name, string Track, string Problem, string LeadUnit, string PartnerUnits, string City);
