using Insights.Analytics.Robustness;
using Insights.Analytics.Severity;

namespace Insights.Analytics.Tests.Robustness;

/// <summary>
/// <see cref="AwardRobustness"/> on hand-made panels with known answers: a clear leader, an exact tie, determinism,
/// and the bootstrap estimate against the exact bootstrap distribution enumerated over all resamples.
/// </summary>
public sealed class AwardRobustnessTests
{
    // One criterion with weight 1, so a judge's total is its mark.
    private static readonly double[] s_unitWeight = [1.0];

    // Five judges (columns), four projects (rows). Project 0 is far ahead: its lowest total (95) is above every other
    // total, so in any resample its trimmed mean is the highest and it keeps first prize with probability exactly 1.
    // Projects 1 and 2 are tied: project 2's totals are project 1's with judges 0↔1 and 2↔3 swapped, so their trimmed
    // means are equal on the panel as it sat (the tie goes to the lower index: project 1 second, project 2 nothing).
    // The swap is an involution on judges and resampling is exchangeable in judges, so P(s1 > s2) = P(s2 > s1) and
    // P(project 1 keeps second) = P(project 2 stays without a tier) = P(s1 > s2) + P(s1 = s2) = ½ + ½ P(tie),
    // where P(tie) is small (it takes the resample's middle three totals to coincide as multisets).
    // Project 3 is far behind (all totals below 50) and keeps "no tier" with probability 1.
    private static readonly double[][] s_panel =
    [
        [96.0, 97.5, 95.0, 98.0, 99.0],
        [80.1, 70.2, 75.4, 72.8, 77.0],
        [70.2, 80.1, 72.8, 75.4, 77.0],
        [40.0, 45.0, 42.0, 41.0, 44.0],
    ];

    [Fact]
    public void Clear_leader_keeps_first_and_tied_pair_splits_evenly()
    {
        // The plain bootstrap: the tie probability below is computed on the unscaled totals.
        var result = AwardRobustness.Analyze(Ratings(s_panel), s_unitWeight, new TierRule([1, 1]), options: new AwardRobustnessOptions(Resamples: 4000, Seed: 5, RescaleDeviations: false));
        var p = result.Projects;
        Assert.Equal([0, 1, -1, -1], p.Select(x => x.Tier));
        Assert.Equal(1.0, p[0].ProbabilityKeepTier);
        Assert.Equal(1.0, p[0].ProbabilityAwarded);
        Assert.Equal(1.0, p[3].ProbabilityKeepTier);
        Assert.Equal(0.0, p[3].ProbabilityAwarded);

        // The pair is coupled: project 1 keeps second exactly when project 2 stays out.
        Assert.Equal(p[1].ProbabilityKeepTier, p[2].ProbabilityKeepTier);
        var expected = 0.5 + (0.5 * ExactTieProbability(s_panel[1], s_panel[2]));
        Assert.InRange(p[1].ProbabilityKeepTier, expected - 0.03, expected + 0.03);
        Assert.InRange(p[1].ProbabilityKeepTier, 0.45, 0.7);

        // Project 1 is awarded whenever it keeps second; otherwise project 2 takes second and project 1 drops out.
        Assert.Equal(p[1].ProbabilityKeepTier, p[1].ProbabilityAwarded);
        Assert.Equal(1 - p[1].ProbabilityKeepTier, p[2].ProbabilityAwarded, 12);
    }

    /// <summary>
    /// award_unstable follows the certificate: the tied pair's award (project 1, second) changes when one judge leaves
    /// (the pair's trimmed means are equal, and removing one judge breaks the tie one way or the other), so it is flagged;
    /// the clear leader and the project without a tier are not.
    /// </summary>
    [Fact]
    public void Award_unstable_when_one_judge_decides()
    {
        var result = AwardRobustness.Analyze(Ratings(s_panel), s_unitWeight, new TierRule([1, 1]), scales: [new CriterionScale(0, 100)]);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(RobustnessKinds.AwardUnstable, finding.Kind);
        Assert.Equal((1, 1, 1), (finding.Project, finding.Tier, finding.FlipJudges));
        Assert.Equal(0, result.Margins[0].FlipJudges);
        Assert.Contains("without judge", finding.MessageEn, StringComparison.Ordinal);
        Assert.Contains("仅去掉评委", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_seed_gives_identical_output()
    {
        var ratings = Ratings(s_panel);
        var fit = SeverityModel.Fit(ratings);
        var a = AwardRobustness.Analyze(ratings, s_unitWeight, new TierRule([1, 1, 1]), fit, new AwardRobustnessOptions(Resamples: 500, Seed: 42));
        var b = AwardRobustness.Analyze(ratings, s_unitWeight, new TierRule([1, 1, 1]), fit, new AwardRobustnessOptions(Resamples: 500, Seed: 42));
        var c = AwardRobustness.Analyze(ratings, s_unitWeight, new TierRule([1, 1, 1]), fit, new AwardRobustnessOptions(Resamples: 500, Seed: 43));
        Assert.Equal(a.Projects, b.Projects);
        Assert.Equal(a.Findings, b.Findings);
        Assert.Equal(a.CalibrationChanges, b.CalibrationChanges);
        Assert.NotEqual(a.Projects.Select(x => x.ProbabilityKeepTier), c.Projects.Select(x => x.ProbabilityKeepTier));
    }

    /// <summary>
    /// Three judges and four projects: the bootstrap distribution has 3³ = 27 equally likely ordered resamples.
    /// Enumerating them gives the exact probabilities, computed here without the library's ranking code (plain
    /// mean, sort by score then index); the seeded estimate at B = 20,000 (SE ≤ 0.0036) must be within 0.01.
    /// </summary>
    [Fact]
    public void Bootstrap_matches_exact_enumeration_of_27_resamples()
    {
        double[][] panel =
        [
            [70, 82, 76],
            [74, 72, 80],
            [79, 68, 75],
            [60, 85, 71],
        ];
        int[] counts = [1, 1, 1];
        var rule = new TierRule(counts, TrimExtremes: false);
        int[] Tiers(int[] draw)
        {
            var order = Enumerable.Range(0, panel.Length)
                .OrderByDescending(p => draw.Select(j => panel[p][j]).Sum() / draw.Length)
                .ThenBy(p => p)
                .ToArray();
            var tiers = Enumerable.Repeat(-1, panel.Length).ToArray();
            for (var k = 0; k < 3; k++)
            {
                tiers[order[k]] = k;
            }

            return tiers;
        }

        var original = Tiers([0, 1, 2]);
        var keep = new double[panel.Length];
        var awarded = new double[panel.Length];
        for (var a = 0; a < 3; a++)
        {
            for (var b = 0; b < 3; b++)
            {
                for (var c = 0; c < 3; c++)
                {
                    var tiers = Tiers([a, b, c]);
                    for (var p = 0; p < panel.Length; p++)
                    {
                        keep[p] += tiers[p] == original[p] ? 1.0 / 27 : 0;
                        awarded[p] += tiers[p] >= 0 ? 1.0 / 27 : 0;
                    }
                }
            }
        }

        var result = AwardRobustness.Analyze(Ratings(panel), s_unitWeight, rule, options: new AwardRobustnessOptions(Resamples: 20_000, Seed: 11, RescaleDeviations: false));
        Assert.Equal(original, result.Projects.Select(x => x.Tier));
        for (var p = 0; p < panel.Length; p++)
        {
            Assert.InRange(result.Projects[p].ProbabilityKeepTier, keep[p] - 0.01, keep[p] + 0.01);
            Assert.InRange(result.Projects[p].ProbabilityAwarded, awarded[p] - 0.01, awarded[p] + 0.01);
        }

        // The panel is built so that no probability is trivially 0 or 1 for the first three projects.
        Assert.All(keep.Take(3), k => Assert.InRange(k, 0.05, 0.95));
    }

    [Fact]
    public void Bad_options_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AwardRobustness.Analyze(Ratings(s_panel), s_unitWeight, new TierRule([1]), options: new AwardRobustnessOptions(Resamples: 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => AwardRobustness.Analyze(Ratings(s_panel), s_unitWeight, new TierRule([-1])));
    }

    [Theory]
    [InlineData(8, new[] { 1, 2, 2 })]
    [InlineData(15, new[] { 2, 3, 4 })]
    [InlineData(25, new[] { 2, 5, 8 })]
    [InlineData(30, new[] { 3, 6, 9 })]
    public void Tier_counts_follow_the_generator(int finalists, int[] expected) =>
        Assert.Equal(expected, TierRule.ForFinalists(finalists).Counts);

    /// <summary>Probability over the 5⁵ ordered resamples that the two projects' trimmed means are equal.</summary>
    private static double ExactTieProbability(double[] first, double[] second)
    {
        var ties = 0;
        var draw = new int[5];
        for (var code = 0; code < 3125; code++)
        {
            for (int k = 0, rest = code; k < 5; k++, rest /= 5)
            {
                draw[k] = rest % 5;
            }

            ties += Trimmed([.. draw.Select(j => first[j])]) == Trimmed([.. draw.Select(j => second[j])]) ? 1 : 0;
        }

        return ties / 3125.0;
    }

    private static double Trimmed(double[] totals)
    {
        Array.Sort(totals);
        return (totals[1] + totals[2] + totals[3]) / 3;
    }

    private static List<SeverityRating> Ratings(double[][] panel) =>
        [.. panel.SelectMany((row, p) => row.Select((score, j) => new SeverityRating(j, p, 0, score)))];
}
