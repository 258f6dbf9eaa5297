using Insights.Analytics.Anomalies;
using Insights.Analytics.Severity;

namespace Insights.Analytics.Tests.Anomalies;

public sealed class HaloTests
{
    // Six projects, three criteria: level = 70 + a_p + b_pc. Each row of b sums to 0 (so the project mean is
    // 70 + a_p) and each column sums to 0 (so every criterion has mean 70 in the unit).
    private static readonly double[] s_projectLevels = [-10, -6, -2, 2, 6, 10];
    private static readonly double[][] s_profiles = [[4, -2, -2], [-4, 2, 2], [3, 0, -3], [-3, 0, 3], [0, 5, -5], [0, -5, 5]];

    /// <summary>Judges 0-3 give 70 + a + f_j b with f = 0.8, 0.9, 1.1, 1.2; judge 4 as <paramref name="judge4"/>.</summary>
    private static List<SeverityRating> Design(Func<int, int, double> judge4)
    {
        double[] factors = [0.8, 0.9, 1.1, 1.2];
        var ratings = new List<SeverityRating>();
        for (var p = 0; p < 6; p++)
        {
            for (var c = 0; c < 3; c++)
            {
                for (var j = 0; j < 4; j++)
                {
                    ratings.Add(new SeverityRating(j, p, c, 70 + s_projectLevels[p] + (factors[j] * s_profiles[p][c])));
                }

                ratings.Add(new SeverityRating(4, p, c, judge4(p, c)));
            }
        }

        return ratings;
    }

    [Fact]
    public void Hand_made_halo_judge_is_flagged()
    {
        // Judge 4 gives 70 + a_p on every criterion. Every judge's project means are 70 + a_p, so the between-project
        // ratio is 1 and R = W: judge j's within-project variance is f_j² v_p, the others' mean is Σ_{k≠j} f_k² / 4 v_p
        // (halo f = 0, Σ f² = 4.10):
        //   R0 = 0.64 / 0.865 = 0.7399, R1 = 0.81 / 0.8225 = 0.9848, R2 = 1.21 / 0.7225 = 1.6747, R3 = 1.44 / 0.665 = 2.1654, R4 = 0.
        // log R (R4 floored at 1e-3): -0.3012, -0.0153, 0.5156, 0.7726, -6.9078; median -0.0153;
        // |deviations| 0.2859, 0, 0.5309, 0.7879, 6.8925 → MAD 0.5309, × 1.4826 = 0.7871;
        // z4 = (-6.9078 + 0.0153) / 0.7871 = -8.757 < -3.5 and R4 = 0 < 0.02: error. No other judge has z < -3.5.
        var ratings = Design((p, _) => 70 + s_projectLevels[p]);

        var ratios = Halo.Ratios(ratings);
        Assert.Equal([0.7399, 0.9848, 1.6747, 2.1654, 0], ratios.Select(r => Math.Round(r.Ratio, 4)));

        var finding = Assert.Single(Halo.Detect(ratings));
        Assert.Equal((AnomalyKinds.Halo, 4, AnomalyLevel.Error), (finding.Kind, finding.Judge, finding.Level));
        Assert.Equal(0, finding.Statistic, 10);
        Assert.Equal(-8.757, finding.Z, 2);
        Assert.True(double.IsNaN(finding.PValue));
        Assert.Contains("光环", finding.EvidenceZh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_central_tendency_judge_is_not_taken_for_a_halo_judge()
    {
        // Judge 4 gives 70 + 0.2 (a + b): within-project variance 0.04 v_p, small, but the project means are
        // compressed by the same factor, so W / B = (0.04 / 1.025) / (0.04 / 1) ≈ 0.98: not flagged.
        var ratings = Design((p, c) => 70 + (0.2 * (s_projectLevels[p] + s_profiles[p][c])));

        Assert.Equal(0.9756, Halo.Ratios(ratings)[4].Ratio, 3);
        Assert.Empty(Halo.Detect(ratings));
    }

    [Fact]
    public void Too_few_projects_or_judges_give_no_finding()
    {
        var ratings = Design((p, _) => 70 + s_projectLevels[p]);
        Assert.Empty(Halo.Detect(ratings, new HaloOptions(MinimumProjects: 7)));
        Assert.Empty(Halo.Detect([.. ratings.Where(r => r.Judge >= 3)]));
        Assert.Throws<ArgumentException>(() => Halo.Detect(ratings, new HaloOptions(RatioThreshold: 0)));
    }
}
