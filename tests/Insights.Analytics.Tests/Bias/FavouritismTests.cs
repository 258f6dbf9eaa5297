using Insights.Analytics.Anomalies;
using Insights.Analytics.Bias;
using Insights.Analytics.Severity;

namespace Insights.Analytics.Tests.Bias;

/// <summary>Hand-made cases of <see cref="Favouritism"/> with the result worked out by hand.</summary>
public sealed class FavouritismTests
{
    /// <summary>
    /// Judges 1 and 2 give 60 + 3p + c ± 1, so the others' mean for judge 0 is 60 + 3p + c; judge 0 gives that − 2
    /// (severity), + bonus on his affiliated projects 1, 4, 6. His marks are exactly others' mean − 2 + bonus ×
    /// affiliated: the within-project model returns the bonus with SE 0, and only the true labelling of the 56 (C(8, 3))
    /// reaches the observed sum of null residuals; the 56 labellings are enumerated, so p = 1/56 exactly.
    /// </summary>
    private static List<SeverityRating> Case(double bonus)
    {
        var ratings = new List<SeverityRating>();
        for (var p = 0; p < 8; p++)
        {
            for (var c = 0; c < 2; c++)
            {
                var baseline = 60 + (3 * p) + c;
                ratings.Add(new SeverityRating(0, p, c, baseline - 2 + (IsAffiliated(p) ? bonus : 0)));
                ratings.Add(new SeverityRating(1, p, c, baseline + 1));
                ratings.Add(new SeverityRating(2, p, c, baseline - 1));
            }
        }

        return ratings;
    }

    private static bool IsAffiliated(int project) => project is 1 or 4 or 6;

    private static bool Affiliated(int judge, int project) => judge == 0 && IsAffiliated(project);

    [Fact]
    public void Bonus_is_the_affiliated_coefficient_beyond_severity_and_scale_use()
    {
        var estimate = Assert.Single(Favouritism.Estimate(Case(4), Affiliated));
        Assert.Equal(0, estimate.Judge);
        Assert.Equal(3, estimate.Affiliated);
        Assert.Equal(5, estimate.Unaffiliated);
        Assert.Equal(4, estimate.Bonus, 10);
        Assert.Equal(0, estimate.StandardError, 10);
        Assert.Equal(1.0 / 56, estimate.PValue, 12);
        Assert.Equal(1.0 / 56, estimate.MinimumPValue, 12);
        Assert.True(estimate.Tested);
    }

    [Fact]
    public void A_large_bonus_is_flagged_and_a_small_one_is_not()
    {
        var finding = Assert.Single(Favouritism.Detect(Case(4), Affiliated, 100));
        Assert.Equal(BiasKinds.Favoritism, finding.Kind);
        Assert.Equal(4, finding.Statistic, 10);
        Assert.Equal(AnomalyLevel.Warning, finding.Level);
        Assert.Equal(AnomalyLevel.Error, Assert.Single(Favouritism.Detect(Case(7), Affiliated, 100)).Level);

        // 2 points is below the practical threshold of 3 % of 100, although just as significant.
        Assert.Empty(Favouritism.Detect(Case(2), Affiliated, 100));

        // No bonus: the affiliated deviations equal the others, every labelling reaches the sum, p = 1.
        Assert.Equal(1, Assert.Single(Favouritism.Estimate(Case(0), Affiliated)).PValue, 10);
    }

    [Fact]
    public void Pooled_bonus_weights_the_judges_contrasts()
    {
        // Only judge 0 has affiliated projects, so the pooled bonus is his contrast, 4.
        var ratings = Case(4);
        var pooled = Favouritism.Pool(ratings, Affiliated);
        Assert.Equal(1, pooled.Judges);
        Assert.Equal(3, pooled.AffiliatedPairs);
        Assert.Equal(4, pooled.Bonus, 10);
        Assert.Throws<ArgumentException>(() => Favouritism.Estimate(ratings, Affiliated, new FavouritismOptions(Permutations: 0)));
    }
}
