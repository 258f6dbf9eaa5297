using Insights.Analytics.Robustness;
using Insights.Analytics.Severity;

namespace Insights.Analytics.Tests.Robustness;

/// <summary>
/// <see cref="AwardMargins"/>: a 5-judge, 4-project panel worked out by hand, and an independent brute force (every
/// judge subset, every value of every mark on its grid, scores recomputed from scratch with separate ranking code) on
/// random small panels with two criteria of different weights and scales.
/// </summary>
public sealed class AwardMarginsTests
{
    private static readonly double[] s_unitWeight = [1.0];
    private static readonly CriterionScale[] s_zeroToTen = [new(0, 10)];

    // Judges J0..J4 (columns), projects P0..P3 (rows), one criterion 0-10, weight 1; tiers [1, 1]: first and second
    // prize; final score = mean after dropping one highest and one lowest total.
    //
    // Hand computation (trimmed sums of the middle three):
    //   P0 8 6 5 5 4 -> 4 5 5 6 8 -> 5+5+6 = 16 -> 5.333   first
    //   P1 3 4 1 5 3 -> 1 3 3 4 5 -> 3+3+4 = 10 -> 3.333
    //   P2 3 6 2 6 4 -> 2 3 4 6 6 -> 3+4+6 = 13 -> 4.333
    //   P3 5 5 7 4 3 -> 3 4 5 5 7 -> 4+5+5 = 14 -> 4.667   second
    // (a) Removing one judge leaves 4 totals; dropping the highest and lowest leaves the middle two.
    //   without J0: P0 6 5 5 4 -> 5.0; P1 4 1 5 3 -> 3.5; P2 6 2 6 4 -> 5.0; P3 5 7 4 3 -> 4.5
    //     P0 and P2 tie at 5.0, the tie goes to the lower index: P0 first, P2 second, P3 out.
    //     So P2 (none -> second) and P3 (second -> none) flip with one judge, J0.
    //   P0 keeps first without any single judge: without J1 5.0 vs P3 4.5; J2 5.5 vs P2 5.0; J3 5.5 vs P3 5.0;
    //     J4 5.5 vs P3 5.0. With two removed, three remain and the score is their median:
    //     {J0,J1} removed: P0 med(5,5,4) = 5 leads (P2 4, P3 4, P1 3); {J0,J2} removed: P0 med(6,5,4) = 5 but
    //     P2 med(6,6,4) = 6: P0 becomes second. So P0 flips with two judges, {J0, J2}.
    //   P1 never enters the top two: its median of any three is at most 4 (from 3 4 5), and with J0 alone removed,
    //     the only way to move P2/P3, it is 3.5. The cap is 5 - 3 = 2 judges: "none up to the cap".
    // (b) Marks are integers 0-10; a change of k points moves a middle sum by at most k.
    //   P2, P3: J0's mark of P2 from 3 to 4: P2 4 6 2 6 4 -> 2 4 4 6 6 -> 14 = P3's 14: tie, P2 (lower index) second,
    //     P3 out. One point; no change of 1 point by J0 on P0 or P1 (the earlier projects in the search order) moves
    //     P2 or P3 (P0's middle stays 16 either way; P1 at most 11), and the decrease 3 -> 2 comes before but lowers P2.
    //   P0: the second-best middle sum is 14 (P3) and P0 wins ties (lowest index), so P0 needs a competitor above 16
    //     or itself below 14: at least 3 points. J3's 4 of P3 -> 7: 3 5 5 7 7 -> 17 > 16, P3 first, P0 second.
    //     (J0's or J1's 5 of P3 -> 8 gives 3 4 5 7 8 -> 16, a tie that P0 wins; lowering P0's marks cannot bring its
    //     middle sum below 14; P2 needs 4 points.) So 3 points, witness J3/P3 4 -> 7, P0 to second.
    //   P1: raising its own mark gives at most 3 3 4 5 10 -> 12 < 13 (P2); lowering one mark of P3 leaves at least
    //     3 4 5 = 12 > 10: no single mark in 0-10 moves P1: NaN.
    private static readonly double[][] s_panel =
    [
        [8, 6, 5, 5, 4],
        [3, 4, 1, 5, 3],
        [3, 6, 2, 6, 4],
        [5, 5, 7, 4, 3],
    ];

    [Fact]
    public void Hand_computed_five_judges_four_projects()
    {
        var m = AwardMargins.Compute(Ratings(s_panel), s_unitWeight, s_zeroToTen, new TierRule([1, 1]));
        Assert.Equal([0, -1, -1, 1], m.Select(x => x.Tier));
        Assert.All(m, x => Assert.Equal(2, x.MaxRemoved));

        Assert.Equal((2, 1), (m[0].FlipJudges, m[0].TierWithoutJudges));
        Assert.Equal([0, 2], m[0].RemovedJudges);
        Assert.Equal((0, 0), (m[1].FlipJudges, m[1].RemovedJudges.Count));
        Assert.Equal((1, 1), (m[2].FlipJudges, m[2].TierWithoutJudges));
        Assert.Equal([0], m[2].RemovedJudges);
        Assert.Equal((1, -1), (m[3].FlipJudges, m[3].TierWithoutJudges));
        Assert.Equal([0], m[3].RemovedJudges);

        Assert.Equal((3.0, 3, 3, 0, 4.0, 7.0, 1), (m[0].FlipMarkPoints, m[0].MarkJudge, m[0].MarkProject, m[0].MarkCriterion, m[0].MarkFrom, m[0].MarkTo, m[0].TierAfterMark));
        Assert.True(double.IsNaN(m[1].FlipMarkPoints));
        Assert.Equal((-1, -1), (m[1].MarkJudge, m[1].TierAfterMark));
        Assert.Equal((1.0, 0, 2, 3.0, 4.0, 1), (m[2].FlipMarkPoints, m[2].MarkJudge, m[2].MarkProject, m[2].MarkFrom, m[2].MarkTo, m[2].TierAfterMark));
        Assert.Equal((1.0, 0, 2, 3.0, 4.0, -1), (m[3].FlipMarkPoints, m[3].MarkJudge, m[3].MarkProject, m[3].MarkFrom, m[3].MarkTo, m[3].TierAfterMark));
    }

    /// <summary>
    /// 60 random panels (4-7 judges, 4-7 projects, criteria 0-5 with weight 2 and 0-3 with weight 1, tiers 1/1/2,
    /// trimmed from five judges): the library's certificate equals a brute force that tries every subset and every
    /// value. Integer weights and marks keep every total exact, so ties are ties in both implementations. Half of the
    /// panels use half-point marks (resolution 0.5).
    /// </summary>
    [Fact]
    public void Matches_brute_force_on_random_small_panels()
    {
        var random = new Random(2024);
        double[] weights = [2, 1];
        CriterionScale[] scales = [new(0, 5), new(0, 3)];
        var rule = new TierRule([1, 1, 2]);
        var flips = 0;
        for (var run = 0; run < 60; run++)
        {
            int judges = random.Next(4, 8), projects = random.Next(4, 8);
            var step = run % 2 == 0 ? 1.0 : 0.5;
            var marks = new double[judges, projects, 2];
            for (var j = 0; j < judges; j++)
            {
                for (var p = 0; p < projects; p++)
                {
                    for (var c = 0; c < 2; c++)
                    {
                        marks[j, p, c] = step * random.Next(0, (int)(scales[c].Max / step) + 1);
                    }
                }
            }

            var ratings = new List<SeverityRating>();
            for (var j = 0; j < judges; j++)
            {
                for (var p = 0; p < projects; p++)
                {
                    for (var c = 0; c < 2; c++)
                    {
                        ratings.Add(new SeverityRating(j, p, c, marks[j, p, c]));
                    }
                }
            }

            var actual = AwardMargins.Compute(ratings, weights, scales, rule);
            var expected = BruteForce(marks, weights, scales, rule.Counts, step);
            for (var p = 0; p < projects; p++)
            {
                var (k, subset, without, points, witness, after) = expected[p];
                var a = actual[p];
                Assert.Equal(subset, a.RemovedJudges);
                // Value tuples compare doubles with Equals, so NaN (no flipping mark) equals NaN.
                Assert.Equal((k, without, points, witness, after), (a.FlipJudges, a.TierWithoutJudges, a.FlipMarkPoints, (a.MarkJudge, a.MarkProject, a.MarkCriterion, a.MarkTo), a.TierAfterMark));
                flips += k > 0 ? 1 : 0;
            }
        }

        // The panels are close enough that most projects can be flipped: the comparison is not between empty answers.
        Assert.True(flips > 100, $"only {flips} projects flip by judge removal");
    }

    [Fact]
    public void Incomplete_panel_and_missing_scales_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => AwardMargins.Compute(Ratings(s_panel).Skip(1).ToList(), s_unitWeight, s_zeroToTen, new TierRule([1])));
        Assert.Throws<ArgumentException>(() => AwardMargins.Compute(Ratings(s_panel), s_unitWeight, [], new TierRule([1])));
        Assert.Throws<ArgumentException>(() => AwardMargins.Compute(Ratings(s_panel), s_unitWeight, [new CriterionScale(5, 1)], new TierRule([1])));
    }

    /// <summary>Every subset by size (lexicographic) and every grid value of every mark, scored from scratch.</summary>
    private static (int K, int[] Subset, int Without, double Points, (int, int, int, double) Witness, int After)[] BruteForce(
        double[,,] marks, double[] weights, CriterionScale[] scales, IReadOnlyList<int> counts, double step)
    {
        int judges = marks.GetLength(0), projects = marks.GetLength(1);
        var trim = judges >= 5;
        int[] Tiers(double[,,] m, int[] kept)
        {
            var scores = new double[projects];
            for (var p = 0; p < projects; p++)
            {
                var totals = kept.Select(j => (weights[0] * m[j, p, 0]) + (weights[1] * m[j, p, 1])).Order().ToList();
                var middle = trim ? totals.Skip(1).Take(totals.Count - 2).ToList() : totals;
                scores[p] = middle.Sum() / middle.Count;
            }

            var order = Enumerable.Range(0, projects).OrderByDescending(p => scores[p]).ThenBy(p => p).ToList();
            var tiers = Enumerable.Repeat(-1, projects).ToArray();
            var position = 0;
            for (var t = 0; t < counts.Count; t++)
            {
                for (var n = 0; n < counts[t] && position < projects; n++)
                {
                    tiers[order[position++]] = t;
                }
            }

            return tiers;
        }

        var everyone = Enumerable.Range(0, judges).ToArray();
        var base0 = Tiers(marks, everyone);
        var subsets = Enumerable.Range(1, Math.Max(0, judges - 3))
            .SelectMany(k => Enumerable.Range(0, 1 << judges).Where(s => int.PopCount(s) == k)
                .Select(s => everyone.Where(j => (s & (1 << j)) != 0).ToArray())
                .OrderBy(s => string.Join(",", s.Select(j => j.ToString("D2", System.Globalization.CultureInfo.InvariantCulture))), StringComparer.Ordinal))
            .ToList();
        var result = new (int, int[], int, double, (int, int, int, double), int)[projects];
        for (var p = 0; p < projects; p++)
        {
            result[p] = (0, [], base0[p], double.NaN, (-1, -1, -1, double.NaN), base0[p]);
            foreach (var subset in subsets)
            {
                var tiers = Tiers(marks, [.. everyone.Except(subset)]);
                if (tiers[p] != base0[p])
                {
                    result[p] = (subset.Length, subset, tiers[p], double.NaN, (-1, -1, -1, double.NaN), base0[p]);
                    break;
                }
            }
        }

        for (var j = 0; j < judges; j++)
        {
            for (var q = 0; q < projects; q++)
            {
                for (var c = 0; c < 2; c++)
                {
                    var x = marks[j, q, c];
                    foreach (var direction in new[] { -1, 1 })
                    {
                        for (var v = x + (direction * step); v >= scales[c].Min && v <= scales[c].Max; v += direction * step)
                        {
                            marks[j, q, c] = v;
                            var tiers = Tiers(marks, everyone);
                            marks[j, q, c] = x;
                            for (var p = 0; p < projects; p++)
                            {
                                var points = Math.Abs(v - x);
                                if (tiers[p] != base0[p] && (double.IsNaN(result[p].Item4) || points < result[p].Item4))
                                {
                                    result[p] = (result[p].Item1, result[p].Item2, result[p].Item3, points, (j, q, c, v), tiers[p]);
                                }
                            }
                        }
                    }
                }
            }
        }

        return result;
    }

    private static List<SeverityRating> Ratings(double[][] panel) =>
        [.. panel.SelectMany((row, p) => row.Select((score, j) => new SeverityRating(j, p, 0, score)))];
}
