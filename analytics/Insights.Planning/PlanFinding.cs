namespace Insights.Planning;

/// <summary>A difference between the executed review and its plan (<c>insights plan check</c>).</summary>
/// <param name="Kind"><c>unplanned_seat</c>, <c>missed_seat</c>, <c>conflict_scored</c> or <c>panel_overlap</c>.</param>
/// <param name="Level"><c>error</c> (a hard rule broken) or <c>warning</c> (the plan not followed).</param>
/// <param name="Stage">Stage code.</param>
/// <param name="Track">Track code.</param>
/// <param name="Judge">Judge id.</param>
/// <param name="Project">Project id, empty for a panel seat.</param>
/// <param name="Zh">What happened, in Chinese.</param>
/// <param name="En">What happened, in English.</param>
public sealed record PlanFinding(string Kind, string Level, string Stage, string Track, string Judge, string Project, string Zh, string En);
