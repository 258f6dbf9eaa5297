using System.Globalization;

namespace Insights.Planning;

/// <summary>Who may score each project in the written review, and the shortfalls that make a plan impossible.</summary>
internal static class WrittenEligibility
{
    /// <summary>Each project's eligible judges (indices into the pool).</summary>
    public static int[][] Find(IReadOnlyList<PlanProject> projects, IReadOnlyList<PlanJudge> judges, PlanOptions options, IReadOnlyDictionary<string, IReadOnlySet<string>> excluded)
    {
        var problemTrack = Eligibility.ProblemTracks(projects);
        var byTrack = projects.Select(p => p.Track).Distinct(StringComparer.Ordinal).ToDictionary(
            t => t,
            t => Enumerable.Range(0, judges.Count)
                .Where(j => Eligibility.ServesTrack(judges[j], t, problemTrack) && !(excluded.TryGetValue(t, out var x) && x.Contains(judges[j].Id)))
                .ToArray(),
            StringComparer.Ordinal);
        var eligible = new int[projects.Count][];
        Parallel.For(0, projects.Count, p =>
        {
            var project = projects[p];
            eligible[p] = [.. byTrack[project.Track].Where(j => Eligibility.HasExpertise(judges[j], project) && !Eligibility.IsConflict(judges[j], project, options.Conflict))];
        });
        return eligible;
    }

    /// <summary>What fails before any assignment: projects with fewer eligible judges than raters, tracks whose judges cannot carry the sheets.</summary>
    public static List<PlanShortfall> Shortfalls(IReadOnlyList<PlanProject> projects, IReadOnlyList<PlanJudge> judges, int[][] eligible, PlanOptions options)
    {
        var k = options.PerProject;
        var found = new List<PlanShortfall>();
        var problemTrack = Eligibility.ProblemTracks(projects);
        for (var p = 0; p < projects.Count; p++)
        {
            if (eligible[p].Length < k)
            {
                var project = projects[p];
                var experts = judges.Count(j => Eligibility.ServesTrack(j, project.Track, problemTrack) && Eligibility.HasExpertise(j, project));
                found.Add(new PlanShortfall("raters", project.Track, project.Id, k, eligible[p].Length,
                    Inv($"项目 {project.Id}（赛道 {project.Track}）需要 {k} 名评审专家，只有 {eligible[p].Length} 名可评（专长相符 {experts} 名，其中 {experts - eligible[p].Length} 名因回避或决赛评审组而排除），缺 {k - eligible[p].Length} 名"),
                    Inv($"project {project.Id} (track {project.Track}) needs {k} judges but only {eligible[p].Length} may score it ({experts} have the expertise, {experts - eligible[p].Length} of them excluded by conflicts of interest or the final panel): {k - eligible[p].Length} short")));
            }
        }

        foreach (var track in Enumerable.Range(0, projects.Count).GroupBy(p => projects[p].Track, StringComparer.Ordinal))
        {
            var pool = track.SelectMany(p => eligible[p]).Distinct().ToList();
            long needed = (long)track.Count() * k;
            long available = pool.Sum(j => (long)Math.Min(options.LoadMax ?? int.MaxValue, judges[j].MaxLoad ?? int.MaxValue));
            if (available < needed)
            {
                var load = pool.Count == 0 ? needed : (needed + pool.Count - 1) / pool.Count;
                found.Add(new PlanShortfall("load", track.Key, "", needed, available,
                    Inv($"赛道 {track.Key} 需要 {needed} 份书面评审，{pool.Count} 名可评专家的负荷上限合计 {available} 份，缺 {needed - available} 份（将 --load-max 提高到 {load}，或增加专家）"),
                    Inv($"track {track.Key} needs {needed} written sheets but the load limits of its {pool.Count} eligible judges add up to {available}: {needed - available} short (raise --load-max to {load} or add judges)")));
            }
        }

        return found;
    }

    /// <summary>The shortfalls the flow shows when every rule holds alone but not together: the projects it left short.</summary>
    public static List<PlanShortfall> FlowShortfalls(IReadOnlyList<PlanProject> projects, int[][] seats, int k, long placed)
    {
        var found = new List<PlanShortfall>();
        foreach (var track in Enumerable.Range(0, projects.Count).Where(p => seats[p].Length < k).GroupBy(p => projects[p].Track, StringComparer.Ordinal))
        {
            var missing = track.Sum(p => (long)(k - seats[p].Length));
            long needed = (long)track.Count() * k;
            found.Add(new PlanShortfall("flow", track.Key, string.Join(",", track.Take(5).Select(p => projects[p].Id)), needed, needed - missing,
                Inv($"赛道 {track.Key}：回避、专长与负荷上限同时满足时，{track.Count()} 个项目（如 {projects[track.First()].Id}）共缺 {missing} 份评审（全部项目最多安排 {placed} 份）；放宽 --load-max 或增加专家"),
                Inv($"track {track.Key}: with conflicts, expertise and load limits together, {track.Count()} projects (e.g. {projects[track.First()].Id}) are {missing} sheets short ({placed} sheets placed in all); raise --load-max or add judges")));
        }

        return found;
    }

    /// <summary>
    /// Each judge's fair share of sheets: a judge serving several tracks counts as a fraction of a judge in each, and a
    /// track's sheets are shared among its judges so counted (rounded down; the flow's costs rise above it).
    /// </summary>
    public static int[] FairShares(IReadOnlyList<PlanProject> projects, IReadOnlyList<PlanJudge> judges, int[][] eligible, int k)
    {
        var tracksOf = new HashSet<string>[judges.Count];
        for (var j = 0; j < judges.Count; j++)
        {
            tracksOf[j] = new HashSet<string>(StringComparer.Ordinal);
        }

        for (var p = 0; p < projects.Count; p++)
        {
            foreach (var j in eligible[p])
            {
                tracksOf[j].Add(projects[p].Track);
            }
        }

        var weight = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var j = 0; j < judges.Count; j++)
        {
            foreach (var t in tracksOf[j])
            {
                weight[t] = weight.GetValueOrDefault(t) + (1.0 / tracksOf[j].Count);
            }
        }

        var sheets = projects.GroupBy(p => p.Track, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (double)g.Count() * k, StringComparer.Ordinal);
        return [.. tracksOf.Select(ts => (int)Math.Floor(ts.Sum(t => sheets[t] / weight[t] / ts.Count)))];
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
