using System.Globalization;
using Google.OrTools.Graph;

namespace Insights.Planning;

/// <summary>
/// Plans the on-site or final panel of every track: <see cref="PlanOptions.PanelSize"/> judges each, every judge on
/// at most one panel of the stage, never on both a preliminary and the final panel of a track, as few conflicts of
/// interest with the track's projects (recusals) as the pool allows, and for the on-site review judges of the
/// track's written review first (so the two preliminary stages share judges and link). A min-cost flow (OR-Tools)
/// seats the panels or shows which one is short and by how much.
/// </summary>
public static class PanelPlanner
{
    /// <summary>Plans the panels of one stage.</summary>
    /// <param name="stage"><see cref="PlanStage.Onsite"/> or <see cref="PlanStage.Final"/>.</param>
    /// <param name="projects">The projects (a track's projects decide its judges' recusals).</param>
    /// <param name="judges">The judge pool.</param>
    /// <param name="options">How to plan.</param>
    /// <param name="excluded">Track → judges who may not sit on this stage's panel (the other side of the preliminary/final divide).</param>
    /// <param name="preferred">Track → judges to take first (for the on-site review: the track's written judges).</param>
    /// <returns>One panel per track, in track order.</returns>
    /// <exception cref="PlanInfeasibleException">A panel cannot be filled.</exception>
    public static IReadOnlyList<TrackPanelPlan> Plan(
        string stage, IReadOnlyList<PlanProject> projects, IReadOnlyList<PlanJudge> judges, PlanOptions options,
        IReadOnlyDictionary<string, IReadOnlySet<string>> excluded, IReadOnlyDictionary<string, IReadOnlySet<string>> preferred)
    {
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(judges);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(excluded);
        ArgumentNullException.ThrowIfNull(preferred);
        var suffix = stage == PlanStage.Final ? "-FIN" : stage == PlanStage.Onsite ? "-ONS" : throw new ArgumentException($"not a panel stage: {stage}", nameof(stage));
        var size = options.PanelSize;
        var problemTrack = Eligibility.ProblemTracks(projects);
        var tracks = projects.GroupBy(p => p.Track, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var random = new Random(unchecked((int)options.Seed) ^ suffix.Length);
        var flow = new MinCostFlow();
        var source = tracks.Count + judges.Count;
        var sink = source + 1;
        var candidates = new List<(int Track, int Judge, int Arc, List<string> Recusals)>();
        var shortfalls = new List<PlanShortfall>();
        for (var t = 0; t < tracks.Count; t++)
        {
            var track = tracks[t];
            flow.AddArcWithCapacityAndUnitCost(source, t, size, 0);
            var count = 0;
            for (var j = 0; j < judges.Count; j++)
            {
                var judge = judges[j];
                if (!Eligibility.ServesTrack(judge, track.Key, problemTrack) || (excluded.TryGetValue(track.Key, out var x) && x.Contains(judge.Id)))
                {
                    continue;
                }

                var recusals = track.Where(p => Eligibility.IsConflict(judge, p, options.Conflict)).Select(p => p.Id).ToList();
                var first = preferred.TryGetValue(track.Key, out var pre) && pre.Contains(judge.Id);
                // A recusal costs more than any preference: a panel with fewer conflicts comes first.
                var cost = (100L * recusals.Count) + (first ? 0 : 20) + random.Next(10);
                candidates.Add((t, j, flow.AddArcWithCapacityAndUnitCost(t, tracks.Count + j, 1, cost), recusals));
                count++;
            }

            if (count < size)
            {
                shortfalls.Add(new PlanShortfall("panel", track.Key, track.Key + suffix, size, count,
                    Inv($"赛道 {track.Key} 的{PlanStage.NameZh(stage)}评审组需要 {size} 名专家，只有 {count} 名可选（专长相符，且不在该赛道{(stage == PlanStage.Final ? "初赛" : "决赛")}评审组），缺 {size - count} 名"),
                    Inv($"the {stage} panel of track {track.Key} needs {size} judges but only {count} may sit on it (expertise, and not on the track's {(stage == PlanStage.Final ? "preliminary" : "final")} panels): {size - count} short")));
            }
        }

        if (shortfalls.Count > 0)
        {
            throw new PlanInfeasibleException(shortfalls);
        }

        for (var j = 0; j < judges.Count; j++)
        {
            flow.AddArcWithCapacityAndUnitCost(tracks.Count + j, sink, 1, 0);
        }

        flow.SetNodeSupply(source, (long)size * tracks.Count);
        flow.SetNodeSupply(sink, -(long)size * tracks.Count);
        if (flow.SolveMaxFlowWithMinCost() != MinCostFlow.Status.OPTIMAL)
        {
            throw new InvalidOperationException("最小费用流求解失败 / the min-cost flow did not solve");
        }

        var plans = new List<TrackPanelPlan>();
        for (var t = 0; t < tracks.Count; t++)
        {
            var seated = candidates.Where(c => c.Track == t && flow.Flow(c.Arc) > 0).ToList();
            if (seated.Count < size)
            {
                shortfalls.Add(new PlanShortfall("flow", tracks[t].Key, tracks[t].Key + suffix, size, seated.Count,
                    Inv($"赛道 {tracks[t].Key} 的{PlanStage.NameZh(stage)}评审组：每名专家每阶段只进一个评审组时只能安排 {seated.Count} 名，缺 {size - seated.Count} 名"),
                    Inv($"the {stage} panel of track {tracks[t].Key}: with each judge on one panel of the stage, only {seated.Count} can be seated: {size - seated.Count} short")));
                continue;
            }

            var recusals = seated.Where(c => c.Recusals.Count > 0).ToDictionary(c => judges[c.Judge].Id, c => (IReadOnlyList<string>)c.Recusals, StringComparer.Ordinal);
            var fewest = tracks[t].Min(p => seated.Count(c => !c.Recusals.Contains(p.Id)));
            plans.Add(new TrackPanelPlan(tracks[t].Key, stage, tracks[t].Key + suffix, [.. seated.Select(c => judges[c.Judge]).OrderBy(j => j.Id, StringComparer.Ordinal)], recusals, fewest));
        }

        return shortfalls.Count > 0 ? throw new PlanInfeasibleException(shortfalls) : plans;
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
