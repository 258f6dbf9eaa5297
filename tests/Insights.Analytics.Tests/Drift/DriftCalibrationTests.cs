using Insights.Analytics.Drift;
using Insights.Analytics.Severity;
using MathNet.Numerics.Distributions;

namespace Insights.Analytics.Tests.Drift;

/// <summary>
/// The drift test under the null and under a realistic drift on simulated written-review units
/// (<see cref="DriftSimulation"/>: sheet effect SD 2.5, day wobble SD 2, 3-6 days per judge).
/// </summary>
public sealed class DriftCalibrationTests
{
    [Fact]
    public void Under_the_null_the_test_holds_its_level_and_a_drift_of_20_percent_is_found()
    {
        // 200 null units (seeds 5000-5199) and 60 units with judge 0 drifting by 20 points from his first to his last
        // sheet (seeds 15000-15059).
        const int units = 200, driftUnits = 60;
        int tests = 0, rejectNew = 0, rejectOld = 0, unitsFlagged = 0, found = 0;
        for (var seed = 5000; seed < 5000 + units; seed++)
        {
            var ratings = DriftSimulation.Unit(seed);
            var fit = SeverityModel.Fit([.. ratings.Select(r => r.Rating)]);
            foreach (var a in SeverityDrift.Assess(ratings, fit).Where(a => a.Status == DriftStatus.Tested))
            {
                tests++;
                rejectNew += a.PValue < 0.01 ? 1 : 0;
                rejectOld += OldPValue(ratings, fit, a.Judge) < 0.01 ? 1 : 0;
            }

            unitsFlagged += SeverityDrift.Detect(ratings, fit, 100).Count > 0 ? 1 : 0;
            if (seed >= 5000 + driftUnits)
            {
                continue;
            }

            var drifting = DriftSimulation.Unit(seed + 10000, drift: 20);
            var driftFit = SeverityModel.Fit([.. drifting.Select(r => r.Rating)]);
            found += SeverityDrift.Detect(drifting, driftFit, 100).Any(f => f.Judge == 0) ? 1 : 0;
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{tests} judge tests at p < 0.01: new {rejectNew} ({(double)rejectNew / tests:P1}), old {rejectOld} ({(double)rejectOld / tests:P1}); units with a drift flag at the defaults {unitsFlagged} of {units}; drift of 20 found {found} of {driftUnits}");
        Assert.True(rejectNew <= tests * 0.02, $"new {rejectNew} of {tests}");
        Assert.True(rejectOld >= tests * 0.03, $"old {rejectOld} of {tests}");
        Assert.True(unitsFlagged <= 16, $"{unitsFlagged} of {units}");
        Assert.True(found >= driftUnits * 0.8, $"{found} of {driftUnits}");
    }

    /// <summary>The test before issue 11: the OLS slope of the judge's mark-level own parts on time, normal p.</summary>
    private static double OldPValue(List<DriftRating> ratings, SeverityFit fit, int judge)
    {
        var mine = ratings.Where(r => r.Rating.Judge == judge).ToArray();
        var first = mine.Min(r => r.ScoredAt);
        var t = mine.Select(r => (r.ScoredAt - first).TotalDays).ToArray();
        var y = mine.Select(r => r.Rating.Score - fit.FixedEffects[0].Estimate - (r.Rating.Criterion >= 1 ? fit.FixedEffects[r.Rating.Criterion].Estimate : 0)
            - fit.Projects[r.Rating.Project].ConditionalMode).ToArray();
        var (slope, se) = SeverityDrift.Slope(t, y);
        return 2 * Normal.CDF(0, 1, -Math.Abs(slope / se));
    }
}
