using Insights.Analytics.Severity;

namespace Insights.Analytics.Robustness;

/// <summary>
/// The award-margin certificate of a complete panel: per project, the fewest judges whose removal and the smallest
/// single mark change that would change its tier under the actual rule (trimmed mean, fixed tier counts), both by exact
/// enumeration. It answers "could one judge have decided it?" with a number, without a model or a resampling scheme.
/// </summary>
public static class AwardMargins
{
    /// <summary>Judges that always remain when judges are removed: the trimmed mean of three totals is their median.</summary>
    public const int MinimumJudgesLeft = 3;

    /// <summary>The most judge subsets enumerated (2^16): all of them for panels up to 16 judges.</summary>
    internal const int MaxSubsets = 65_536;

    /// <summary>
    /// Computes the certificate of every project of the panel.
    /// <para>Judge removal: every subset of judges of size k = 1, 2, … (in lexicographic order of judge indices) is
    /// removed with all its marks, for every project; each project's final score is recomputed from the remaining
    /// judges' totals by the rule (when the full panel's score is trimmed, the highest and the lowest of the remaining
    /// totals are dropped, as an organiser would with the smaller panel), projects are re-ranked and the tier counts
    /// kept. k stops where fewer than <see cref="MinimumJudgesLeft"/> judges would remain (or past
    /// <see cref="MaxSubsets"/> subsets).</para>
    /// <para>Mark change: every mark (one judge, one criterion, one project) is moved in both directions in steps of
    /// the marks' resolution (1 when every mark and bound is an integer) up to the criterion's bounds; only that
    /// project's score changes and the score is monotone in the mark, so each project's tier changes at most once
    /// along a direction and the first step that changes it is found by bisection (exact on the grid). Ties in the
    /// smallest change go to the lowest judge, then project, then criterion index, a decrease before an increase.</para>
    /// </summary>
    /// <param name="ratings">The panel's marks with dense zero-based indices; every judge must score every project.</param>
    /// <param name="weights">Rubric weight per criterion index.</param>
    /// <param name="scales">Bounds of the marks per criterion index.</param>
    /// <param name="rule">Tier counts and the aggregate (mean or trimmed mean).</param>
    /// <returns>One certificate per project, in project index order.</returns>
    /// <exception cref="ArgumentException">Invalid ratings, weights or scales, or an incomplete panel.</exception>
    public static IReadOnlyList<AwardMargin> Compute(
        IReadOnlyList<SeverityRating> ratings, IReadOnlyList<double> weights, IReadOnlyList<CriterionScale> scales, TierRule rule)
    {
        ArgumentNullException.ThrowIfNull(scales);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(rule.Counts);
        var cells = PanelTotals.Cells(ratings, weights, out var judges);
        var projects = cells.Length;
        foreach (var list in cells)
        {
            if (list.Count != judges)
            {
                throw new ArgumentException("The panel must be complete: every judge scores every project.", nameof(ratings));
            }
        }

        // Marks per (judge, project) cell in rating order, so a total recomputed with one mark replaced is summed in
        // the same order as the cell's total.
        var marks = new List<(int Criterion, double Score)>[judges, projects];
        foreach (var r in ratings)
        {
            if (r.Criterion >= scales.Count || scales[r.Criterion] is not { } s || !double.IsFinite(s.Min) || !double.IsFinite(s.Max) || s.Min > s.Max)
            {
                throw new ArgumentException("Every criterion index needs finite bounds with Min ≤ Max.", nameof(scales));
            }

            (marks[r.Judge, r.Project] ??= []).Add((r.Criterion, r.Score));
        }

        var totals = new double[judges, projects];
        for (var j = 0; j < judges; j++)
        {
            for (var p = 0; p < projects; p++)
            {
                totals[j, p] = Total(marks[j, p], weights, -1, 0);
            }
        }

        var trimmed = rule.TrimExtremes && judges >= 5;
        var all = Enumerable.Range(0, judges).ToArray();
        var scores = new double[projects];
        var buffer = new double[judges];
        for (var p = 0; p < projects; p++)
        {
            scores[p] = Score(totals, p, all, trimmed, buffer);
        }

        var tiers = rule.Assign(scores);
        var removal = Removal(totals, scores.Length, tiers, rule, trimmed);
        var change = Changes(marks, totals, scores, tiers, weights, scales, rule, trimmed, Resolution(ratings, scales));
        var result = new AwardMargin[projects];
        for (var p = 0; p < projects; p++)
        {
            var (k, subset, without) = removal.Found[p];
            var m = change[p];
            result[p] = new AwardMargin(
                p, tiers[p], k, subset, k > 0 ? without : tiers[p], removal.MaxRemoved,
                m.Points, m.Judge, m.Project, m.Criterion, m.From, m.To, double.IsNaN(m.Points) ? tiers[p] : m.Tier);
        }

        return result;
    }

    /// <summary>Exact enumeration of judge subsets by size, lexicographic within a size.</summary>
    private static (int MaxRemoved, (int K, int[] Subset, int Tier)[] Found) Removal(double[,] totals, int projects, int[] tiers, TierRule rule, bool trimmed)
    {
        var judges = totals.GetLength(0);
        var found = new (int K, int[] Subset, int Tier)[projects];
        Array.Fill(found, (0, Array.Empty<int>(), 0));
        var maxRemoved = 0;
        long enumerated = 0;
        for (var k = 1; k <= judges - MinimumJudgesLeft; k++)
        {
            enumerated += Binomial(judges, k);
            if (enumerated > MaxSubsets)
            {
                break;
            }

            maxRemoved = k;
        }

        var remaining = projects;
        var scores = new double[projects];
        var buffer = new double[judges];
        for (var k = 1; k <= maxRemoved && remaining > 0; k++)
        {
            var subset = Enumerable.Range(0, k).ToArray();
            var kept = new int[judges - k];
            do
            {
                for (int j = 0, s = 0, n = 0; j < judges; j++)
                {
                    if (s < k && subset[s] == j)
                    {
                        s++;
                    }
                    else
                    {
                        kept[n++] = j;
                    }
                }

                for (var p = 0; p < projects; p++)
                {
                    scores[p] = Score(totals, p, kept, trimmed, buffer);
                }

                var again = rule.Assign(scores);
                for (var p = 0; p < projects; p++)
                {
                    if (found[p].K == 0 && again[p] != tiers[p])
                    {
                        found[p] = (k, (int[])subset.Clone(), again[p]);
                        remaining--;
                    }
                }
            }
            while (remaining > 0 && NextCombination(subset, judges));
        }

        return (maxRemoved, found);
    }

    /// <summary>The smallest single-mark change per project that changes its tier.</summary>
    private static (double Points, int Judge, int Project, int Criterion, double From, double To, int Tier)[] Changes(
        List<(int Criterion, double Score)>[,] marks, double[,] totals, double[] scores, int[] tiers, IReadOnlyList<double> weights,
        IReadOnlyList<CriterionScale> scales, TierRule rule, bool trimmed, double step)
    {
        int judges = totals.GetLength(0), projects = totals.GetLength(1);
        var best = new (double Points, int Judge, int Project, int Criterion, double From, double To, int Tier)[projects];
        Array.Fill(best, (double.NaN, -1, -1, -1, double.NaN, double.NaN, 0));
        var column = new double[judges];
        var moved = new double[projects];
        var all = Enumerable.Range(0, judges).ToArray();
        for (var j = 0; j < judges; j++)
        {
            for (var q = 0; q < projects; q++)
            {
                var cell = marks[j, q];
                foreach (var m in Enumerable.Range(0, cell.Count).OrderBy(m => cell[m].Criterion))
                {
                    var (criterion, x) = cell[m];
                    foreach (var direction in (ReadOnlySpan<int>)[-1, 1])
                    {
                        var room = direction > 0 ? scales[criterion].Max - x : x - scales[criterion].Min;
                        var steps = (int)Math.Floor((room / step) + 1e-9);
                        if (steps < 1)
                        {
                            continue;
                        }

                        // Tiers with the mark moved by k steps: only project q's score changes.
                        int[] TiersAt(int k)
                        {
                            var saved = totals[j, q];
                            totals[j, q] = Total(cell, weights, m, x + (direction * k * step));
                            scores.CopyTo(moved, 0);
                            moved[q] = Score(totals, q, all, trimmed, column);
                            totals[j, q] = saved;
                            return rule.Assign(moved);
                        }

                        var far = TiersAt(steps);
                        for (var p = 0; p < projects; p++)
                        {
                            if (far[p] == tiers[p] || best[p].Points <= step)
                            {
                                continue;
                            }

                            // The first step at which p's tier differs: the predicate is monotone in k.
                            int lo = 1, hi = steps;
                            while (lo < hi)
                            {
                                var mid = lo + ((hi - lo) / 2);
                                if (TiersAt(mid)[p] != tiers[p])
                                {
                                    hi = mid;
                                }
                                else
                                {
                                    lo = mid + 1;
                                }
                            }

                            var tier = lo == steps ? far[p] : TiersAt(lo)[p];
                            var points = lo * step;
                            if (double.IsNaN(best[p].Points) || points < best[p].Points)
                            {
                                best[p] = (points, j, q, criterion, x, x + (direction * lo * step), tier);
                            }
                        }
                    }
                }
            }
        }

        return best;
    }

    /// <summary>A cell's weighted total, with mark <paramref name="replace"/> (or none when −1) set to <paramref name="value"/>.</summary>
    private static double Total(List<(int Criterion, double Score)> cell, IReadOnlyList<double> weights, int replace, double value)
    {
        var total = 0.0;
        for (var m = 0; m < cell.Count; m++)
        {
            total += weights[cell[m].Criterion] * (m == replace ? value : cell[m].Score);
        }

        return total;
    }

    /// <summary>The rule's score of project p from the judges in <paramref name="kept"/>: the mean, or when trimmed
    /// the mean after dropping one highest and one lowest (as <see cref="PanelTotals.Aggregate"/> on the full panel).</summary>
    private static double Score(double[,] totals, int p, int[] kept, bool trimmed, double[] buffer)
    {
        var span = buffer.AsSpan(0, kept.Length);
        for (var k = 0; k < kept.Length; k++)
        {
            span[k] = totals[kept[k], p];
        }

        var drop = trimmed && kept.Length >= MinimumJudgesLeft ? 1 : 0;
        if (drop > 0)
        {
            span.Sort();
        }

        var sum = 0.0;
        for (var k = drop; k < span.Length - drop; k++)
        {
            sum += span[k];
        }

        return sum / (span.Length - (2 * drop));
    }

    /// <summary>
    /// The step of a mark change: 1 when every mark and every bound is an integer, otherwise the coarsest of 0.5, 0.25,
    /// 0.2, 0.1, 0.05, 0.02, 0.01 of which every mark is a multiple, else 0.001.
    /// </summary>
    internal static double Resolution(IReadOnlyList<SeverityRating> ratings, IReadOnlyList<CriterionScale> scales)
    {
        static bool Multiple(double x, double d) => Math.Abs((x / d) - Math.Round(x / d)) < 1e-6;
        if (ratings.All(r => Multiple(r.Score, 1)) && scales.All(s => Multiple(s.Min, 1) && Multiple(s.Max, 1)))
        {
            return 1;
        }

        foreach (var d in (ReadOnlySpan<double>)[0.5, 0.25, 0.2, 0.1, 0.05, 0.02, 0.01])
        {
            if (ratings.All(r => Multiple(r.Score, d)))
            {
                return d;
            }
        }

        return 0.001;
    }

    private static long Binomial(int n, int k)
    {
        long c = 1;
        for (var i = 1; i <= k; i++)
        {
            c = c * (n - k + i) / i;
        }

        return c;
    }

    /// <summary>The next k-subset of 0..n−1 in lexicographic order; false after the last.</summary>
    private static bool NextCombination(int[] subset, int n)
    {
        var k = subset.Length;
        var i = k - 1;
        while (i >= 0 && subset[i] == n - k + i)
        {
            i--;
        }

        if (i < 0)
        {
            return false;
        }

        subset[i]++;
        for (var t = i + 1; t < k; t++)
        {
            subset[t] = subset[t - 1] + 1;
        }

        return true;
    }
}
