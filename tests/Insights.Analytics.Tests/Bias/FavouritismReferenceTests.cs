using Insights.Analytics.Bias;
using Insights.Analytics.Severity;

namespace Insights.Analytics.Tests.Bias;

/// <summary>
/// <see cref="Favouritism"/>'s within-project model against R's <c>lm</c> with explicit project dummies
/// (ReferenceData/Bias/favouritism.R, output in favouritism.out): 12 projects each marked by 4 of 6 judges on 2
/// criteria, a deterministic noise pattern, judge 1 +4 on his affiliated projects. Per-judge bonus and model SE; the
/// pooled bonus with its model SE and CR1 (clustered by project) SE, of which <see cref="Favouritism.Pool"/> reports
/// the larger.
/// </summary>
public sealed class FavouritismReferenceTests
{
    private static bool Affiliated(int judge, int project) => (judge + (2 * project)) % 5 == 0;

    private static List<SeverityRating> Ratings()
    {
        var ratings = new List<SeverityRating>();
        for (var p = 0; p < 12; p++)
        {
            for (var k = 0; k < 4; k++)
            {
                for (var c = 0; c < 2; c++)
                {
                    var j = (p + k) % 6;
                    var noise = ((((7 * j) + (13 * p) + (5 * c)) % 11) - 5) / 2.0;
                    var y = 60 + (2 * (p % 5)) + (3 * c) + (j - 2.5) + noise + (j == 1 && Affiliated(j, p) ? 4 : 0);
                    ratings.Add(new SeverityRating(j, p, c, y));
                }
            }
        }

        return ratings;
    }

    [Fact]
    public void Judges_bonuses_and_standard_errors_match_lm_with_project_dummies()
    {
        (int Judge, double Bonus, double Se)[] r =
        [
            (0, 0.714341125283, 0.619835995223), (1, 5.771114794599, 0.879853223628), (3, -1.961223136633, 0.676002874340),
            (4, -1.266054970945, 0.673238181917), (5, -1.381688046725, 0.701945388599),
        ];
        var estimates = Favouritism.Estimate(Ratings(), Affiliated).Where(e => double.IsFinite(e.Bonus)).ToList();
        Assert.Equal(r.Select(x => x.Judge), estimates.Select(e => e.Judge));
        foreach (var (x, e) in r.Zip(estimates))
        {
            Assert.Equal(x.Bonus, e.Bonus, 1e-9);
            Assert.Equal(x.Se, e.StandardError, 1e-9);
        }
    }

    [Fact]
    public void Pooled_bonus_matches_lm_and_a_hand_sandwich()
    {
        var pooled = Favouritism.Pool(Ratings(), Affiliated);
        Assert.Equal(0.035911602210, pooled.Bonus, 1e-9);
        // R: model SE 0.572197758057, CR1 0.752686142756; the larger is reported.
        Assert.Equal(0.752686142756, pooled.StandardError, 1e-9);
    }

    [Fact]
    public void Judges_below_the_minimum_are_estimated_but_not_tested()
    {
        // Judge 0 of the hand case in FavouritismTests-like data: one affiliated project among 8 is estimated, with
        // its smallest attainable p 1 / C(8, 1), and not tested.
        var ratings = new List<SeverityRating>();
        for (var p = 0; p < 8; p++)
        {
            for (var j = 0; j < 3; j++)
            {
                ratings.Add(new SeverityRating(j, p, 0, 60 + (3 * p) + j + ((p * j) % 3)));
            }
        }

        var e = Assert.Single(Favouritism.Estimate(ratings, (j, p) => j == 0 && p == 5));
        Assert.False(e.Tested);
        Assert.True(double.IsNaN(e.PValue));
        Assert.True(double.IsFinite(e.Bonus) && e.StandardError > 0);
        Assert.Equal(1.0 / 8, e.MinimumPValue, 12);
        Assert.Empty(Favouritism.Detect(ratings, (j, p) => j == 0 && p == 5, 100));
    }

    [Fact]
    public void Minimum_detectable_bonus_is_the_z_sum_times_the_standard_error()
    {
        // R: qnorm(1 - 0.0025) = 2.807034, qnorm(0.8) = 0.8416212; (2.807034 + 0.8416212) × 2 = 7.297311.
        var e = new FavouritismEstimate(0, 3, 20, 5, 2, 1, 9, 0.01);
        Assert.Equal(7.297311, Favouritism.MinimumDetectable(e, 0.0025, 0.8), 1e-5);
        Assert.True(double.IsNaN(Favouritism.MinimumDetectable(e with { StandardError = double.NaN }, 0.0025, 0.8)));
    }
}
