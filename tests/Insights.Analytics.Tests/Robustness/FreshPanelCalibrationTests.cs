using Insights.Analytics.Robustness;
using Insights.Analytics.Severity;

namespace Insights.Analytics.Tests.Robustness;

/// <summary>
/// Does the fresh-panel probability hold? The simulated final roadshows of <see cref="AwardCalibrationSimulationTests"/>
/// (8-30 finalists from the top 6 % of a N(0, 1) quality, 5-9 judges with severity SD 3, noise SD 3.5-6.5 and spread
/// e^N(0, 0.12), the 0-25/15/10 rubric as integers, the notice's tier counts), grouped twelve tracks to a season: the
/// judge population is estimated from the season's twelve panels, each track's fresh-panel P(keep tier) predicted
/// (2,000 draws), then one fresh panel of new judges from the true generator scores the same projects, and the outcome
/// is whether it gives the same tier. Seeds 1-300 are the test's; seeds 5001-5300 were used to look at the numbers
/// before the assertions were written (docs/methods/robustness.md has both).
/// </summary>
public sealed class FreshPanelCalibrationTests
{
    [Fact]
    public void A_predicted_probability_holds_about_as_often_as_it_says()
    {
        var awards = Simulate(1, 300);
        var report = Report(awards);
        TestContext.Current.TestOutputHelper?.WriteLine(report);

        // Overall: the mean prediction within 0.04 of the share kept (the judge bootstrap's gap is about +0.11).
        var gap = awards.Average(a => a.Fresh) - awards.Average(a => a.Kept ? 1.0 : 0);
        Assert.True(Math.Abs(gap) < 0.04, report);
        Assert.True(Math.Abs(gap) < awards.Average(a => a.Bootstrap) - awards.Average(a => a.Kept ? 1.0 : 0), report);

        // Per bin of 0.2 with at least 100 awards: the share kept within 0.08 of the mean prediction.
        foreach (var (lo, n, predicted, kept) in Bins(awards).Where(b => b.N >= 100))
        {
            Assert.True(Math.Abs(predicted - kept) < 0.08, $"bin {lo:0.0}: n {n}, predicted {predicted:0.000}, kept {kept:0.000}\n{report}");
        }
    }

    [Fact]
    public void The_population_recovers_the_generator_and_the_predictions_are_reproducible()
    {
        // Twelve complete panels of 9 judges × 30 projects, totals in points: level SD 4, slope SD 0.15, noise SD 5
        // (hand-set, so the method-of-moments estimates must land near 16, 0.0225 and 25).
        var random = new Random(77);
        var panels = new List<double[,]>();
        for (var t = 0; t < 12; t++)
        {
            var quality = Enumerable.Range(0, 30).Select(_ => 10 * Normal(random)).ToArray();
            var totals = new double[9, 30];
            for (var j = 0; j < 9; j++)
            {
                var (level, slope) = (4 * Normal(random), 1 + (0.15 * Normal(random)));
                for (var p = 0; p < 30; p++)
                {
                    totals[j, p] = 70 + level + (slope * quality[p]) + (5 * Normal(random));
                }
            }

            panels.Add(totals);
        }

        var population = FreshPanel.Estimate(panels);
        Assert.Equal(12, population.Panels);
        Assert.Equal(108, population.NoiseSds.Count);
        Assert.InRange(population.NoiseVariance, 25 * 0.85, 25 * 1.15);
        Assert.InRange(population.SeverityVariance, 16 * 0.5, 16 * 1.6);
        Assert.InRange(population.ScaleVariance, 0.0225 * 0.4, 0.0225 * 2);

        var rule = TierRule.ForFinalists(30);
        var a = FreshPanel.Predict(panels[0], rule, population, 500, 9);
        var b = FreshPanel.Predict(panels[0], rule, population, 500, 9);
        Assert.Equal(a, b);
        Assert.All(a, o => Assert.InRange(o.ProbabilityKeepTier, 0, 1));
        // Shrinkage: every level moves towards the centre, never past it.
        var centre = Enumerable.Range(0, 30).Average(p => Enumerable.Range(0, 9).Average(j => panels[0][j, p]));
        foreach (var o in a)
        {
            var mean = Enumerable.Range(0, 9).Average(j => panels[0][j, o.Project]);
            Assert.True(Math.Abs(o.PosteriorMean - centre) <= Math.Abs(mean - centre) + 1e-9);
            Assert.True(Math.Sign(o.PosteriorMean - centre) == Math.Sign(mean - centre) || Math.Abs(mean - centre) < 1e-9);
        }

        Assert.Throws<ArgumentException>(() => FreshPanel.Predict(panels[0], rule, new PanelPopulation(0, 0, [], 0), 10, 1));
        Assert.Throws<ArgumentException>(() => FreshPanel.Predict(new double[1, 5], rule, population, 10, 1));
        Assert.Equal(0, FreshPanel.Estimate([new double[2, 10]]).Panels);
    }

    private static List<(double Fresh, double Bootstrap, bool Kept)> Simulate(int firstSeed, int tracks)
    {
        var awards = new List<(double, double, bool)>();
        double[] max = [25, 15, 10];
        double[] weights = [1, 1, 1];
        CriterionScale[] scales = [new(0, 25), new(0, 15), new(0, 10)];
        for (var season = firstSeed; season < firstSeed + tracks; season += 12)
        {
            var seasonTracks = new List<(double[,] Totals, TierRule Rule, List<SeverityRating> Panel, int[] Fresh, int Seed)>();
            for (var seed = season; seed < Math.Min(season + 12, firstSeed + tracks); seed++)
            {
                var random = new Random(seed);
                var finalists = random.Next(8, 31);
                var judges = random.Next(5, 10);
                var quality = Enumerable.Range(0, finalists).Select(_ => AwardCalibrationSimulationTests.Truncated(random, 1.555)).ToArray();
                var profile = Enumerable.Range(0, finalists).Select(_ => max.Select(_ => Normal(random)).ToArray()).ToArray();
                var rule = TierRule.ForFinalists(finalists);
                var panel = AwardCalibrationSimulationTests.Panel(random, judges, quality, profile, max);
                var fresh = AwardCalibrationSimulationTests.Tiers(AwardCalibrationSimulationTests.Panel(random, judges, quality, profile, max), rule);
                seasonTracks.Add((Totals(panel, judges, finalists), rule, panel, fresh, seed));
            }

            var population = FreshPanel.Estimate(seasonTracks.Select(t => t.Totals));
            foreach (var (totals, rule, panel, fresh, seed) in seasonTracks)
            {
                var odds = FreshPanel.Predict(totals, rule, population, 2000, seed);
                var bootstrap = AwardRobustness.Analyze(panel, weights, rule, SeverityModel.Fit(panel), new AwardRobustnessOptions(400, seed), scales: scales);
                foreach (var o in odds.Where(o => o.Tier >= 0))
                {
                    awards.Add((o.ProbabilityKeepTier, bootstrap.Projects[o.Project].ProbabilityKeepTier, fresh[o.Project] == o.Tier));
                }
            }
        }

        return awards;
    }

    private static double[,] Totals(List<SeverityRating> panel, int judges, int projects)
    {
        var totals = new double[judges, projects];
        foreach (var r in panel)
        {
            totals[r.Judge, r.Project] += r.Score;
        }

        return totals;
    }

    private static IEnumerable<(double Lo, int N, double Predicted, double Kept)> Bins(List<(double Fresh, double Bootstrap, bool Kept)> awards)
    {
        for (var lo = 0.0; lo < 0.99; lo += 0.2)
        {
            var hi = lo + 0.2 + (lo >= 0.79 ? 0.01 : 0);
            var bin = awards.Where(a => a.Fresh >= lo && a.Fresh < hi).ToList();
            if (bin.Count > 0)
            {
                yield return (lo, bin.Count, bin.Average(a => a.Fresh), bin.Average(a => a.Kept ? 1.0 : 0));
            }
        }
    }

    private static string Report(List<(double Fresh, double Bootstrap, bool Kept)> awards)
    {
        var lines = new List<string>
        {
            $"{awards.Count} awards; kept {awards.Average(a => a.Kept ? 1.0 : 0):0.000}; mean fresh-panel prediction {awards.Average(a => a.Fresh):0.000}; mean bootstrap {awards.Average(a => a.Bootstrap):0.000}",
        };
        lines.AddRange(Bins(awards).Select(b => $"  [{b.Lo:0.0},{b.Lo + 0.2:0.0}): n {b.N}, predicted {b.Predicted:0.000}, kept {b.Kept:0.000}"));
        return string.Join('\n', lines);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
