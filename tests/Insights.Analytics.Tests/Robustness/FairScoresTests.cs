using Insights.Analytics.Robustness;
using Insights.Analytics.Severity;

namespace Insights.Analytics.Tests.Robustness;

/// <summary>
/// <see cref="FairScores"/>: the adjustment formula on a given fit, and on a sparse design fitted by
/// <see cref="SeverityModel"/>, where adding the severities back must bring the ranking closer to the truth.
/// </summary>
public sealed class FairScoresTests
{
    /// <summary>
    /// Two criteria with weights 0.6 and 0.4 (Σw = 1). Judge 0 has severity +5 and judge 1 −5. Project 0 is scored by
    /// judge 0 only: raw total 0.6·60 + 0.4·50 = 56, fair 56 + 5 = 61. Project 1 by judge 1 only: raw 0.6·62 + 0.4·58
    /// = 60.4, fair 55.4. Project 2 by both: raw mean (56 + 60.4)/2 = 58.2 (same marks as projects 0 and 1), fair
    /// (61 + 55.4)/2 = 58.2: the two severities cancel.
    /// </summary>
    [Fact]
    public void Fair_score_adds_each_judges_severity_to_every_mark()
    {
        SeverityRating[] ratings =
        [
            new(0, 0, 0, 60), new(0, 0, 1, 50),
            new(1, 1, 0, 62), new(1, 1, 1, 58),
            new(0, 2, 0, 60), new(0, 2, 1, 50), new(1, 2, 0, 62), new(1, 2, 1, 58),
        ];
        var fit = new SeverityFit([], 0, 0, 0, (0, 0), 0, [], [], [new JudgeSeverity(0, 5, 1), new JudgeSeverity(1, -5, 1)], 0, true);
        var scores = FairScores.Compute(ratings, [0.6, 0.4], fit);
        Assert.Equal([56, 60.4, 58.2], scores.Select(s => Math.Round(s.Raw, 10)));
        Assert.Equal([61, 55.4, 58.2], scores.Select(s => Math.Round(s.Fair, 10)));
        Assert.Equal([3, 1, 2], scores.Select(s => s.RawRank));
        Assert.Equal([1, 3, 2], scores.Select(s => s.FairRank));
        Assert.Equal([1, 1, 2], scores.Select(s => s.Judges));
    }

    /// <summary>
    /// A sparse design: 8 judges with severities −6 … +6, 120 projects, each scored by 2 of the judges (a cyclic
    /// pattern that keeps the design connected) on 3 criteria, with small deterministic noise. The raw score carries
    /// the drawn judges' severity; the fair score removes most of it, so its rank correlation with the true quality
    /// must be higher, and its error smaller.
    /// </summary>
    [Fact]
    public void Fair_scores_recover_the_true_order_in_a_sparse_design()
    {
        const int judges = 8, projects = 120;
        var severity = Enumerable.Range(0, judges).Select(j => -6 + (12.0 * j / (judges - 1))).ToArray();
        var truth = Enumerable.Range(0, projects).Select(p => 50 + (20 * Math.Sin(p * 0.7)) + (p % 7)).ToArray();
        var ratings = new List<SeverityRating>();
        for (var p = 0; p < projects; p++)
        {
            foreach (var j in new[] { p % judges, (p + 1 + (p / judges % (judges - 1))) % judges })
            {
                for (var c = 0; c < 3; c++)
                {
                    var noise = 1.5 * Math.Sin((p * 13.1) + (j * 7.3) + (c * 3.7));
                    ratings.Add(new SeverityRating(j, p, c, truth[p] + (2 * c) - severity[j] + noise));
                }
            }
        }

        var fit = SeverityModel.Fit(ratings);
        var scores = FairScores.Compute(ratings, [0.4, 0.4, 0.2], fit);
        var trueRanks = TrueRanks(truth);
        var rawRho = Spearman(trueRanks, [.. scores.Select(s => s.RawRank)]);
        var fairRho = Spearman(trueRanks, [.. scores.Select(s => s.FairRank)]);
        Assert.True(fairRho > rawRho + 0.01, $"fair ρ = {fairRho:0.000}, raw ρ = {rawRho:0.000}");
        Assert.True(fairRho > 0.98, $"fair ρ = {fairRho:0.000}");
        Assert.All(scores, s => Assert.Equal(2, s.Judges));
    }

    private static int[] TrueRanks(double[] truth)
    {
        var order = Enumerable.Range(0, truth.Length).OrderByDescending(p => truth[p]).ThenBy(p => p).ToArray();
        var ranks = new int[truth.Length];
        for (var k = 0; k < order.Length; k++)
        {
            ranks[order[k]] = k + 1;
        }

        return ranks;
    }

    private static double Spearman(int[] a, int[] b)
    {
        double n = a.Length, d2 = a.Zip(b, (x, y) => (double)(x - y) * (x - y)).Sum();
        return 1 - (6 * d2 / (n * ((n * n) - 1)));
    }

    /// <summary>
    /// Criteria 0-25, 0-15, 0-10 (mean range R̄ = 50/3) with weights 1, 1, 2; severities on the common scale −3 (judge
    /// 0) and +3 (judge 1). Per criterion the correction is s R_c / R̄: −4.5, −2.7, −1.8 points for judge 0. Project 0
    /// (judge 0: 20, 12, 8) has raw total 20 + 12 + 2·8 = 48 and fair 48 − 4.5 − 2.7 − 2·1.8 = 37.2; project 1 (judge 1:
    /// 15, 9, 6) raw 36, fair 46.8, so the fair ranking swaps them. Without the scales (one severity on every mark)
    /// the totals would move by ∓3·4 = 12. The equivalent one-number severity is 3 · (1.5 + 0.9 + 2·0.6) / 4 = 2.7.
    /// </summary>
    [Fact]
    public void On_a_mixed_range_rubric_the_severity_is_added_in_each_criterions_points()
    {
        SeverityRating[] ratings = [new(0, 0, 0, 20), new(0, 0, 1, 12), new(0, 0, 2, 8), new(1, 1, 0, 15), new(1, 1, 1, 9), new(1, 1, 2, 6)];
        var fit = new SeverityFit([], 0, 0, 0, (0, 0), 0, [], [], [new JudgeSeverity(0, -3, 1), new JudgeSeverity(1, 3, 1)], 0, true);
        var scales = new CriterionScales([0, 0, 0], [25, 15, 10]);
        var scores = FairScores.Compute(ratings, [1, 1, 2], fit, scales: scales);
        Assert.Equal([48, 36], scores.Select(s => Math.Round(s.Raw, 10)));
        Assert.Equal([37.2, 46.8], scores.Select(s => Math.Round(s.Fair, 10)));
        Assert.Equal([2, 1], scores.Select(s => s.FairRank));
        Assert.Equal([-4.5, -2.7, -1.8], FairScores.Corrections(fit, scales)[0].Select(c => Math.Round(c, 10)));

        var old = FairScores.Compute(ratings, [1, 1, 2], fit);
        Assert.Equal([36, 48], old.Select(s => Math.Round(s.Fair, 10)));

        var equivalent = FairScores.TotalEquivalent(fit, [1, 1, 2], scales);
        Assert.Equal([-2.7, 2.7], equivalent.Severities.Select(s => Math.Round(s.Severity, 10)));
        Assert.Same(fit, FairScores.TotalEquivalent(fit, [1, 1], new CriterionScales([0, 0], [10, 10])));
    }
}
