using Insights.Analytics.Severity;

namespace Insights.Analytics.Robustness;

/// <summary>
/// Weighted judge totals per (judge, project) cell, the final-score aggregate and the ranking shared by
/// <see cref="FairScores"/> and <see cref="AwardRobustness"/>.
/// </summary>
internal static class PanelTotals
{
    /// <summary>
    /// The cells of the ratings: per project, the judges who scored it, their weighted totals Σ w_c x_c and the
    /// weight Σ w_c of the criteria they scored, ordered by judge index.
    /// </summary>
    public static List<(int Judge, double Total, double Weight)>[] Cells(
        IReadOnlyList<SeverityRating> ratings, IReadOnlyList<double> weights, out int judges)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(weights);
        if (ratings.Count == 0)
        {
            throw new ArgumentException("At least one rating is required.", nameof(ratings));
        }

        judges = 0;
        var projects = 0;
        foreach (var r in ratings)
        {
            if (r.Judge < 0 || r.Project < 0 || r.Criterion < 0)
            {
                throw new ArgumentException("Judge, project and criterion indices must be non-negative.", nameof(ratings));
            }

            if (r.Criterion >= weights.Count)
            {
                throw new ArgumentException("Every criterion index must have a weight.", nameof(weights));
            }

            if (!double.IsFinite(r.Score) || !double.IsFinite(weights[r.Criterion]))
            {
                throw new ArgumentException("Scores and weights must be finite.", nameof(ratings));
            }

            judges = Math.Max(judges, r.Judge + 1);
            projects = Math.Max(projects, r.Project + 1);
        }

        var sums = new Dictionary<(int Project, int Judge), (double Total, double Weight)>();
        foreach (var r in ratings)
        {
            var w = weights[r.Criterion];
            sums[(r.Project, r.Judge)] = sums.TryGetValue((r.Project, r.Judge), out var s)
                ? (s.Total + (w * r.Score), s.Weight + w)
                : (w * r.Score, w);
        }

        var cells = new List<(int Judge, double Total, double Weight)>[projects];
        for (var p = 0; p < projects; p++)
        {
            cells[p] = [];
        }

        foreach (var ((project, judge), (total, weight)) in sums)
        {
            cells[project].Add((judge, total, weight));
        }

        foreach (var list in cells)
        {
            if (list.Count == 0)
            {
                throw new ArgumentException("Every project index from 0 to the largest must occur.", nameof(ratings));
            }

            list.Sort((a, b) => a.Judge.CompareTo(b.Judge));
        }

        return cells;
    }

    /// <summary>
    /// The final score of judge totals: the mean, or with <paramref name="trim"/> and at least five totals the mean
    /// after dropping one highest and one lowest. Sorts <paramref name="totals"/> in place.
    /// </summary>
    public static double Aggregate(Span<double> totals, bool trim)
    {
        var drop = trim && totals.Length >= 5 ? 1 : 0;
        if (drop > 0)
        {
            totals.Sort();
        }

        var sum = 0.0;
        for (var k = drop; k < totals.Length - drop; k++)
        {
            sum += totals[k];
        }

        return sum / (totals.Length - (2 * drop));
    }

    /// <summary>Project indices by score descending, ties by the lower index.</summary>
    public static int[] RankOrder(IReadOnlyList<double> scores)
    {
        var order = new int[scores.Count];
        for (var p = 0; p < order.Length; p++)
        {
            order[p] = p;
        }

        Array.Sort(order, (a, b) =>
        {
            var c = scores[b].CompareTo(scores[a]);
            return c != 0 ? c : a.CompareTo(b);
        });
        return order;
    }

    /// <summary>One-based ranks from <see cref="RankOrder"/>.</summary>
    public static int[] Ranks(IReadOnlyList<double> scores)
    {
        var order = RankOrder(scores);
        var ranks = new int[order.Length];
        for (var k = 0; k < order.Length; k++)
        {
            ranks[order[k]] = k + 1;
        }

        return ranks;
    }
}
