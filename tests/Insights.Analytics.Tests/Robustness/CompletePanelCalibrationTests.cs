using Insights.Analytics.Robustness;
using Insights.Analytics.Severity;

namespace Insights.Analytics.Tests.Robustness;

/// <summary>
/// Severity calibration in a complete panel, and the small-panel correction of the judge bootstrap.
/// </summary>
public sealed class CompletePanelCalibrationTests
{
    /// <summary>
    /// A final-roadshow-like complete panel (7 judges, 15 finalists, criteria 0-25/15/10, integer marks) with two
    /// lenient (+3 points per mark) and two harsh (−3) judges. Every judge scores every project, so adding the
    /// severities back moves every project by the same amount: no tier can change. Adding them to the marks before the
    /// trim (the fair scores) does reorder projects, through which judge is trimmed: the artefact that the old
    /// calibration reported (checked here, so the panel is one where the old rule fails).
    /// </summary>
    [Fact]
    public void Complete_panel_with_lenient_and_harsh_judges_reports_no_calibration_change()
    {
        var random = new Random(17);
        double[] max = [25, 15, 10];
        double[] severity = [3, 3, 0, 0, 0, -3, -3];
        var ratings = new List<SeverityRating>();
        var quality = Enumerable.Range(0, 15).Select(_ => Normal(random)).ToArray();
        for (var j = 0; j < severity.Length; j++)
        {
            for (var p = 0; p < quality.Length; p++)
            {
                for (var c = 0; c < max.Length; c++)
                {
                    var latent = 75 + (4 * quality[p]) + severity[j] + (4 * Normal(random));
                    ratings.Add(new SeverityRating(j, p, c, Math.Clamp(Math.Round(max[c] * latent / 100), 0, max[c])));
                }
            }
        }

        var rule = TierRule.ForFinalists(15);
        var result = AwardRobustness.Analyze(ratings, [1.0, 1.0, 1.0], rule, options: new AwardRobustnessOptions(Resamples: 200));

        var trimmedFair = rule.Assign([.. result.FairScores.Select(f => f.Fair)]);
        Assert.Contains(result.Projects, p => trimmedFair[p.Project] != p.Tier);
        Assert.Empty(result.CalibrationChanges);
        Assert.All(result.Projects, p => Assert.Equal(p.Tier, p.CalibratedTier));
    }

    /// <summary>
    /// The rescaled bootstrap against its exact distribution: 5 judges, 3 projects, plain mean, one prize. Each of the
    /// 5⁵ ordered draws is equally likely; a drawn judge's total is the project's mean plus √(5/4) times his deviation.
    /// The seeded estimate at B = 20,000 (SE ≤ 0.0036) must be within 0.01 of the exact probabilities, which differ
    /// from the plain bootstrap's by more than 0.03 (so the test tells the two apart).
    /// </summary>
    [Fact]
    public void Rescaled_bootstrap_matches_its_exact_distribution()
    {
        double[][] panel =
        [
            [80, 71, 77, 69, 74],
            [75, 76, 70, 73, 72],
            [70, 79, 72, 68, 75],
        ];
        var rescaled = Exact(panel, Math.Sqrt(5 / 4.0));
        var plain = Exact(panel, 1);
        var result = AwardRobustness.Analyze(
            [.. panel.SelectMany((row, p) => row.Select((score, j) => new SeverityRating(j, p, 0, score)))], [1.0],
            new TierRule([1], TrimExtremes: false), options: new AwardRobustnessOptions(Resamples: 20_000, Seed: 9));
        for (var p = 0; p < panel.Length; p++)
        {
            Assert.InRange(result.Projects[p].ProbabilityKeepTier, rescaled[p] - 0.01, rescaled[p] + 0.01);
        }

        Assert.Contains(Enumerable.Range(0, panel.Length), p => Math.Abs(rescaled[p] - plain[p]) > 0.03);
    }

    /// <summary>P(keeps its tier) over all 5⁵ ordered draws with deviations scaled by <paramref name="inflate"/>.</summary>
    private static double[] Exact(double[][] panel, double inflate)
    {
        var centre = panel.Select(row => row.Average()).ToArray();
        int Winner(int[] draw) => Enumerable.Range(0, panel.Length)
            .OrderByDescending(p => draw.Average(j => centre[p] + (inflate * (panel[p][j] - centre[p]))))
            .ThenBy(p => p).First();
        var original = Winner([0, 1, 2, 3, 4]);
        var keep = new double[panel.Length];
        var draw = new int[5];
        for (var code = 0; code < 3125; code++)
        {
            for (int k = 0, rest = code; k < 5; k++, rest /= 5)
            {
                draw[k] = rest % 5;
            }

            var winner = Winner(draw);
            for (var p = 0; p < panel.Length; p++)
            {
                // Tier 0 for the original winner, no tier for the others.
                keep[p] += (p == original) == (winner == p) ? 1.0 / 3125 : 0;
            }
        }

        return keep;
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
