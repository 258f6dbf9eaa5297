using Insights.Analytics.Anomalies;
using Insights.Analytics.Severity;

namespace Insights.Analytics.Tests.Anomalies;

public sealed class ScaleUseTests
{
    // Deviations of the true level from 70 for 6 projects on two criteria (each zero mean per criterion),
    // Σ d² = 630 + 250 = 880, and a perturbation e of judge 3, zero mean per criterion and orthogonal to d,
    // Σ e² = 4 + 2 = 6.
    private static readonly double[][] s_levels = [[-15, -9, -3, 3, 9, 15], [5, -5, 10, -10, 0, 0]];
    private static readonly double[][] s_perturbation = [[1, -1, 0, 0, -1, 1], [0, 0, 0, 0, 1, -1]];

    /// <summary>Judges 0-2 give 70 + d exactly; judge 3 gives 70 + <paramref name="judge3Spread"/> d + e.</summary>
    private static List<SeverityRating> Design(double judge3Spread)
    {
        var ratings = new List<SeverityRating>();
        for (var j = 0; j < 4; j++)
        {
            for (var p = 0; p < 6; p++)
            {
                for (var c = 0; c < 2; c++)
                {
                    var d = s_levels[c][p];
                    ratings.Add(new SeverityRating(j, p, c, j < 3 ? 70 + d : 70 + (judge3Spread * d) + s_perturbation[c][p]));
                }
            }
        }

        return ratings;
    }

    [Fact]
    public void Hand_made_central_tendency_judge_is_flagged()
    {
        // Judge 3 uses a fifth of the scale. For judge 3 the others' mean is x = d, so the slope is exactly 0.2;
        // residuals are e: SS 6 on 12 - 2 - 1 = 9 df, least-squares SE = √(6/9/880) = 0.02752.
        // For judges 0-2, x = (2d + 0.2d + e) / 3 and y = d, so (e ⟂ d)
        //   b = (2.2/3 · 880) / ((4.84 · 880 + 6) / 9) = 1.36172.
        // Median slope 1.36172, relative slope of judge 3 = 0.2 / 1.36172 = 0.14687 < 0.25 (half the 0.5 limit):
        // error. The CR2 SE with the 6 projects as clusters, 0.0363291111550021, and the spread ratio
        // √(((0.04 · 880 + 6) / 10) / (880 / 10)) = 0.216375 are from ReferenceData/ScaleUse/scaleuse_cr2.R (base-R
        // matrices, full hat matrix). The test SE adds the median's variance (π / 2) median(SE²) / J, J = 4, with
        // judges 0-2's CR2 SE 0.0226046856180174 (R): t = (0.2 − 1.36172) / √(0.036329² + π/2 · 0.022605² / 4) = −30.3.
        var ratings = Design(0.2);

        var slopes = ScaleUse.Slopes(ratings);
        Assert.Equal(4, slopes.Count);
        Assert.Equal(1.36172, slopes[0].Slope, 4);
        Assert.Equal(0.2, slopes[3].Slope, 10);
        Assert.Equal(0.0363291111550021, slopes[3].StandardError, 10);
        var assessed = ScaleUse.Assess(ratings);
        Assert.Equal(Math.Sqrt(6.0 / 9 / 880), assessed[3].OlsStandardError, 10);
        Assert.Equal(0.216375095189307, assessed[3].SpreadRatio, 10);
        Assert.Equal(6, assessed[3].Sheets);

        var finding = Assert.Single(ScaleUse.Detect(ratings));
        Assert.Equal(AnomalyKinds.CentralTendency, finding.Kind);
        Assert.Equal(3, finding.Judge);
        Assert.Equal(0.14687, finding.Statistic, 4);
        Assert.Equal(0.0226046856180174, slopes[0].StandardError, 10);
        var testSe = Math.Sqrt((0.0363291111550021 * 0.0363291111550021) + (Math.PI / 2 * 0.0226046856180174 * 0.0226046856180174 / 4));
        Assert.Equal((0.2 - slopes[0].Slope) / testSe, finding.Z, 6);
        Assert.Equal(AnomalyLevel.Error, finding.Level);
        Assert.Contains("0.20", finding.EvidenceEn, StringComparison.Ordinal);
        Assert.Contains("0.22 times", finding.EvidenceEn, StringComparison.Ordinal);
        Assert.Contains("趋中", finding.EvidenceZh, StringComparison.Ordinal);
        Assert.Empty(Inconsistency.Detect(ratings));
    }

    [Fact]
    public void Slopes_cluster_robust_errors_and_spread_ratios_match_base_R()
    {
        // ReferenceData/ScaleUse/scaleuse_cr2.R: 6 judges × 12 projects × 3 criteria with a sheet effect (SD 2.5),
        // an incomplete design, judge 4 compressed (spread 0.35), judge 5 erratic (noise SD 12); CR2 computed with
        // the full design [criterion dummies, x], the full hat matrix and eigen-decomposed (I − H_gg)^(−1/2).
        var data = ReadCsv("scaleuse_data.csv").Select(r => new SeverityRating((int)r[0], (int)r[1], (int)r[2], r[3])).ToList();
        var expected = ReadCsv("scaleuse_expected.csv");

        var assessed = ScaleUse.Assess(data);

        Assert.Equal(expected.Count, assessed.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], assessed[i]);
            Assert.Equal((int)e[0], a.Judge);
            Assert.Equal(e[1], a.Slope, 10);
            Assert.Equal(e[2], a.StandardError, 10);
            Assert.Equal(e[3], a.OlsStandardError, 10);
            Assert.Equal(((int)e[4], (int)e[5]), (a.Scores, a.Sheets));
            Assert.Equal(e[6], a.SpreadRatio, 10);
            Assert.Equal(e[7], a.ResidualSd, 10);
            Assert.Equal(e[8], a.LogResidualVarianceSe, 10);
        }
    }

    [Fact]
    public void A_judge_using_most_of_the_scale_is_not_flagged()
    {
        // Judge 3 at spread 0.8: relative slope about 0.8 / 1.1 ≈ 0.7, above 0.5.
        Assert.Empty(ScaleUse.Detect(Design(0.8)));
    }

    [Fact]
    public void Too_few_judges_or_scores_give_no_finding()
    {
        var ratings = Design(0.2);
        Assert.Empty(ScaleUse.Detect([.. ratings.Where(r => r.Judge >= 2)]));
        Assert.Empty(ScaleUse.Slopes(ratings, new ScaleUseOptions(MinimumScores: 13)));
        Assert.Throws<ArgumentException>(() => ScaleUse.Detect(ratings, new ScaleUseOptions(SlopeThreshold: 0)));
        Assert.Throws<ArgumentException>(() => ScaleUse.Detect([new SeverityRating(-1, 0, 0, 1)]));
        Assert.Throws<ArgumentException>(() => ScaleUse.Detect(ratings, new ScaleUseOptions(SpreadRatioThreshold: 0)));
    }

    private static List<double[]> ReadCsv(string name) =>
        [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "ReferenceData", "ScaleUse", name)).Skip(1)
            .Select(l => l.Split(',').Select(v => double.Parse(v.Trim(), System.Globalization.CultureInfo.InvariantCulture)).ToArray())];
}
