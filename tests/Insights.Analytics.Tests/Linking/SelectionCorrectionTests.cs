using Insights.Analytics.Linking;
using Insights.Analytics.Robustness;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace Insights.Analytics.Tests.Linking;

/// <summary>
/// <see cref="SelectionCorrection"/> and <see cref="TrimmedMean"/>: reference values from R
/// (ReferenceData/Linking/selection_reference.R, output in selection_reference.txt: psych::rangeCorrection, lm and
/// predict with the t prediction distribution, the Tukey-McLaughlin SE), and a simulation of finalist selection.
/// </summary>
public sealed class SelectionCorrectionTests
{
    private static readonly StageScore[] s_preliminary =
    [
        new("A", 88, 0), new("B", 85, 0), new("C", 84, 0), new("D", 80, 0), new("E", 79, 0), new("F", 77, 0), new("X", 76, 0), new("Y", 70, 0),
    ];

    private static readonly StageScore[] s_final =
    [
        new("A", 41.2, 0), new("B", 43.5, 0), new("C", 38.0, 0), new("D", 40.1, 0), new("E", 35.5, 0), new("F", 36.9, 0),
    ];

    [Fact]
    public void ThorndikeMatchesPsychRangeCorrection()
    {
        Assert.Equal(0.755928946018454, SelectionCorrection.Thorndike(0.5, 2), 12);
        Assert.Equal(0.471475018716877, SelectionCorrection.Thorndike(0.3, 1.7), 12);
        Assert.Equal(0.4, SelectionCorrection.Thorndike(0.4, 1), 12);
    }

    [Fact]
    public void SmallTrackMatchesR()
    {
        var link = SelectionCorrection.Analyze(s_preliminary, s_final, awardCut: 38.0);
        Assert.NotNull(link);
        Assert.Equal(6, link.Finalists);
        Assert.Equal(8, link.Candidates);
        Assert.Equal(0.702756034039175, link.Pearson, 10);
        Assert.Equal(1.37810148254352, link.RestrictionRatio, 10);
        Assert.Equal(0.805920492808138, link.Corrected, 10);
        Assert.Equal(["X", "Y"], link.NearCut.Select(c => c.ProjectId));
        Assert.Equal(36.1249520153551, link.NearCut[0].PredictedFinal, 9);
        Assert.Equal(2.97938821540598, link.NearCut[0].PredictionSd, 9);
        Assert.Equal(0.281640694476804, link.NearCut[0].ProbabilityPlaced, 9);
        Assert.Equal(33.1330134357006, link.NearCut[1].PredictedFinal, 9);
        Assert.Equal(3.98556369053824, link.NearCut[1].PredictionSd, 9);
        Assert.Equal(0.14454070247716, link.NearCut[1].ProbabilityPlaced, 9);
    }

    [Fact]
    public void TooFewFinalistsOrNoSpreadGiveNull()
    {
        Assert.Null(SelectionCorrection.Analyze(s_preliminary, s_final.Take(3).ToArray(), 38));
        Assert.Null(SelectionCorrection.Analyze(s_preliminary, [.. s_final.Select(s => s with { Score = 40 })], 38));
        Assert.Throws<ArgumentOutOfRangeException>(() => SelectionCorrection.Thorndike(1.5, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => SelectionCorrection.Thorndike(0.5, 0));
    }

    [Fact]
    public void TrimmedMeanMatchesTukeyMcLaughlin()
    {
        var (score, se) = TrimmedMean.Estimate([10, 1, 4, 2, 3], trim: true);
        Assert.Equal(3, score, 12);
        Assert.Equal(0.74535599249993, se, 12);
        var (mean, seMean) = TrimmedMean.Estimate([1, 2, 3, 4], trim: true); // under five totals nothing is dropped
        Assert.Equal(2.5, mean, 12);
        Assert.Equal(Math.Sqrt(5.0 / 3) / 2, seMean, 12);
    }

    /// <summary>
    /// A track of 60 candidates whose preliminary x and final y scores are bivariate normal with ρ = 0.6 (a realistic
    /// stage agreement); the top 20 by x are finalists and the best 60 % of them by y are awarded. Over 400 seeds:
    /// the finalists' r is attenuated (mean about 0.33), the corrected r is near 0.6; the near-cut probabilities of
    /// the five best non-finalists, whose final scores are simulated too, match the frequency of clearing the cut on
    /// average, and their t prediction distribution is probabilistically calibrated (PIT). Measured with this test's
    /// seeds: mean finalists' r 0.368, corrected 0.560 (case II is biased slightly low with 20 finalists); mean P 0.372
    /// against a frequency 0.389; 80 % intervals cover 0.792. Conditional on the forecast it is not calibrated: forecasts
    /// under 0.3 averaged 0.225 against a frequency 0.351 (578 newcomers), above 0.3 0.432 against 0.404 (1,422): the
    /// estimated line's error spreads the forecasts; docs/methods/linking.md states it.
    /// </summary>
    [Fact]
    public void SelectionSimulationIsUnbiasedAndCalibrated()
    {
        const double Rho = 0.6;
        double sumR = 0, sumCorrected = 0;
        int runs = 0;
        var predicted = new List<double>();
        var happened = new List<double>();
        var pit = new List<double>();
        for (var seed = 1; seed <= 400; seed++)
        {
            var random = new Xoshiro256StarStar(seed);
            var x = new double[60];
            var y = new double[60];
            for (var i = 0; i < 60; i++)
            {
                var z1 = Normal.Sample(random, 0, 1);
                var z2 = Normal.Sample(random, 0, 1);
                x[i] = 70 + (8 * z1);
                y[i] = 35 + (4 * ((Rho * z1) + (Math.Sqrt(1 - (Rho * Rho)) * z2)));
            }

            var order = Enumerable.Range(0, 60).OrderByDescending(i => x[i]).ToArray();
            var finalists = order.Take(20).ToArray();
            var preliminary = order.Select(i => new StageScore($"P{i:00}", x[i], 0)).ToList();
            var final = finalists.Select(i => new StageScore($"P{i:00}", y[i], 0)).ToList();
            var cut = finalists.Select(i => y[i]).OrderDescending().ElementAt(11);
            var link = SelectionCorrection.Analyze(preliminary, final, cut);
            Assert.NotNull(link);
            sumR += link.Pearson;
            sumCorrected += link.Corrected;
            runs++;
            foreach (var c in link.NearCut)
            {
                var actual = y[int.Parse(c.ProjectId[1..], System.Globalization.CultureInfo.InvariantCulture)];
                predicted.Add(c.ProbabilityPlaced);
                happened.Add(actual >= cut ? 1 : 0);
                pit.Add(StudentT.CDF(0, 1, link.Finalists - 2, (actual - c.PredictedFinal) / c.PredictionSd));
            }
        }

        Assert.InRange(sumR / runs, 0.25, 0.45);
        Assert.InRange(sumCorrected / runs, Rho - 0.04, Rho + 0.04);
        Assert.Equal(2000, predicted.Count);
        Assert.InRange(predicted.Average() - happened.Average(), -0.03, 0.03);
        // Probabilistic calibration: the PIT of the newcomers' simulated final scores under the t prediction is
        // uniform (80 % central prediction intervals cover 80 %).
        var covered = pit.Count(u => u is >= 0.1 and <= 0.9) / (double)pit.Count;
        Assert.InRange(covered, 0.77, 0.83);
        Assert.InRange(pit.Count(u => u < 0.5) / (double)pit.Count, 0.46, 0.54);
    }
}
