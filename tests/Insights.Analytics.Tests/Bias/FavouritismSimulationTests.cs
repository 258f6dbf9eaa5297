using System.Globalization;
using Insights.Analytics.Bias;
using MathNet.Numerics.Distributions;

namespace Insights.Analytics.Tests.Bias;

/// <summary>
/// Favouritism under realistic conditions (<see cref="WrittenReviewSimulation"/>: affiliation concentrated on the
/// better projects): with no bonus planted, neither the pooled bonus nor the judges' tests may find one more often
/// than their level; with a realistic bonus (+12 points, 12 % of the scale, on the own-city projects of a judge with
/// about 7 of 50 affiliated) the judge is found in at least 80 % of the seeds, at a false discovery rate near q. Seeds 1-200 here; the limits were chosen on seeds 1001-1200
/// (explore runs, not in the suite).
/// </summary>
public sealed class FavouritismSimulationTests
{
    private static readonly FavouritismOptions s_options = new(Permutations: 2000);

    [Fact]
    public void No_bonus_gives_no_pooled_finding_and_judges_tests_at_their_level()
    {
        int pooledFindings = 0, tests = 0, below5 = 0, unitsFlagged = 0;
        var bonuses = new List<double>();
        for (var seed = 1; seed <= 200; seed++)
        {
            var unit = WrittenReviewSimulation.Generate(seed);
            var pooled = Favouritism.Pool(unit.Ratings, unit.Affiliated);
            bonuses.Add(pooled.Bonus);
            // The season step's test on one criterion: positive and two-sided p < 0.05.
            if (pooled.Bonus > 0 && 2 * Normal.CDF(0, 1, -Math.Abs(pooled.Bonus / pooled.StandardError)) < 0.05)
            {
                pooledFindings++;
            }

            var tested = Favouritism.Estimate(unit.Ratings, unit.Affiliated, s_options).Where(e => !double.IsNaN(e.PValue)).ToList();
            tests += tested.Count;
            below5 += tested.Count(e => e.PValue < 0.05);
            unitsFlagged += Favouritism.Detect(unit.Ratings, unit.Affiliated, 100, s_options).Count > 0 ? 1 : 0;
        }

        var mean = bonuses.Average();
        var sd = Math.Sqrt(bonuses.Sum(b => (b - mean) * (b - mean)) / (bonuses.Count - 1));
        var rate = (double)below5 / tests;
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pooled bonus mean {mean:0.000} (SD {sd:0.000}), pooled findings {pooledFindings}/200; judges tested {tests}, p < 0.05: {rate:0.0000}; units with a favouritism flag {unitsFlagged}/200"));

        // Expected one-sided 2.5 %: 5 of 200; P(Bin(200, 0.025) >= 13) < 0.002.
        Assert.True(pooledFindings <= 12, $"{pooledFindings} pooled findings of 200");
        Assert.True(Math.Abs(mean) < 3 * sd / Math.Sqrt(bonuses.Count), $"mean pooled bonus {mean} (SD {sd})");
        // About 3,000 judge tests: the share below 0.05 within 0.05 ± 3.3 binomial SDs (0.013).
        Assert.InRange(rate, 0.037, 0.063);
        // Benjamini-Hochberg at q = 0.05 over a unit's judges: family-wise 5 % under the complete null; P(Bin(200, 0.05) >= 19) < 0.005.
        Assert.True(unitsFlagged <= 18, $"{unitsFlagged} units with a flag of 200");
    }

    [Fact]
    public void Judges_confidence_intervals_cover_the_true_bonus()
    {
        // Issue 11: intervals cover at 95 ± 2 %. Seeds 201-400 (no limit was chosen on them). Under the null every
        // estimable judge's 95 % interval should cover 0; with +12 points planted on judge 0 his interval should cover 12.
        // The permutation count does not enter the interval, so a small one keeps the test quick. Measured: null
        // 3778 of 3994 (0.946), planted 191 of 200 (0.955).
        var options = new FavouritismOptions(Permutations: 20);
        int intervals = 0, covering = 0, planted = 0, plantedCovering = 0;
        for (var seed = 201; seed <= 400; seed++)
        {
            var unit = WrittenReviewSimulation.Generate(seed);
            foreach (var e in Favouritism.Estimate(unit.Ratings, unit.Affiliated, options).Where(e => double.IsFinite(e.Lower) && double.IsFinite(e.Upper)))
            {
                intervals++;
                covering += e.Lower <= 0 && e.Upper >= 0 ? 1 : 0;
            }

            var bonus = WrittenReviewSimulation.Generate(seed, bonusJudge: 0, bonus: 12);
            if (Favouritism.Estimate(bonus.Ratings, bonus.Affiliated, options).SingleOrDefault(e => e.Judge == 0 && double.IsFinite(e.Lower)) is { } j)
            {
                planted++;
                plantedCovering += j.Lower <= 12 && j.Upper >= 12 ? 1 : 0;
            }
        }

        var rate = (double)covering / intervals;
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"null: {covering}/{intervals} = {rate:0.000}; planted: {plantedCovering}/{planted}"));
        // About 3,000 null intervals: binomial SD 0.004, so the target band 0.93-0.97 is the test.
        Assert.InRange(rate, 0.93, 0.97);
        // 200 planted intervals: SD 0.015; 0.91-0.99 is about 2.7 SDs either side.
        Assert.InRange((double)plantedCovering / planted, 0.91, 0.99);
    }

    [Fact]
    public void A_realistic_bonus_is_found()
    {
        int found = 0, runs = 0;
        var falseShare = 0.0;
        var affiliated = new List<int>();
        for (var seed = 1; seed <= 200; seed++)
        {
            // Judge 4 (a strong city): about 15 % of his 50 projects are his own city's.
            var unit = WrittenReviewSimulation.Generate(seed, bonusJudge: 4, bonus: 12);
            var findings = Favouritism.Detect(unit.Ratings, unit.Affiliated, 100, s_options);
            found += findings.Any(f => f.Judge == 4) ? 1 : 0;
            falseShare += findings.Count == 0 ? 0 : (double)findings.Count(f => f.Judge != 4) / findings.Count;
            affiliated.Add(unit.Ratings.Count(r => r.Judge == 4 && unit.Affiliated(r.Judge, r.Project)));
            runs++;
        }

        var fdr = falseShare / runs;
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"judge 4 found in {found}/{runs} (affiliated projects {affiliated.Min()}-{affiliated.Max()}, mean {affiliated.Average():0.0}); false discovery proportion averaged {fdr:0.000}"));
        // Seeds 1001-1200: found 177 of 200, false discovery rate 0.043 (Benjamini-Hochberg: at most q m0 / m = 0.0475).
        Assert.True(found >= 160, $"found in {found} of {runs}");
        // One true finding lets a second judge in at 2 q / m: the per-seed false share averages near q; its SE over
        // 200 seeds is about 0.01.
        Assert.True(fdr <= 0.075, $"false discovery rate {fdr}");
    }
}
