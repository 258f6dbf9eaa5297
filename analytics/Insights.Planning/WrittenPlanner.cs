using System.Globalization;
using Insights.Planning.Design;

namespace Insights.Planning;

/// <summary>
/// Plans the preliminary written review: every project gets <see cref="PlanOptions.PerProject"/> judges who may score
/// it (expertise, no conflict, not on the track's final panel), within the loads; a min-cost flow (OR-Tools) finds a
/// balanced feasible assignment or the shortfall, then seat swaps per track link the judges as evenly as the loads
/// allow and into one component.
/// </summary>
public static class WrittenPlanner
{
    /// <summary>Candidates offered to the flow per project in its first attempt (a random sample when more are eligible).</summary>
    private const int CandidatesPerRater = 8;

    /// <summary>Random designs measured as the baseline.</summary>
    private const int RandomDraws = 3;

    /// <summary>Plans the written review.</summary>
    /// <param name="projects">The projects to review.</param>
    /// <param name="judges">The judge pool.</param>
    /// <param name="options">How to plan.</param>
    /// <param name="excluded">Track → judges who may not sit on its preliminary panel (its final panel).</param>
    /// <param name="progress">Receives a line per step.</param>
    /// <returns>One plan per track, by track code.</returns>
    /// <exception cref="PlanInfeasibleException">No assignment meets the constraints.</exception>
    public static IReadOnlyList<TrackWrittenPlan> Plan(
        IReadOnlyList<PlanProject> projects, IReadOnlyList<PlanJudge> judges, PlanOptions options,
        IReadOnlyDictionary<string, IReadOnlySet<string>> excluded, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(judges);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(excluded);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.PerProject, 1);
        var k = options.PerProject;
        var eligible = WrittenEligibility.Find(projects, judges, options, excluded);
        var shortfalls = WrittenEligibility.Shortfalls(projects, judges, eligible, options);
        if (shortfalls.Count > 0)
        {
            throw new PlanInfeasibleException(shortfalls);
        }

        var capacity = judges.Select(j => Math.Min(options.LoadMax ?? int.MaxValue, j.MaxLoad ?? int.MaxValue)).Select(c => Math.Min(c, projects.Count)).ToArray();
        var fairShare = WrittenEligibility.FairShares(projects, judges, eligible, k);
        var random = new Random(unchecked((int)options.Seed));
        progress?.Report(string.Create(CultureInfo.InvariantCulture, $"最小费用流：{projects.Count} 个项目、{judges.Count} 名专家 / min-cost flow: {projects.Count} projects, {judges.Count} judges"));
        var result = WrittenFlow.Solve(Candidates(projects, judges, eligible, random, CandidatesPerRater * k), k, capacity, fairShare);
        if (result.Placed < (long)projects.Count * k)
        {
            // The sample of candidates may have been too narrow: offer every eligible judge before declaring a shortfall.
            result = WrittenFlow.Solve(Candidates(projects, judges, eligible, random, int.MaxValue), k, capacity, fairShare);
        }

        if (result.Placed < (long)projects.Count * k)
        {
            throw new PlanInfeasibleException(WrittenEligibility.FlowShortfalls(projects, result.Seats, k, result.Placed));
        }

        var plans = new List<TrackWrittenPlan>();
        foreach (var track in projects.Select((p, i) => (p, i)).GroupBy(x => x.p.Track, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            progress?.Report($"改进设计 / improving the design: {track.Key}");
            plans.Add(TrackPlan(track.Key, [.. track.Select(x => x.i)], projects, judges, eligible, result.Seats, options, random));
        }

        return plans;
    }

    private static TrackWrittenPlan TrackPlan(
        string track, int[] indices, IReadOnlyList<PlanProject> projects, IReadOnlyList<PlanJudge> judges,
        int[][] eligible, int[][] seats, PlanOptions options, Random random)
    {
        var globalJudges = indices.SelectMany(p => seats[p]).Distinct().Order().ToArray();
        var local = globalJudges.Select((g, i) => (g, i)).ToDictionary(x => x.g, x => x.i);
        var allowed = indices.Select(p => eligible[p].Where(local.ContainsKey).Select(g => local[g]).ToHashSet()).ToArray();
        var design = new SheetDesign(globalJudges.Length, [.. indices.Select(p => seats[p].Select(g => local[g]).ToArray())], (p, j) => allowed[p].Contains(j));
        DesignSearch.Improve(design, options.SearchRounds, random);
        DesignSearch.Connect(design);
        var quality = DesignMetrics.Measure(design.Judges, design.Seats);
        var draws = new List<DesignQuality>();
        var randomDesigns = new List<IReadOnlyList<IReadOnlyList<PlanJudge>>>();
        for (var d = 0; d < RandomDraws; d++)
        {
            var baseline = new SheetDesign(design.Judges, design.Seats, (p, j) => allowed[p].Contains(j));
            DesignSearch.Randomise(baseline, 10, random);
            draws.Add(DesignMetrics.Measure(baseline.Judges, baseline.Seats, seed: d + 2));
            randomDesigns.Add([.. baseline.Seats.Select(s => (IReadOnlyList<PlanJudge>)[.. s.Select(j => judges[globalJudges[j]])])]);
        }

        return new TrackWrittenPlan(
            track,
            track + "-PRE-P",
            [.. indices.Select(p => projects[p])],
            [.. design.Seats.Select(s => (IReadOnlyList<PlanJudge>)[.. s.Select(j => judges[globalJudges[j]])])],
            quality,
            Mean(draws),
            randomDesigns);
    }

    private static DesignQuality Mean(List<DesignQuality> draws) => draws[0] with
    {
        Components = draws.Max(d => d.Components),
        MeanSeveritySe = draws.Average(d => d.MeanSeveritySe),
        MaxSeveritySe = draws.Average(d => d.MaxSeveritySe),
        RmsSeveritySe = draws.Average(d => d.RmsSeveritySe),
        MeanProjectSe = draws.Average(d => d.MeanProjectSe),
        CutSe = draws.Average(d => d.CutSe),
        MaxConcurrence = draws.Max(d => d.MaxConcurrence),
    };

    private static List<(int Judge, long Cost)[]> Candidates(
        IReadOnlyList<PlanProject> projects, IReadOnlyList<PlanJudge> judges, int[][] eligible, Random random, int most)
    {
        var list = new List<(int, long)[]>(projects.Count);
        for (var p = 0; p < projects.Count; p++)
        {
            var pool = eligible[p];
            if (pool.Length > most)
            {
                pool = (int[])pool.Clone();
                random.Shuffle(pool);
                pool = pool[..most];
            }

            // A judge whose tags name the project's problem costs less than one who only knows the track; the small
            // random part breaks ties so equal judges are not always taken in pool order.
            list.Add([.. pool.Select(j => (j, (Eligibility.MatchesProblem(judges[j], projects[p]) ? 0L : 4L) + random.Next(4)))]);
        }

        return list;
    }
}
