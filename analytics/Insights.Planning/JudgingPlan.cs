namespace Insights.Planning;

/// <summary>A judging plan: the stages planned, the written review per track and the panels, with the audit of its constraints.</summary>
/// <param name="Season">The season planned.</param>
/// <param name="Stages">The stages planned, in order.</param>
/// <param name="Options">How it was planned.</param>
/// <param name="Written">The written review per track (empty when not planned).</param>
/// <param name="Panels">The on-site and final panels planned.</param>
/// <param name="Audit">The hard constraints re-checked on the result, with counts.</param>
public sealed record JudgingPlan(
    string Season,
    IReadOnlyList<string> Stages,
    PlanOptions Options,
    IReadOnlyList<TrackWrittenPlan> Written,
    IReadOnlyList<TrackPanelPlan> Panels,
    PlanAudit Audit)
{
    /// <summary>Every seat of the plan: one per written sheet and one per panel member.</summary>
    public IEnumerable<PlanSeat> Seats() =>
        Written.SelectMany(t => t.Projects.SelectMany((p, i) => t.Judges[i].Select(j => new PlanSeat(PlanStage.Written, t.Track, t.Panel, j.Id, p.Id))))
            .Concat(Panels.SelectMany(p => p.Members.Select(j => new PlanSeat(p.Stage, p.Track, p.Panel, j.Id, null))));

    /// <summary>The seats of the random baseline: the first random written design of each track, with the same panels.</summary>
    public IEnumerable<PlanSeat> RandomSeats() =>
        Written.SelectMany(t => t.Projects.SelectMany((p, i) => t.RandomDesigns[0][i].Select(j => new PlanSeat(PlanStage.Written, t.Track, t.Panel, j.Id, p.Id))))
            .Concat(Panels.SelectMany(p => p.Members.Select(j => new PlanSeat(p.Stage, p.Track, p.Panel, j.Id, null))));
}
