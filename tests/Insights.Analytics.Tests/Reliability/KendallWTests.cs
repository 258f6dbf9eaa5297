using Insights.Analytics.Reliability;

namespace Insights.Analytics.Tests.Reliability;

/// <summary>
/// <see cref="KendallW"/>: a hand-computed example with ties (exact arithmetic below), the essay ratings against a
/// base-R implementation of the same tie-corrected formula in icc_reference.R (to 1e-9 relative to max(1, |reference|)),
/// and the limits W = 1 (identical rankings) and W near 0 (independent random rankings).
/// </summary>
public sealed class KendallWTests
{
    [Fact]
    public void Hand_computed_example_with_ties()
    {
        // 4 projects x 3 judges. Mid-ranks per judge (1 = lowest score):
        //   J1 scores 9,7,7,5 -> ranks 4, 2.5, 2.5, 1   (one pair tied: 2^3 - 2 = 6)
        //   J2 scores 8,8,5,4 -> ranks 3.5, 3.5, 2, 1   (one pair tied: 6)
        //   J3 scores 7,6,5,5 -> ranks 4, 3, 1.5, 1.5   (one pair tied: 6)          T = 18
        // Rank sums 11.5, 9, 6, 3.5; mean m (n + 1) / 2 = 7.5; deviations 4, 1.5, -1.5, -4;
        // S = 16 + 2.25 + 2.25 + 16 = 36.5.
        // W = 12 S / (m^2 (n^3 - n) - m T) = 438 / (9 * 60 - 3 * 18) = 438 / 486 = 73/81 = 0.901234...
        // chi-square = m (n - 1) W = 9 * 73/81 = 73/9, df 3; R: pchisq(73/9, 3, lower.tail = FALSE) = 0.04377032944729671.
        double[,] scores = { { 9, 8, 7 }, { 7, 8, 6 }, { 7, 5, 5 }, { 5, 4, 5 } };
        var result = KendallW.Compute(scores);
        Assert.Equal(36.5, result.S);
        Assert.Equal(18, result.TieCorrection);
        Assert.Equal(73.0 / 81, result.W, 1e-15);
        Assert.Equal(73.0 / 9, result.ChiSquare, 1e-13);
        Assert.Equal(3, result.DegreesOfFreedom);
        Assert.Equal(0.04377032944729671, result.PValue, 1e-12);
    }

    [Theory]
    [InlineData("essay_style")]
    [InlineData("essay_mean4")]
    [InlineData("sf")]
    public void Matches_base_R_formula(string dataset)
    {
        var scores = dataset switch
        {
            "essay_style" => ReliabilityReference.Essays.Style,
            "essay_mean4" => ReliabilityReference.Essays.Mean4,
            _ => IntraclassCorrelationTests.ShroutFleiss,
        };
        var result = KendallW.Compute(scores);
        void Check(string field, double actual) =>
            ReliabilityReference.AssertClose(ReliabilityReference.Value(dataset, "kendall", "W", field), actual, 1e-9, $"{dataset} {field}");

        Check("W", result.W);
        Check("S", result.S);
        Check("T", result.TieCorrection);
        Check("chisq", result.ChiSquare);
        Check("df", result.DegreesOfFreedom);
        Check("p", result.PValue);
    }

    [Fact]
    public void Identical_rankings_give_W_of_one_even_with_ties()
    {
        double[,] scores = { { 1, 10, 1 }, { 2, 20, 2 }, { 2, 20, 2 }, { 5, 50, 5 }, { 3, 30, 3 } };
        var result = KendallW.Compute(scores);
        Assert.Equal(1.0, result.W, 1e-15);
    }

    [Fact]
    public void Independent_random_scores_give_W_near_zero()
    {
        // E[W] = 1/m under independent rankings: 0.02 for 50 judges.
        var random = new Random(20261125);
        var scores = new double[30, 50];
        for (var i = 0; i < 30; i++)
        {
            for (var j = 0; j < 50; j++)
            {
                scores[i, j] = random.NextDouble();
            }
        }

        var result = KendallW.Compute(scores);
        Assert.InRange(result.W, 0.0, 0.05);
        Assert.True(result.PValue > 0.001, $"p = {result.PValue}");
    }

    [Fact]
    public void Degenerate_and_missing_input()
    {
        Assert.True(double.IsNaN(KendallW.Compute(new double[3, 2]).W));
        var scores = new double[3, 2];
        scores[1, 1] = double.NaN;
        Assert.Throws<ArgumentException>(() => KendallW.Compute(scores));
        Assert.Throws<ArgumentException>(() => KendallW.Compute(new double[1, 2]));
    }
}
