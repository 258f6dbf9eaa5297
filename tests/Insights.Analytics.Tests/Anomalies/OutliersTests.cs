using Insights.Analytics.Anomalies;
using Insights.Analytics.Severity;

namespace Insights.Analytics.Tests.Anomalies;

public sealed class OutliersTests
{
    [Fact]
    public void Threshold_is_the_bonferroni_normal_quantile()
    {
        // Φ⁻¹(1 − 0.001 / 40) = 4.0556 and Φ⁻¹(1 − 1e-6 / 40) = 5.4513 (20 scores).
        Assert.Equal(4.0556, Outliers.Threshold(0.001, 20), 3);
        Assert.Equal(5.4513, Outliers.Threshold(1e-6, 20), 3);
        Assert.True(Outliers.Threshold(0.001, 5000) > Outliers.Threshold(0.001, 20));
    }

    [Fact]
    public void Hand_made_residuals_flag_the_typo_as_error_and_a_large_residual_as_warning()
    {
        // Intercept 70, criterion 1 is +2; project BLUPs -10, -5, 0, 5, 10; judge BLUPs +1, -1; σ = 5.
        // 2 judges × 5 projects × 2 criteria = 20 scores, all equal to their expected value except:
        //   judge 0, project 4, criterion 0: expected 70 + 10 + 1 = 81, recorded 8 → z = -73 / 5 = -14.6 (error, > 5.45)
        //   judge 1, project 2, criterion 0: expected 70 + 0 - 1 = 69, recorded 91 → z = 22 / 5 = 4.4 (warning, 4.06..5.45)
        //   judge 1, project 0, criterion 1: expected 72 - 10 - 1 = 61, recorded 76 → z = 3.0 (below 4.06: not flagged)
        double[] projects = [-10, -5, 0, 5, 10];
        double[] judges = [1, -1];
        var fit = AnomalyTestData.Fit([70, 2], projects, judges, 25);
        var ratings = new List<SeverityRating>();
        for (var j = 0; j < 2; j++)
        {
            for (var p = 0; p < 5; p++)
            {
                for (var c = 0; c < 2; c++)
                {
                    var expected = 70 + (2 * c) + projects[p] + judges[j];
                    var score = (j, p, c) switch
                    {
                        (0, 4, 0) => 8,
                        (1, 2, 0) => 91,
                        (1, 0, 1) => 76,
                        _ => expected,
                    };
                    ratings.Add(new SeverityRating(j, p, c, score));
                }
            }
        }

        var findings = Outliers.Detect(ratings, fit);

        Assert.Equal(2, findings.Count);
        var typo = findings[0];
        Assert.Equal(AnomalyKinds.OutlierScore, typo.Kind);
        Assert.Equal((0, 4, 0), (typo.Judge, typo.Project, typo.Criterion));
        Assert.Equal(8, typo.Rating);
        Assert.Equal(81, typo.Expected, 10);
        Assert.Equal(-14.6, typo.Statistic, 10);
        Assert.Equal(AnomalyLevel.Error, typo.Level);
        Assert.True(typo.PValue < 1e-40);
        Assert.Contains("-14.6", typo.EvidenceEn, StringComparison.Ordinal);
        Assert.Contains("评委0", typo.EvidenceZh, StringComparison.Ordinal);
        var large = findings[1];
        Assert.Equal((1, 2, 0), (large.Judge, large.Project, large.Criterion));
        Assert.Equal(4.4, large.Statistic, 10);
        Assert.Equal(AnomalyLevel.Warning, large.Level);
    }

    [Fact]
    public void A_lost_digit_stands_out_in_a_fitted_unit()
    {
        // 30 projects × 4 judges × 3 criteria with noise SD 3: Bonferroni limit for 360 scores is 4.69;
        // one mark keyed with its last digit lost (e.g. 74 as 7) is about 65 points low; the typo itself inflates σ̂²
        // (about 65² / 360 ≈ 12 on top of 9), so z ≈ -65 / 4.6 ≈ -14 (-12.5 for this seed). Nothing else is flagged.
        var ratings = AnomalyTestData.Simulate(30, 4, 3, seed: 20261125);
        var index = ratings.FindIndex(r => r.Judge == 2 && r.Project == 17 && r.Criterion == 1);
        ratings[index] = ratings[index] with { Score = Math.Floor(ratings[index].Score / 10) };
        var fit = SeverityModel.Fit(ratings);

        var findings = Outliers.Detect(ratings, fit);

        var only = Assert.Single(findings);
        Assert.Equal(index, only.Rating);
        Assert.True(only.Statistic < -10, $"z = {only.Statistic}");
        Assert.Equal(AnomalyLevel.Error, only.Level);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        var fit = AnomalyTestData.Fit([70], [0], [0], 25);
        Assert.Throws<ArgumentException>(() => Outliers.Detect([], fit));
        Assert.Throws<ArgumentOutOfRangeException>(() => Outliers.Detect([new SeverityRating(0, 0, 0, 70)], fit, new OutlierOptions(FamilyWiseAlpha: 0)));
        Assert.Throws<ArgumentException>(() => Outliers.Detect([new SeverityRating(1, 0, 0, 70)], fit));
        Assert.Throws<ArgumentOutOfRangeException>(() => Outliers.Threshold(0.05, 0));
    }

    /// <summary>
    /// Per-criterion residual SDs by hand. A fit predicting 0 everywhere with σ̂² = 5; criterion 0 has residuals
    /// ±2 (mean e² 4), criterion 1 ±1 (mean e² 1), all 2.5: f = 5 / 2.5 = 2, σ̂_0 = √8, σ̂_1 = √2. A fifth mark of
    /// criterion 1 at −20: mean e² = 420 / 9, f = 45 / 420; the first round gives σ̂_1 = √(f · 404 / 5) = 2.94 and
    /// |−20| / 2.94 = 6.8 &gt; 4, so the mark leaves criterion 1's mean: σ̂_1 = √(f · 1), σ̂_0 = √(f · 4).
    /// </summary>
    [Fact]
    public void Criterion_sigmas_are_per_criterion_and_leave_out_the_outlier()
    {
        var fit = AnomalyTestData.Fit([0, 0], [0, 0, 0, 0, 0], [0], 5);
        var ratings = new List<SeverityRating>();
        for (var p = 0; p < 4; p++)
        {
            ratings.Add(new SeverityRating(0, p, 0, p % 2 == 0 ? 2 : -2));
            ratings.Add(new SeverityRating(0, p, 1, p % 2 == 0 ? 1 : -1));
        }

        var sigmas = Outliers.CriterionSigmas(ratings, fit, 4);
        Assert.Equal(Math.Sqrt(8), sigmas[0], 12);
        Assert.Equal(Math.Sqrt(2), sigmas[1], 12);

        ratings.Add(new SeverityRating(0, 4, 1, -20));
        var f = 45.0 / 420;
        sigmas = Outliers.CriterionSigmas(ratings, fit, 4);
        Assert.Equal(Math.Sqrt(f * 4), sigmas[0], 12);
        Assert.Equal(Math.Sqrt(f), sigmas[1], 12);
    }

    /// <summary>
    /// With scales whose ranges are equal the detector is unchanged (one σ̂): the same findings as without scales.
    /// </summary>
    [Fact]
    public void Equal_ranges_keep_the_pooled_sigma()
    {
        var ratings = AnomalyTestData.Simulate(20, 6, 3, 5);
        ratings[17] = ratings[17] with { Score = 7 };
        var fit = SeverityModel.Fit(ratings);
        var plain = Outliers.Detect(ratings, fit);
        var scaled = Outliers.Detect(ratings, fit, scales: new CriterionScales([0, 0, 0], [100, 100, 100]));
        Assert.NotEmpty(plain);
        Assert.Equal(plain.Select(f => (f.Rating, f.Statistic)), scaled.Select(f => (f.Rating, f.Statistic)));
    }
    /// <summary>
    /// Judge factors by hand. A fit predicting 0 everywhere with σ̂ = 1, one criterion. Judge 0: 20 marks at ±1
    /// (u² = 1); judge 1: 20 marks at ±3 (u² = 9); judge 2: 5 marks at ±3 (too few for a factor of his own).
    /// Overall mean u² = (20 + 180 + 45) / 45 = 245 / 45; g_0 = max(1, √(1 · 45 / 245)) = 1, g_1 = √(9 · 45 / 245),
    /// g_2 = 1. A typo at −40 on judge 0 (|u| = 40 &gt; the limit 10) is left out, so the factors do not move.
    /// </summary>
    [Fact]
    public void Judge_factors_are_relative_spreads_floored_at_one_and_leave_out_the_typo()
    {
        var (fit, ratings) = ThreeSpreads();

        double[] sigmas = [1];
        var factors = Outliers.JudgeFactors(ratings, fit, sigmas, 10, 20);
        Assert.Equal(1, factors[0], 12);
        Assert.Equal(Math.Sqrt(9 * 45 / 245.0), factors[1], 12);
        Assert.Equal(1, factors[2], 12);

        ratings.Add(new SeverityRating(0, 20, 0, -40));
        Assert.Equal(factors, Outliers.JudgeFactors(ratings, fit, sigmas, 10, 20));
        Assert.Throws<ArgumentException>(() => Outliers.JudgeFactors([new SeverityRating(0, 0, 1, 0)], fit, sigmas, 10, 20));
    }

    /// <summary>
    /// An erratic judge (noise SD 7.5 where his nine colleagues have 3) in 40 projects × 10 judges × 3 criteria, over
    /// 20 seeds, with one lost digit (a mark of about 70 keyed as 7) on a steady judge in each. Measured against the
    /// pooled σ̂ (about 4.1 with the typo) his residuals have z of SD about 1.8 and cross the limit 4.6 for 1,200
    /// scores about once per unit (11 of these 20 units had a false flag on him; asserted at least 8); against his own
    /// spread about once in a thousand units. The typo (z about −14) stays found in every unit.
    /// </summary>
    [Fact]
    public void An_erratic_judge_is_measured_against_his_own_spread_and_the_typo_stays_found()
    {
        var pooledSeeds = 0;
        var ownSeeds = 0;
        var typosFound = 0;
        for (var seed = 0; seed < 20; seed++)
        {
            var random = new Random(4242 + seed);
            double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            var quality = Enumerable.Range(0, 40).Select(_ => 8 * Normal()).ToArray();
            var severity = Enumerable.Range(0, 10).Select(_ => 3 * Normal()).ToArray();
            var ratings = new List<SeverityRating>();
            for (var p = 0; p < 40; p++)
            {
                for (var j = 0; j < 10; j++)
                {
                    for (var c = 0; c < 3; c++)
                    {
                        var noise = (j == 4 ? 7.5 : 3) * Normal();
                        ratings.Add(new SeverityRating(j, p, c, Math.Clamp(Math.Round(70 + quality[p] + severity[j] + noise), 0, 100)));
                    }
                }
            }

            var typo = ratings.FindIndex(r => r.Judge == 1 && r.Project == 7 && r.Criterion == 2);
            ratings[typo] = ratings[typo] with { Score = Math.Floor(ratings[typo].Score / 10) };
            var fit = SeverityModel.Fit(ratings);

            var pooled = Outliers.Detect(ratings, fit, new OutlierOptions(JudgeNoise: false));
            var own = Outliers.Detect(ratings, fit);
            pooledSeeds += pooled.Any(f => f.Judge == 4) ? 1 : 0;
            ownSeeds += own.Any(f => f.Judge == 4) ? 1 : 0;
            typosFound += own.Any(f => f.Rating == typo && f.Level == AnomalyLevel.Error) ? 1 : 0;
            Assert.DoesNotContain(own, f => f.Rating != typo && f.Judge != 4);
        }

        Assert.True(pooledSeeds >= 8, $"pooled σ̂: the erratic judge flagged in {pooledSeeds} of 20 units");
        Assert.True(ownSeeds <= 1, $"own spread: the erratic judge flagged in {ownSeeds} of 20 units");
        Assert.Equal(20, typosFound);
    }

    /// <summary>
    /// The minimum detectable error by hand: the fit of <see cref="Judge_factors_are_relative_spreads_floored_at_one_and_leave_out_the_typo"/>
    /// (σ̂ = 1, judge 1's factor √(405 / 245)), 45 marks on one 0-100 criterion: limit Φ⁻¹(1 − 0.001 / 90) = 4.24131
    /// plus Φ⁻¹(0.8) = 0.84162 (the normal quantiles by bisection on erfc, Python's math module); judge 0: 5.08293 / 100,
    /// judge 1 the same times his factor.
    /// </summary>
    [Fact]
    public void Minimum_detectable_error_is_the_limit_plus_the_power_quantile_in_residual_sds()
    {
        var (fit, ratings) = ThreeSpreads();

        var shares = Outliers.MinimumDetectableShare(ratings, fit, new CriterionScales([0], [100]), 0.8);
        Assert.Equal(0.0508293, shares[0], 6);
        Assert.Equal(0.0508293 * Math.Sqrt(405 / 245.0), shares[1], 6);
        Assert.Equal(shares[0], shares[2], 12);
    }

    /// <summary>A fit predicting 0 with σ̂ = 1 and one criterion: judge 0 has 20 marks at ±1, judge 1 20 at ±3, judge 2 5 at ±3.</summary>
    private static (SeverityFit Fit, List<SeverityRating> Ratings) ThreeSpreads()
    {
        var fit = AnomalyTestData.Fit([0], [.. Enumerable.Repeat(0.0, 21)], [0, 0, 0], 1);
        var ratings = new List<SeverityRating>();
        for (var p = 0; p < 20; p++)
        {
            ratings.Add(new SeverityRating(0, p, 0, p % 2 == 0 ? 1 : -1));
            ratings.Add(new SeverityRating(1, p, 0, p % 2 == 0 ? 3 : -3));
            if (p < 5)
            {
                ratings.Add(new SeverityRating(2, p, 0, p % 2 == 0 ? 3 : -3));
            }
        }

        return (fit, ratings);
    }
}
