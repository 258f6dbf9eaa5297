namespace Insights.Warehouse.Reading.Planning;

/// <summary>An executed seat (<c>rpt_plan_seat</c>): a judge on a panel, with the project he scored or none.</summary>
/// <param name="Stage">Stage code.</param>
/// <param name="Track">Track code.</param>
/// <param name="Panel">Panel id.</param>
/// <param name="Judge">Judge id.</param>
/// <param name="Project">Project id, or null for a panel seat without scores.</param>
public sealed record PlanSeatRow(string Stage, string Track, string Panel, string Judge, string? Project);
