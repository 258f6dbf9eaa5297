using Google.OrTools.Graph;

namespace Insights.Planning.Design;

/// <summary>
/// The written review's feasibility as a min-cost flow (OR-Tools): each project sends its k raters through arcs of
/// capacity 1 to the judges who may score it; each judge passes them to the sink through arcs whose unit cost grows
/// with his load (a convex cost, so loads come out as even as eligibility allows). A maximum flow of minimum cost
/// either seats every rater or shows by how much the rules fall short.
/// </summary>
internal static class WrittenFlow
{
    /// <summary>Units of load cost per sheet above a judge's fair share.</summary>
    private const long OverloadCost = 16;

    /// <summary>The solved flow: seats per project (global judge indices) and the sheets that found a judge.</summary>
    /// <param name="Seats">Each project's judges (possibly fewer than asked when short).</param>
    /// <param name="Placed">Sheets placed.</param>
    public sealed record Result(int[][] Seats, long Placed);

    /// <summary>Solves the flow.</summary>
    /// <param name="candidates">Each project's candidate judges (global indices) with the arc's cost.</param>
    /// <param name="raters">Judges wanted per project.</param>
    /// <param name="capacity">Each judge's sheet limit.</param>
    /// <param name="fairShare">Each judge's load below which a sheet costs nothing.</param>
    /// <returns>The seats.</returns>
    public static Result Solve(IReadOnlyList<(int Judge, long Cost)[]> candidates, int raters, int[] capacity, int[] fairShare)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(capacity);
        ArgumentNullException.ThrowIfNull(fairShare);
        var projects = candidates.Count;
        var judges = capacity.Length;
        var source = projects + judges;
        var sink = source + 1;
        var flow = new MinCostFlow();
        var first = new int[projects + 1];
        for (var p = 0; p < projects; p++)
        {
            flow.AddArcWithCapacityAndUnitCost(source, p, raters, 0);
        }

        for (var p = 0; p < projects; p++)
        {
            first[p] = flow.NumArcs();
            foreach (var (judge, cost) in candidates[p])
            {
                flow.AddArcWithCapacityAndUnitCost(p, projects + judge, 1, cost);
            }
        }

        first[projects] = flow.NumArcs();
        for (var j = 0; j < judges; j++)
        {
            var free = Math.Min(fairShare[j], capacity[j]);
            if (free > 0)
            {
                flow.AddArcWithCapacityAndUnitCost(projects + j, sink, free, 0);
            }

            // Each sheet above the fair share costs more than the one before, up to ten; the rest cost the most.
            var level = 1;
            for (var left = capacity[j] - free; left > 0; level++)
            {
                var step = level <= 10 ? 1 : left;
                flow.AddArcWithCapacityAndUnitCost(projects + j, sink, step, OverloadCost * Math.Min(level, 11) * Math.Min(level, 11));
                left -= step;
            }
        }

        long wanted = (long)projects * raters;
        flow.SetNodeSupply(source, wanted);
        flow.SetNodeSupply(sink, -wanted);
        var status = flow.SolveMaxFlowWithMinCost();
        if (status != MinCostFlow.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"最小费用流求解失败 / the min-cost flow did not solve: {status}");
        }

        var seats = new int[projects][];
        for (var p = 0; p < projects; p++)
        {
            var chosen = new List<int>(raters);
            for (var arc = first[p]; arc < first[p + 1]; arc++)
            {
                if (flow.Flow(arc) > 0)
                {
                    chosen.Add(flow.Head(arc) - projects);
                }
            }

            seats[p] = [.. chosen];
        }

        return new Result(seats, flow.MaximumFlow());
    }
}
