using Insights.Analytics.Bias;
using Insights.Analytics.Severity;
using Insights.Analytics.Validation;

namespace Insights.Analytics.Tests.Bias;

/// <summary>
/// Copying with noise in a sparse written review. (1) The design of docs/methods/validation.md in small: 60 projects,
/// 10 judges, each project read by the 5 least-loaded judges (a pair shares 10-17 projects), criteria 0-30/30/20/20
/// keyed as integers, mark in percent = 70 + quality (SD 10) − severity (SD 3) + sheet effect (SD 2.5, shared by a
/// sheet's criteria) + noise (SD 6; one erratic judge SD 15); judge 1 copies judge 0's percent marks on their shared
/// projects plus noise of SD 3. Seeds 1-40: every testable copy is found at the robust z of 3 and no independent pair
/// is flagged. This simulation does not produce the hard cases (its copying pairs all have robust z above 4); (2) the
/// study's own seasons do: in its planted seasons 1225-1249 four copying pairs had robust z between 3.3 and 3.7 (with
/// Fisher p below 1e-5) and were missed at the old threshold of 4. Season seed 1227 (robust z 3.4) is run through the
/// whole ingest and analysis here. The threshold 3 was chosen on the study's seeds 3000-3224, not on these.
/// </summary>
public sealed class CollusionSparseSimulationTests
{
    [Fact]
    public void Copying_with_noise_is_found_in_a_sparse_review_and_independent_pairs_are_not()
    {
        int testable = 0, foundNow = 0, foundBefore = 0, falsePairs = 0;
        for (var seed = 1; seed <= 40; seed++)
        {
            var ratings = Unit(seed);
            var fit = SeverityModel.Fit(ratings);
            var now = Collusion.Examine(ratings, fit);
            var before = Collusion.Examine(ratings, fit, new CollusionOptions(RobustZ: 4));
            if (now.Any(p => (p.JudgeA, p.JudgeB) == (0, 1)))
            {
                testable++;
            }

            foundNow += now.Any(p => p.Flagged && (p.JudgeA, p.JudgeB) == (0, 1)) ? 1 : 0;
            foundBefore += before.Any(p => p.Flagged && (p.JudgeA, p.JudgeB) == (0, 1)) ? 1 : 0;
            falsePairs += now.Count(p => p.Flagged && (p.JudgeA, p.JudgeB) != (0, 1));
        }

        var report = $"testable {testable}, found {foundNow} (robust z 3) vs {foundBefore} (robust z 4), false pairs {falsePairs}";
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        Assert.True(testable >= 36, report);
        Assert.True(foundNow >= 0.8 * testable, report);
        Assert.True(foundBefore <= foundNow, report);
        Assert.True(falsePairs <= 2, report);
    }

    [Fact]
    public async Task A_copying_pair_with_a_robust_z_of_3_4_in_a_simulated_season_is_found()
    {
        var season = SeasonSimulator.Simulate(new SimulationDesign(), "SIM-0228", 1227, 1);
        var plant = Assert.Single(season.Plants, p => p.Kind == PlantKind.Collusion);
        var work = Path.Combine(Path.GetTempPath(), $"insights-collusion-test-{Environment.ProcessId}");
        var outcome = await ValidationStudy.AnalyseAsync(season, 1, work, TestContext.Current.CancellationToken);
        var finding = Assert.Single(outcome.Findings, f => f.Kind == "collusion" && f.Track == plant.Track);
        Assert.Equal([plant.Partner, plant.Judge], finding.Judge.Split(';').Order(StringComparer.Ordinal));
        Assert.Contains("robust z = 3.4", finding.EvidenceEn, StringComparison.Ordinal);
    }

    private static List<SeverityRating> Unit(int seed)
    {
        var random = new Random(seed);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        const int projects = 60, judges = 10, criteria = 4;
        double[] max = [30, 30, 20, 20];
        var quality = Enumerable.Range(0, projects).Select(_ => 10 * Normal()).ToArray();
        var severity = Enumerable.Range(0, judges).Select(_ => 3 * Normal()).ToArray();
        var load = new int[judges];
        var ratings = new List<SeverityRating>();
        for (var p = 0; p < projects; p++)
        {
            var readers = Enumerable.Range(0, judges).OrderBy(j => load[j]).ThenBy(_ => random.Next()).Take(5).Order().ToList();
            var marks = new Dictionary<int, double[]>();
            foreach (var j in readers)
            {
                load[j]++;
                var sheet = 2.5 * Normal();
                var noise = j == judges - 1 ? 15 : 6;
                marks[j] = [.. Enumerable.Range(0, criteria).Select(_ => 70 + quality[p] - severity[j] + sheet + (noise * Normal()))];
            }

            if (marks.TryGetValue(0, out var original) && marks.ContainsKey(1))
            {
                marks[1] = [.. original.Select(m => m + (3 * Normal()))];
            }

            foreach (var (j, m) in marks)
            {
                for (var c = 0; c < criteria; c++)
                {
                    // Percent of the criterion's range, keyed as an integer on its own scale, back to percent for the fit.
                    ratings.Add(new SeverityRating(j, p, c, 100 * Math.Clamp(Math.Round(max[c] * m[c] / 100), 0, max[c]) / max[c]));
                }
            }
        }

        return ratings;
    }
}
