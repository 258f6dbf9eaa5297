namespace Insights.Planning;

/// <summary>One seat of a plan or of the executed review: a judge on a panel, scoring a project (written review) or the panel's projects (no project).</summary>
/// <param name="Stage">Stage code.</param>
/// <param name="Track">Track code.</param>
/// <param name="Panel">Panel id.</param>
/// <param name="Judge">Judge id.</param>
/// <param name="Project">Project id, or null for a panel seat.</param>
public sealed record PlanSeat(string Stage, string Track, string Panel, string Judge, string? Project);
