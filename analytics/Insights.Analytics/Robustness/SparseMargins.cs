using Insights.Analytics.Severity;

namespace Insights.Analytics.Robustness;

/// <summary>
/// The award-margin certificate of an incomplete design (each project scored by a few judges of a larger pool), by exact
/// search like <see cref="AwardMargins"/>: per project, the one judge whose removal with all his marks changes its
/// tier (each judge in turn; a judge is not removed where a project he scored would keep fewer than two judges), and
/// the smallest change of one of the project's own marks that changes its tier (bisection on the marks' grid up to the
/// criterion's bounds; the project's tier is monotone in its own score).
/// </summary>
internal static class SparseMargins
{
    /// <summary>Fewest judges a project keeps when a judge is removed.</summary>
    public const int MinimumJudgesLeft = 2;

    public static IReadOnlyList<AwardMargin> Compute(
        IReadOnlyList<SeverityRating> ratings, IReadOnlyList<double> weights, IReadOnlyList<CriterionScale> scales, TierRule rule,
        List<(int Judge, double Total, double Weight)>[] cells, double[] scores, int[] tiers)
    {
        var projects = cells.Length;
        var marks = new Dictionary<(int Project, int Judge), List<(int Criterion, double Score)>>();
        foreach (var r in ratings)
        {
            if (r.Criterion >= scales.Count || !double.IsFinite(scales[r.Criterion].Min) || !double.IsFinite(scales[r.Criterion].Max) || scales[r.Criterion].Min > scales[r.Criterion].Max)
            {
                throw new ArgumentException("Every criterion index needs finite bounds with Min ≤ Max.", nameof(scales));
            }

            if (!marks.TryGetValue((r.Project, r.Judge), out var list))
            {
                marks[(r.Project, r.Judge)] = list = [];
            }

            list.Add((r.Criterion, r.Score));
        }

        var (removable, removal) = Removal(cells, scores, tiers, rule);
        var step = AwardMargins.Resolution(ratings, scales);
        var order = PanelTotals.RankOrder(scores);
        var result = new AwardMargin[projects];
        for (var p = 0; p < projects; p++)
        {
            var (judge, without) = removal[p];
            var m = Change(p, cells[p], marks, weights, scales, rule, scores, order, tiers[p], step);
            result[p] = new AwardMargin(
                p, tiers[p], judge >= 0 ? 1 : 0, judge >= 0 ? [judge] : [], judge >= 0 ? without : tiers[p], removable ? 1 : 0,
                m.Points, m.Judge, p, m.Criterion, m.From, m.To, double.IsNaN(m.Points) ? tiers[p] : m.Tier);
        }

        return result;
    }

    private static (bool Removable, (int Judge, int Tier)[] Found) Removal(List<(int Judge, double Total, double Weight)>[] cells, double[] scores, int[] tiers, TierRule rule)
    {
        var found = new (int Judge, int Tier)[cells.Length];
        Array.Fill(found, (-1, 0));
        var byJudge = new Dictionary<int, List<int>>();
        for (var p = 0; p < cells.Length; p++)
        {
            foreach (var (judge, _, _) in cells[p])
            {
                if (!byJudge.TryGetValue(judge, out var list))
                {
                    byJudge[judge] = list = [];
                }

                list.Add(p);
            }
        }

        var removable = false;
        var moved = new double[scores.Length];
        var buffer = new double[cells.Max(c => c.Count)];
        foreach (var judge in byJudge.Keys.Order())
        {
            var affected = byJudge[judge];
            if (affected.Any(p => cells[p].Count - 1 < MinimumJudgesLeft))
            {
                continue;
            }

            removable = true;
            scores.CopyTo(moved, 0);
            foreach (var p in affected)
            {
                var n = 0;
                foreach (var (j, total, _) in cells[p])
                {
                    if (j != judge)
                    {
                        buffer[n++] = total;
                    }
                }

                moved[p] = PanelTotals.Aggregate(buffer.AsSpan(0, n), rule.TrimExtremes);
            }

            var again = rule.Assign(moved);
            for (var p = 0; p < again.Length; p++)
            {
                if (found[p].Judge < 0 && again[p] != tiers[p])
                {
                    found[p] = (judge, again[p]);
                }
            }
        }

        return (removable, found);
    }

    private static (double Points, int Judge, int Criterion, double From, double To, int Tier) Change(
        int p, List<(int Judge, double Total, double Weight)> cell, Dictionary<(int Project, int Judge), List<(int Criterion, double Score)>> marks,
        IReadOnlyList<double> weights, IReadOnlyList<CriterionScale> scales, TierRule rule, double[] scores, int[] order, int tier, double step)
    {
        var best = (Points: double.NaN, Judge: -1, Criterion: -1, From: double.NaN, To: double.NaN, Tier: tier);
        var totals = new double[cell.Count];
        for (var c = 0; c < cell.Count; c++)
        {
            var judgeMarks = marks[(p, cell[c].Judge)];
            foreach (var m in Enumerable.Range(0, judgeMarks.Count).OrderBy(m => judgeMarks[m].Criterion))
            {
                var (criterion, x) = judgeMarks[m];
                foreach (var direction in (ReadOnlySpan<int>)[-1, 1])
                {
                    var room = direction > 0 ? scales[criterion].Max - x : x - scales[criterion].Min;
                    var steps = (int)Math.Floor((room / step) + 1e-9);
                    if (steps < 1)
                    {
                        continue;
                    }

                    int TierAt(int k)
                    {
                        for (var i = 0; i < cell.Count; i++)
                        {
                            totals[i] = cell[i].Total;
                        }

                        totals[c] += weights[criterion] * direction * k * step;
                        return TierOf(p, PanelTotals.Aggregate(totals.AsSpan(), rule.TrimExtremes), scores, order, rule);
                    }

                    var far = TierAt(steps);
                    if (far == tier)
                    {
                        continue;
                    }

                    int lo = 1, hi = steps;
                    while (lo < hi)
                    {
                        var mid = lo + ((hi - lo) / 2);
                        if (TierAt(mid) != tier)
                        {
                            hi = mid;
                        }
                        else
                        {
                            lo = mid + 1;
                        }
                    }

                    var points = lo * step;
                    if (double.IsNaN(best.Points) || points < best.Points)
                    {
                        best = (points, cell[c].Judge, criterion, x, x + (direction * lo * step), TierAt(lo));
                    }
                }
            }
        }

        return best;
    }

    /// <summary>The tier project p gets with score s while every other project keeps its score: the rule's assignment
    /// (ranking by score, ties to the lower index) walked up to p's place.</summary>
    private static int TierOf(int p, double s, double[] scores, int[] order, TierRule rule)
    {
        var filled = new int[rule.Counts.Count];
        var tier = 0;
        var min = rule.MinScores;
        foreach (var q in order)
        {
            if (q == p)
            {
                continue;
            }

            var ahead = scores[q] > s || (scores[q] == s && q < p);
            if (!ahead)
            {
                break;
            }

            while (tier < filled.Length && (filled[tier] >= rule.Counts[tier] || (min is not null && scores[q] < min[tier])))
            {
                tier++;
            }

            if (tier == filled.Length)
            {
                return -1;
            }

            filled[tier]++;
        }

        while (tier < filled.Length && (filled[tier] >= rule.Counts[tier] || (min is not null && s < min[tier])))
        {
            tier++;
        }

        return tier == filled.Length ? -1 : tier;
    }
}
