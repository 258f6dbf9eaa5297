namespace Insights.Planning;

/// <summary>A planned on-site or final panel of one track.</summary>
/// <param name="Track">Track code.</param>
/// <param name="Stage">Stage code (<see cref="PlanStage.Onsite"/> or <see cref="PlanStage.Final"/>).</param>
/// <param name="Panel">Panel id, e.g. <c>T06-FIN</c>.</param>
/// <param name="Members">The panel's judges.</param>
/// <param name="Recusals">Judge id → the track's projects he must not score (回避), for the members who have any.</param>
/// <param name="FewestRaters">Fewest panel judges left to score one of the track's projects after recusals.</param>
public sealed record TrackPanelPlan(
    string Track,
    string Stage,
    string Panel,
    IReadOnlyList<PlanJudge> Members,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Recusals,
    int FewestRaters);
