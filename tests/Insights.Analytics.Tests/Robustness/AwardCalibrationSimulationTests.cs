using Insights.Analytics.Robustness;
using Insights.Analytics.Severity;

namespace Insights.Analytics.Tests.Robustness;

/// <summary>
/// Does a predicted probability of keeping the tier hold? Simulated final roadshows with the generator's structure
/// (docs/generator.md): 8-30 finalists drawn from the top 6 % of a N(0, 1) quality, latent mark 70 + spread × 8 ×
/// quality + criterion profile (SD 4) − severity (SD 3) + noise (SD 3.5-6.5 per judge), spread e^N(0, 0.12), on the
/// 0-25/15/10 rubric as integers; 5-9 judges; the notice's tier counts. For each track the panel's tiers and the judge
/// bootstrap's P(keep tier) (plain and rescaled, B = 400) are computed, then a fresh panel of new judges scores the same
/// projects: the outcome is whether it gives the same tier. Also recorded: whether the certificate flags the award
/// (<see cref="RobustnessKinds.AwardUnstable"/>). Seeds 1-150 are the test's; seeds 1001-1150 were used to look at the
/// numbers before the assertions were written (docs/methods/robustness.md has both).
/// </summary>
public sealed class AwardCalibrationSimulationTests
{
    [Fact]
    public void Bootstrap_calibration_and_certificate_on_fresh_panels()
    {
        var s = Simulate(1, 150);
        TestContext.Current.TestOutputHelper?.WriteLine(s.Report());

        // Both bootstraps are optimistic (the observed tier was itself picked by the panel's noise); the rescaled one
        // is less so, and neither is useless (higher predictions hold more often).
        Assert.True(s.Gap(rescaled: true) < s.Gap(rescaled: false), s.Report());
        Assert.True(s.Observed(0.8, 1.01, rescaled: true) > s.Observed(0, 0.5, rescaled: true) + 0.2, s.Report());

        // Awards the certificate flags are more likely lost than kept on a fresh panel, and clearly less often kept
        // than the others (on seeds 1001-1150: 0.488 against 0.656).
        Assert.True(s.KeepRate(flagged: true) < 0.55, s.Report());
        Assert.True(s.KeepRate(flagged: true) + 0.1 < s.KeepRate(flagged: false), s.Report());
    }

    /// <summary>Outcomes of the simulation: per awarded project, the predictions, the flag and the fresh panel's verdict.</summary>
    internal sealed record Outcomes(List<(double Plain, double Rescaled, bool Flagged, bool Kept, bool OneJudge, bool OneMark)> Awards)
    {
        /// <summary>Mean prediction minus observed frequency over all awards.</summary>
        public double Gap(bool rescaled) => Awards.Average(a => rescaled ? a.Rescaled : a.Plain) - Awards.Average(a => a.Kept ? 1.0 : 0);

        /// <summary>Observed frequency of keeping the tier among awards predicted in [lo, hi).</summary>
        public double Observed(double lo, double hi, bool rescaled)
        {
            var bin = Awards.Where(a => (rescaled ? a.Rescaled : a.Plain) is var p && p >= lo && p < hi).ToList();
            return bin.Count == 0 ? double.NaN : bin.Average(a => a.Kept ? 1.0 : 0);
        }

        /// <summary>Share of flagged (or unflagged) awards that a fresh panel gives the same tier.</summary>
        public double KeepRate(bool flagged) => Awards.Where(a => a.Flagged == flagged).Select(a => a.Kept ? 1.0 : 0).DefaultIfEmpty(double.NaN).Average();

        /// <summary>The calibration table as text.</summary>
        public string Report()
        {
            var lines = new List<string> { $"{Awards.Count} awards; mean kept {Awards.Average(a => a.Kept ? 1.0 : 0):0.000}" };
            foreach (var rescaled in new[] { false, true })
            {
                lines.Add($"{(rescaled ? "rescaled" : "plain")}: mean predicted {Awards.Average(a => rescaled ? a.Rescaled : a.Plain):0.000}, gap {Gap(rescaled):+0.000;-0.000}");
                for (var lo = 0.0; lo < 1; lo += 0.2)
                {
                    var hi = lo + 0.2 + (lo >= 0.79 ? 0.01 : 0);
                    var bin = Awards.Where(a => (rescaled ? a.Rescaled : a.Plain) is var p && p >= lo && p < hi).ToList();
                    lines.Add(bin.Count == 0 ? $"  [{lo:0.0},{hi:0.0}): none" :
                        $"  [{lo:0.0},{hi:0.0}): n {bin.Count}, predicted {bin.Average(a => rescaled ? a.Rescaled : a.Plain):0.000}, kept {bin.Average(a => a.Kept ? 1.0 : 0):0.000}");
                }
            }

            lines.Add($"award_unstable: {Awards.Count(a => a.Flagged)} of {Awards.Count} flagged; fresh panel keeps flagged {KeepRate(true):0.000}, unflagged {KeepRate(false):0.000}");
            foreach (var (name, rule) in new (string, Func<(double, double, bool, bool, bool OneJudge, bool OneMark), bool>)[]
                { ("one judge", a => a.OneJudge), ("one mark", a => a.OneMark), ("both", a => a.OneJudge && a.OneMark) })
            {
                var hit = Awards.Where(a => rule(a)).ToList();
                var miss = Awards.Where(a => !rule(a)).ToList();
                lines.Add($"  {name}: {hit.Count} flagged, kept {hit.Select(a => a.Kept ? 1.0 : 0).DefaultIfEmpty(double.NaN).Average():0.000} vs {miss.Select(a => a.Kept ? 1.0 : 0).DefaultIfEmpty(double.NaN).Average():0.000}");
            }
            return string.Join('\n', lines);
        }
    }

    /// <summary>Simulates <paramref name="tracks"/> tracks from seed <paramref name="firstSeed"/> on.</summary>
    internal static Outcomes Simulate(int firstSeed, int tracks)
    {
        var awards = new List<(double, double, bool, bool, bool, bool)>();
        double[] max = [25, 15, 10];
        double[] weights = [1, 1, 1];
        CriterionScale[] scales = [new(0, 25), new(0, 15), new(0, 10)];
        for (var seed = firstSeed; seed < firstSeed + tracks; seed++)
        {
            var random = new Random(seed);
            var finalists = random.Next(8, 31);
            var judges = random.Next(5, 10);
            // Finalists: the top 6 % of N(0, 1) quality (a truncated normal beyond z = 1.555), with a criterion profile each.
            var quality = Enumerable.Range(0, finalists).Select(_ => Truncated(random, 1.555)).ToArray();
            var profile = Enumerable.Range(0, finalists).Select(_ => max.Select(_ => Normal(random)).ToArray()).ToArray();
            var rule = TierRule.ForFinalists(finalists);
            var panel = Panel(random, judges, quality, profile, max);
            var fit = SeverityModel.Fit(panel);
            var plain = AwardRobustness.Analyze(panel, weights, rule, fit, new AwardRobustnessOptions(400, seed, RescaleDeviations: false), scales: scales);
            var rescaled = AwardRobustness.Analyze(panel, weights, rule, fit, new AwardRobustnessOptions(400, seed), scales: scales);
            var fresh = Tiers(Panel(random, judges, quality, profile, max), rule);
            foreach (var p in plain.Projects.Where(p => p.Tier >= 0))
            {
                var flagged = rescaled.Findings.Any(f => f.Project == p.Project);
                var m = rescaled.Margins[p.Project];
                awards.Add((p.ProbabilityKeepTier, rescaled.Projects[p.Project].ProbabilityKeepTier, flagged, fresh[p.Project] == p.Tier,
                    m.FlipJudges == 1, m.FlipMarkPoints <= rescaled.ResidualSd));
            }
        }

        return new Outcomes(awards);
    }

    internal static List<SeverityRating> Panel(Random random, int judges, double[] quality, double[][] profile, double[] max)
    {
        var ratings = new List<SeverityRating>();
        for (var j = 0; j < judges; j++)
        {
            var severity = 3 * Normal(random);
            var noise = 3.5 + (3 * random.NextDouble());
            var spread = Math.Exp(0.12 * Normal(random));
            for (var p = 0; p < quality.Length; p++)
            {
                for (var c = 0; c < max.Length; c++)
                {
                    var level = (8 * quality[p]) + (4 * profile[p][c]);
                    var latent = 70 + (spread * level) - severity + (noise * Normal(random));
                    ratings.Add(new SeverityRating(j, p, c, Math.Clamp(Math.Round(max[c] * latent / 100, MidpointRounding.AwayFromZero), 0, max[c])));
                }
            }
        }

        return ratings;
    }

    internal static int[] Tiers(List<SeverityRating> ratings, TierRule rule)
    {
        var projects = ratings.Max(r => r.Project) + 1;
        var scores = new double[projects];
        foreach (var group in ratings.GroupBy(r => r.Project))
        {
            var totals = group.GroupBy(r => r.Judge).Select(g => g.Sum(r => r.Score)).Order().ToList();
            scores[group.Key] = totals.Skip(1).Take(totals.Count - 2).Average();
        }

        return rule.Assign(scores);
    }

    internal static double Truncated(Random random, double below)
    {
        double z;
        do
        {
            z = Normal(random);
        }
        while (z < below);
        return z;
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
