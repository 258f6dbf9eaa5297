namespace Insights.Planning;

/// <summary>
/// Plans one stage or all: the final panels first (so the preliminary review never takes the judges they need), then
/// the written review without them, then the on-site panels from the written judges. A stage planned alone keeps
/// apart from the executed seats of the others (the warehouse's), so the preliminary and final panels of a track
/// never share a judge.
/// </summary>
public static class JudgingPlanner
{
    /// <summary>Makes the plan.</summary>
    /// <param name="season">The season.</param>
    /// <param name="stages">The stages to plan (codes of <see cref="PlanStage"/>).</param>
    /// <param name="projects">The registered projects.</param>
    /// <param name="judges">The judge pool.</param>
    /// <param name="executed">Seats already executed or fixed (the warehouse's); those of the stages planned are ignored.</param>
    /// <param name="options">How to plan.</param>
    /// <param name="progress">Receives a line per step.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="PlanInfeasibleException">A hard constraint cannot be met.</exception>
    public static JudgingPlan Plan(
        string season, IReadOnlyList<string> stages, IReadOnlyList<PlanProject> projects, IReadOnlyList<PlanJudge> judges,
        IReadOnlyList<PlanSeat> executed, PlanOptions options, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(stages);
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(judges);
        ArgumentNullException.ThrowIfNull(executed);
        ArgumentNullException.ThrowIfNull(options);
        var unknown = stages.FirstOrDefault(s => !PlanStage.All.Contains(s));
        if (unknown is not null)
        {
            throw new ArgumentException($"未知阶段 / unknown stage: {unknown}", nameof(stages));
        }

        if (projects.Count == 0)
        {
            throw new PlanInfeasibleException([new PlanShortfall("raters", "", "", 1, 0, $"赛季 {season} 没有已登记的项目", $"season {season} has no registered projects")]);
        }

        var kept = executed.Where(s => !stages.Contains(s.Stage)).ToList();
        var finalSeats = Seats(kept, s => s == PlanStage.Final);
        var preliminarySeats = Seats(kept, PlanStage.IsPreliminary);
        var writtenSeats = Seats(kept, s => s == PlanStage.Written);
        var panels = new List<TrackPanelPlan>();
        if (stages.Contains(PlanStage.Final))
        {
            progress?.Report("决赛评审组 / final panels");
            panels.AddRange(PanelPlanner.Plan(PlanStage.Final, projects, judges, options, preliminarySeats, Empty));
            finalSeats = Merge(finalSeats, panels.Where(p => p.Stage == PlanStage.Final).ToDictionary(p => p.Track, p => p.Members.Select(m => m.Id)));
        }

        IReadOnlyList<TrackWrittenPlan> written = [];
        if (stages.Contains(PlanStage.Written))
        {
            progress?.Report("初赛书面评审 / written review");
            written = WrittenPlanner.Plan(projects, judges, options, finalSeats, progress);
            writtenSeats = written.ToDictionary(t => t.Track, t => (IReadOnlySet<string>)t.Judges.SelectMany(j => j).Select(j => j.Id).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        }

        if (stages.Contains(PlanStage.Onsite))
        {
            progress?.Report("初赛现场评审组 / on-site panels");
            panels.AddRange(PanelPlanner.Plan(PlanStage.Onsite, projects, judges, options, finalSeats, writtenSeats));
        }

        return new JudgingPlan(season, [.. PlanStage.All.Where(stages.Contains)], options, written, panels, PlanAudit.Of(written, panels, kept, options));
    }

    private static IReadOnlyDictionary<string, IReadOnlySet<string>> Empty { get; } = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);

    private static Dictionary<string, IReadOnlySet<string>> Seats(IEnumerable<PlanSeat> seats, Func<string, bool> stage) =>
        seats.Where(s => stage(s.Stage)).GroupBy(s => s.Track, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(s => s.Judge).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    private static Dictionary<string, IReadOnlySet<string>> Merge(Dictionary<string, IReadOnlySet<string>> seats, Dictionary<string, IEnumerable<string>> more)
    {
        foreach (var (track, judges) in more)
        {
            seats[track] = (seats.TryGetValue(track, out var had) ? had : Enumerable.Empty<string>()).Concat(judges).ToHashSet(StringComparer.Ordinal);
        }

        return seats;
    }
}
