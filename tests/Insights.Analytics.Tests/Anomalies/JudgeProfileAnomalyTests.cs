using Insights.Analytics.Anomalies;

namespace Insights.Analytics.Tests.Anomalies;

public sealed class JudgeProfileAnomalyTests
{
    /// <summary>
    /// Twelve ordinary judges with four features drawn from a fixed table of small values (a pseudo-random but
    /// hard-coded spread of about ±1.5 around 0), so nothing depends on a generator.
    /// </summary>
    private static readonly double[][] s_ordinary =
    [
        [0.3, -0.8, 1.1, 0.2], [-1.2, 0.4, -0.3, 0.9], [0.7, 1.3, -0.6, -0.4], [-0.5, -0.2, 0.8, -1.1],
        [1.4, 0.1, 0.2, 0.6], [-0.1, -1.4, -1.0, 0.3], [0.9, 0.6, 0.5, -0.9], [-0.8, 0.9, -1.3, 1.2],
        [0.2, -0.5, 0.0, -0.2], [-1.5, 1.1, 0.9, 0.0], [1.1, -1.0, -0.2, 1.4], [-0.4, 0.2, 1.4, -1.3],
    ];

    [Fact]
    public void A_judge_far_from_the_others_has_the_highest_score()
    {
        // Judge 12 is 8 spreads out on the third feature only; every other coordinate is ordinary.
        double[][] profiles = [.. s_ordinary, [0.1, -0.3, 8.0, 0.4]];
        var result = JudgeProfileAnomaly.Score(profiles);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join(", ", result.Scores.Select(s => s.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Null(result.Reason);
        Assert.Equal(4, result.Features);
        Assert.Equal(2, result.Rank);
        var top = result.Scores.Select((s, i) => (s, i)).MaxBy(x => x.s).i;
        Assert.Equal(12, top);
        // Far beyond every ordinary judge, not just first.
        Assert.True(result.Scores[12] > 2 * result.Scores.Take(12).Max(), string.Join(", ", result.Scores));
    }

    [Fact]
    public void The_far_judge_is_found_in_whichever_feature_and_direction()
    {
        for (var feature = 0; feature < 4; feature++)
        {
            foreach (var sign in new[] { -1.0, 1.0 })
            {
                var far = new double[4];
                far[feature] = sign * 8;
                var result = JudgeProfileAnomaly.Score([.. s_ordinary, far]);
                Assert.Equal(12, result.Scores.Select((s, i) => (s, i)).MaxBy(x => x.s).i);
            }
        }
    }

    [Fact]
    public void Large_units_are_scored_in_folds_and_still_find_the_far_judge()
    {
        // 48 ordinary judges (the table four times, shifted a little each time) and one far judge: more than 20
        // judges, so 20 folds by index; the far judge (index 48, fold 8) is scored against the other 19 folds.
        var ordinary = Enumerable.Range(0, 48).Select(i => s_ordinary[i % 12].Select(v => v + (0.05 * (i / 12))).ToArray());
        double[][] profiles = [.. ordinary, [0.0, 7.0, 0.0, -0.5]];
        var result = JudgeProfileAnomaly.Score(profiles);
        Assert.Equal(2, result.Rank);
        Assert.Equal(48, result.Scores.Select((s, i) => (s, i)).MaxBy(x => x.s).i);
        Assert.True(result.Scores[48] > 2 * result.Scores.Take(48).Max(), string.Join(", ", result.Scores));
    }

    [Fact]
    public void Identical_profiles_give_equal_scores()
    {
        var same = Enumerable.Repeat(new double[] { 1.5, -2, 0.25, 7 }, 8).ToArray();
        var result = JudgeProfileAnomaly.Score(same);
        Assert.All(result.Scores, s => Assert.Equal(0, s));
        Assert.NotNull(result.Reason);

        // Ordinary judges plus two identical copies of the same profile: the copies score the same.
        double[][] twins = [.. s_ordinary, [2.0, -1.0, 0.5, 3.0], [2.0, -1.0, 0.5, 3.0]];
        var scores = JudgeProfileAnomaly.Score(twins).Scores;
        Assert.Equal(scores[12], scores[13]);
        Assert.True(double.IsFinite(scores[12]));
    }

    [Fact]
    public void Too_few_judges_give_NaN_with_the_reason()
    {
        var result = JudgeProfileAnomaly.Score(s_ordinary.Take(4).ToArray());
        Assert.All(result.Scores, s => Assert.True(double.IsNaN(s)));
        Assert.Equal(4, result.Scores.Count);
        Assert.Contains("4 judge(s)", result.Reason, StringComparison.Ordinal);
        Assert.Contains("at least 5", result.Reason, StringComparison.Ordinal);

        // One varying feature is not enough for a PCA either.
        var flat = s_ordinary.Select(p => new[] { p[0], 3.0, 3.0 }).ToArray();
        var one = JudgeProfileAnomaly.Score(flat);
        Assert.All(one.Scores, s => Assert.True(double.IsNaN(s)));
        Assert.Contains("one feature", one.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Small_units_lower_the_rank()
    {
        // Five judges: each held-out fit has four, whose centred data have rank 3; k = min(2, 4 − 1, 5 − 3) = 2.
        // With three features k = min(2, 2, ...) = 2, with two features 1.
        Assert.Equal(2, JudgeProfileAnomaly.Score(s_ordinary.Take(5).ToArray()).Rank);
        Assert.Equal(1, JudgeProfileAnomaly.Score(s_ordinary.Select(p => p[..2]).ToArray()).Rank);
        Assert.All(JudgeProfileAnomaly.Score(s_ordinary.Take(5).ToArray()).Scores, s => Assert.True(double.IsFinite(s) && s >= 0));
    }

    [Fact]
    public void Missing_values_are_imputed_at_the_median_and_sparse_features_dropped()
    {
        // A NaN becomes z = 0 (the median); a feature finite for fewer than three judges is dropped.
        double[][] profiles = [.. s_ordinary.Select((p, i) => new[] { p[0], p[1], i == 3 ? double.NaN : p[2], i < 2 ? 5.0 : double.NaN })];
        var result = JudgeProfileAnomaly.Score(profiles);
        Assert.Equal(3, result.Features);
        Assert.All(result.Scores, s => Assert.True(double.IsFinite(s)));
        var z = JudgeProfileAnomaly.Standardize(profiles);
        Assert.Equal(0, z[3][2]);
    }

    [Fact]
    public void Two_runs_give_the_same_scores()
    {
        double[][] profiles = [.. s_ordinary, [0.1, -0.3, 8.0, 0.4], [3, 3, -3, 2]];
        var first = JudgeProfileAnomaly.Score(profiles).Scores;
        var second = JudgeProfileAnomaly.Score(profiles).Scores;
        Assert.Equal(first.Select(BitConverter.DoubleToInt64Bits), second.Select(BitConverter.DoubleToInt64Bits));
        // And in parallel: ML.NET's PCA trains on one cursor, so threads do not change the result.
        var parallel = Enumerable.Range(0, 4).AsParallel().Select(_ => JudgeProfileAnomaly.Score(profiles).Scores).ToList();
        Assert.All(parallel, p => Assert.Equal(first.Select(BitConverter.DoubleToInt64Bits), p.Select(BitConverter.DoubleToInt64Bits)));
    }

    [Fact]
    public void Bad_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => JudgeProfileAnomaly.Score(null!));
        Assert.Throws<ArgumentException>(() => JudgeProfileAnomaly.Score([[1.0, 2.0], [1.0]]));
        Assert.Throws<ArgumentException>(() => JudgeProfileAnomaly.Score(s_ordinary, new JudgeProfileAnomalyOptions(Rank: 0)));
        Assert.Throws<ArgumentException>(() => JudgeProfileAnomaly.Score(s_ordinary, new JudgeProfileAnomalyOptions(MinimumJudges: 3)));
        Assert.Throws<ArgumentException>(() => JudgeProfileAnomaly.Score(s_ordinary, new JudgeProfileAnomalyOptions(VarianceFloor: 0)));
    }
}
