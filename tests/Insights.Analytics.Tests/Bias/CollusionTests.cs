using Insights.Analytics.Bias;
using Insights.Analytics.Severity;

namespace Insights.Analytics.Tests.Bias;

/// <summary>Hand-made cases of <see cref="Collusion"/>.</summary>
public sealed class CollusionTests
{
    /// <summary>
    /// 14 projects, 6 judges, 3 criteria, score = 70 + project (SD 8) + judge (SD 3) + noise (SD 3); judge 5 copies
    /// judge 4's marks exactly. Their residuals are identical up to the judges' BLUPs: correlation 1 and mean
    /// absolute difference 0, while independent pairs scatter around a small negative correlation.
    /// </summary>
    private static List<SeverityRating> Case(bool copy)
    {
        var random = new Random(5);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var project = Enumerable.Range(0, 14).Select(_ => 8 * Normal()).ToArray();
        var judge = Enumerable.Range(0, 6).Select(_ => 3 * Normal()).ToArray();
        var ratings = new List<SeverityRating>();
        for (var p = 0; p < 14; p++)
        {
            for (var c = 0; c < 3; c++)
            {
                double last = 0;
                for (var j = 0; j < 6; j++)
                {
                    var score = j == 5 && copy ? last : Math.Round(70 + project[p] + judge[j] + (3 * Normal()));
                    ratings.Add(new SeverityRating(j, p, c, score));
                    last = score;
                }
            }
        }

        return ratings;
    }

    [Fact]
    public void A_copying_pair_stands_out()
    {
        var ratings = Case(copy: true);
        var pairs = Collusion.Examine(ratings, SeverityModel.Fit(ratings));
        Assert.Equal(15, pairs.Count);
        var copying = Assert.Single(pairs, p => p.Flagged);
        Assert.Equal((4, 5), (copying.JudgeA, copying.JudgeB));
        Assert.Equal(BiasKinds.Collusion, copying.Kind);
        Assert.Equal(1, copying.Correlation, 6);
        Assert.Equal(0, copying.MeanAbsoluteDifference, 10);
        Assert.Equal(14, copying.CommonProjects);
        Assert.All(pairs.Where(p => !p.Flagged), p => Assert.True(p.Correlation < 0.6, p.EvidenceEn));
    }

    [Fact]
    public void Independent_judges_are_not_flagged_and_thin_pairs_are_skipped()
    {
        var ratings = Case(copy: false);
        var fit = SeverityModel.Fit(ratings);
        Assert.Empty(Collusion.Detect(ratings, fit));
        Assert.Empty(Collusion.Examine(ratings, fit, new CollusionOptions(MinCommonProjects: 15)));
        Assert.Throws<ArgumentException>(() => Collusion.Examine(ratings, fit, new CollusionOptions(MinCommonProjects: 2)));
    }
}
