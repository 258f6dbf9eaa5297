namespace Insights.Planning;

/// <summary>
/// The hard constraints counted on a finished plan, independently of how it was made (the planner could have a
/// bug; the audit reads only the seats and the rules).
/// </summary>
/// <param name="Sheets">Written sheets planned.</param>
/// <param name="Conflicts">Written sheets where the judge is conflicted on the project (must be 0).</param>
/// <param name="ExpertiseMismatches">Seats where the judge's tags do not cover the track or problem (must be 0).</param>
/// <param name="Overlaps">Judges on both a preliminary and the final panel of one track where at least one of the two seats is planned (executed seats of stages not planned count as the other seat) (must be 0).</param>
/// <param name="OverLoad">Judges whose written load exceeds their limit (must be 0).</param>
/// <param name="ShortProjects">Projects with fewer written judges than asked (must be 0).</param>
/// <param name="DuplicateSeats">A judge seated twice on one project (must be 0).</param>
/// <param name="Recusals">Panel members' recusals (a panel judge who must not score one of the track's projects): allowed, counted.</param>
/// <param name="DisconnectedTracks">Tracks whose written review has more than one component of judges.</param>
public sealed record PlanAudit(
    int Sheets,
    int Conflicts,
    int ExpertiseMismatches,
    int Overlaps,
    int OverLoad,
    int ShortProjects,
    int DuplicateSeats,
    int Recusals,
    int DisconnectedTracks)
{
    /// <summary>True when every hard constraint holds.</summary>
    public bool Holds => Conflicts == 0 && ExpertiseMismatches == 0 && Overlaps == 0 && OverLoad == 0 && ShortProjects == 0 && DuplicateSeats == 0;

    /// <summary>Audits a plan.</summary>
    /// <param name="written">The written review per track.</param>
    /// <param name="panels">The panels.</param>
    /// <param name="executed">Executed seats of the stages not planned (their panels count for overlaps).</param>
    /// <param name="options">The plan's options.</param>
    public static PlanAudit Of(IReadOnlyList<TrackWrittenPlan> written, IReadOnlyList<TrackPanelPlan> panels, IReadOnlyList<PlanSeat> executed, PlanOptions options)
    {
        ArgumentNullException.ThrowIfNull(written);
        ArgumentNullException.ThrowIfNull(panels);
        ArgumentNullException.ThrowIfNull(executed);
        ArgumentNullException.ThrowIfNull(options);
        int sheets = 0, conflicts = 0, expertise = 0, shortProjects = 0, duplicates = 0;
        var loads = new Dictionary<PlanJudge, int>();
        foreach (var track in written)
        {
            for (var i = 0; i < track.Projects.Count; i++)
            {
                var project = track.Projects[i];
                var judges = track.Judges[i];
                shortProjects += judges.Count < options.PerProject ? 1 : 0;
                duplicates += judges.Count - judges.Select(j => j.Id).Distinct(StringComparer.Ordinal).Count();
                foreach (var judge in judges)
                {
                    sheets++;
                    conflicts += Eligibility.IsConflict(judge, project, options.Conflict) ? 1 : 0;
                    expertise += Eligibility.HasExpertise(judge, project) ? 0 : 1;
                    loads[judge] = loads.GetValueOrDefault(judge) + 1;
                }
            }
        }

        var overLoad = loads.Count(l => l.Value > Math.Min(options.LoadMax ?? int.MaxValue, l.Key.MaxLoad ?? int.MaxValue));
        // An overlap counts when at least one of its two seats is planned: the executed seats of stages not planned
        // only stand in for what the plan must keep apart from (their own overlaps are the ingest's finding).
        var plannedSeats = written.SelectMany(t => t.Judges.SelectMany(js => js.Select(j => (Stage: PlanStage.Written, t.Track, Judge: j.Id))))
            .Concat(panels.SelectMany(p => p.Members.Select(j => (p.Stage, p.Track, Judge: j.Id))))
            .ToHashSet();
        var allSeats = plannedSeats.Concat(executed.Select(s => (s.Stage, s.Track, s.Judge))).ToHashSet();
        var overlaps = allSeats.Where(s => PlanStage.IsPreliminary(s.Stage)).Select(s => (s.Track, s.Judge)).Distinct()
            .Where(x => allSeats.Contains((PlanStage.Final, x.Track, x.Judge)))
            .Count(x => plannedSeats.Contains((PlanStage.Final, x.Track, x.Judge))
                || plannedSeats.Contains((PlanStage.Written, x.Track, x.Judge)) || plannedSeats.Contains((PlanStage.Onsite, x.Track, x.Judge)));
        return new PlanAudit(sheets, conflicts, expertise, overlaps, overLoad, shortProjects, duplicates,
            panels.Sum(p => p.Recusals.Values.Sum(r => r.Count)), written.Count(t => t.Quality.Components > 1));
    }
}
