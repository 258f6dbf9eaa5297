using Insights.Analytics.Anomalies;
using Insights.Analytics.Bias;

namespace Insights.Analytics.Tests.Anomalies;

/// <summary>
/// The minimum detectable effects behind power.csv's <c>central_tendency</c>, <c>inconsistent</c>, <c>halo</c> and
/// <c>collusion</c> rows. Reference values were computed by hand with Python's statistics.NormalDist (independent
/// of Math.NET): z(0.995) = 2.5758293, z(0.8) = 0.8416212. With 1,000,001 sheets the Student t quantiles the code
/// uses equal the normal ones to about 1e-6, so four decimals are asserted.
/// </summary>
public sealed class DetectorPowerTests
{
    private const int ManySheets = 1_000_001;

    [Fact]
    public void Central_tendency_mde_matches_a_hand_computation()
    {
        // Slopes 0.9, 1.0, 1.1 (median 1), SE 0.05 (least squares 0.04, so 0.05 counts); the median's variance
        // (π/2) 0.05² / 3 = 0.0013090, SE of the contrast √(0.0025 + 0.0013090) = 0.0617171. Level 0.015 / 3 = 0.005.
        // r* = min(1 − (2.5758 + 0.8416) 0.0617, 0.5 − 0.8416 × 0.0617) = min(0.78908, 0.44806) = 0.44806.
        var assessed = new[] { 0.9, 1.0, 1.1 }.Select((b, j) => new JudgeScaleUse(j, b, 0.05, 0.04, 100, ManySheets, 1, 5, 0.2)).ToList();
        var mde = ScaleUse.MinimumDetectable(assessed, new ScaleUseOptions(FamilyWiseAlpha: 0.015));
        Assert.Equal(3, mde.Count);
        Assert.All(mde, m => Assert.Equal(0.44806, m.RelativeSlope, 4));
        Assert.Empty(ScaleUse.MinimumDetectable(assessed.Take(2).ToList()));
        Assert.Throws<ArgumentOutOfRangeException>(() => ScaleUse.MinimumDetectable(assessed, power: 1));
    }

    [Fact]
    public void Inconsistency_mde_matches_a_hand_computation()
    {
        // SE of ln s² 0.3, level 0.005: max(exp((2.5758 + 0.8416) 0.3 / 2), 1.6 exp(0.8416 × 0.3 / 2)) = max(1.6697, 1.8153).
        var assessed = Enumerable.Range(0, 3).Select(j => new JudgeScaleUse(j, 1, 0.05, 0.04, 100, ManySheets, 1, 4 + j, 0.3)).ToList();
        var mde = Inconsistency.MinimumDetectable(assessed, new InconsistencyOptions(FamilyWiseAlpha: 0.015));
        Assert.All(mde, m => Assert.Equal(1.81529, m.Ratio, 4));
    }

    [Fact]
    public void Halo_mde_matches_a_hand_computation()
    {
        // log R of 1, 0.8, 1.25, 0.5, 2: median 0, MAD 0.22314, s = 1.4826 MAD = 0.33083; the limit is the smaller of
        // −3.5 s = −1.1579 and ln 0.1 = −2.3026; R* = exp(−2.3026 − 0.8416 s) = 0.075697.
        var ratios = new[] { 1, 0.8, 1.25, 0.5, 2 }.Select((r, j) => (j, r, 10)).ToList();
        var mde = Halo.MinimumDetectable(ratios);
        Assert.Equal(5, mde.Count);
        Assert.All(mde, m => Assert.Equal(0.075697, m.Ratio, 5));
    }

    [Fact]
    public void Collusion_mde_matches_a_hand_computation()
    {
        // Pair correlations 0.1, 0.0, 0.2, −0.1, 0.15 (median 0.1, s = 1.4826 × 0.1 = 0.14826, robust limit 0.54478);
        // level 0.05 / 5 = 0.01, z(0.99) = 2.3263479. For n common projects, SE 1/√(n − 3):
        // r* = tanh(max(atanh(0.54478) + 0.8416 SE, atanh(0.1) + (2.3263 + 0.8416) SE)).
        double[] r = [0.1, 0.0, 0.2, -0.1, 0.15];
        int[] n = [20, 30, 12, 25, 40];
        double[] expected = [0.700703, 0.648611, 0.819839, 0.658614, 0.634725];
        var pairs = r.Select((c, i) => new JudgePairFinding(BiasKinds.Collusion, i, i + 1, n[i], c, 1, 0, 0, 0.5, false, AnomalyLevel.Warning, "", "")).ToList();
        var mde = Collusion.MinimumDetectable(pairs);
        for (var i = 0; i < r.Length; i++)
        {
            Assert.Equal(expected[i], mde[i], 5);
        }
    }

    [Fact]
    public void A_judge_compressed_to_his_predicted_mde_is_found_about_four_times_in_five()
    {
        // Calibration on simulated written-review units (ScaleUseSimulation: 15 judges, 150 projects, 4 readers, sheet
        // effects; seeds 5000-5039, used by no threshold choice): r* is computed for judge 0 on the null unit, then
        // judge 0 compresses his whole mark (quality and noise, as the validation plants it) to r* of the scale. At the
        // MDE the test should find him with power 0.8; the SE used is the null's (his own noise uncompressed), so the
        // power at r* is at least that. A judge compressed only half as much (1 − (1 − r*) / 2) should mostly escape.
        // Measured: 38 of 40 found at r* (conservative, as stated in ScaleUse.MinimumDetectable), 0 of 40 at half.
        const int units = 40;
        int atMde = 0, atHalf = 0;
        for (var seed = 5000; seed < 5000 + units; seed++)
        {
            var ordinary = ScaleUseSimulation.Unit(seed, 15, 150, 4, []);
            var rStar = ScaleUse.MinimumDetectable(ScaleUse.Assess(ordinary)).Single(m => m.Judge == 0).RelativeSlope;
            atMde += Found(seed, rStar);
            atHalf += Found(seed, 1 - ((1 - rStar) / 2));
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"found at r*: {atMde}/{units}; at half the compression: {atHalf}/{units}");
        Assert.InRange(atMde, 28, units);
        Assert.True(atHalf < atMde / 2, $"{atHalf} at half the compression");

        static int Found(int seed, double compression)
        {
            var ratings = ScaleUseSimulation.Unit(seed, 15, 150, 4, [new ScaleUseSimulation.Judge(compression, 5 * compression)]);
            return ScaleUse.Detect(ratings).Any(f => f.Judge == 0) ? 1 : 0;
        }
    }
}
