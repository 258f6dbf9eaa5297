using System.Globalization;
using Insights.Analytics.Anomalies;
using Insights.Analytics.Severity;
using Insights.Analytics.Testing;
using MathNet.Numerics.Distributions;

namespace Insights.Analytics.Tests.Severity;

/// <summary>
/// <see cref="JudgeContrasts"/> and <see cref="SeverityTest"/>: the within-project severities against R's lm()
/// (ReferenceData/Severity/judge_contrasts_reference.R: marks in judge_contrasts_marks.csv, expected values in
/// judge_contrasts_expected.csv), and on simulated written reviews with sheet and day effects (seeds 50001-50400,
/// not used to choose anything): interval coverage and the error-level false-finding rate.
/// </summary>
public sealed class JudgeContrastsTests
{
    private static readonly string s_folder = Path.Combine(AppContext.BaseDirectory, "ReferenceData", "Severity");

    [Fact]
    public void MatchesLmWithinProjectContrasts()
    {
        var marks = File.ReadAllLines(Path.Combine(s_folder, "judge_contrasts_marks.csv")).Skip(1)
            .Select(l => l.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        var ratings = marks.Select(m => new SeverityRating((int)m[0], (int)m[1], (int)m[2], m[3])).ToArray();
        var contrasts = JudgeContrasts.Estimate(ratings, [0, 0], [30, 10]);
        var expected = File.ReadAllLines(Path.Combine(s_folder, "judge_contrasts_expected.csv")).Skip(1)
            .Select(l => l.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        Assert.Equal(expected.Length, contrasts.Count);
        for (var j = 0; j < expected.Length; j++)
        {
            Assert.Equal((int)expected[j][0], contrasts[j].Judge);
            Assert.Equal(expected[j][1], contrasts[j].Severity, 9);
            Assert.Equal(expected[j][2], contrasts[j].StandardError, 9);
            Assert.Equal(expected[j][3], contrasts[j].DegreesOfFreedom);
            Assert.Equal(1, contrasts[j].DesignEffect);
        }
    }

    [Fact]
    public void ProjectQualityDoesNotLeakIntoSeverity()
    {
        // Judge 0 reads only the ten best projects, judge 3 only the ten weakest; every judge marks exactly the
        // project's level (no severity, no noise): every contrast is 0 (a mean-based severity would call judge 0
        // lenient by about 30 points). Hand-made: 30 projects, levels 40..98, readers linked in a chain.
        var ratings = new List<SeverityRating>();
        for (var p = 0; p < 30; p++)
        {
            var level = 40 + (2 * p);
            int[] readers = p >= 20 ? [0, 1] : p < 10 ? [3, 2] : [1, 2];
            foreach (var j in readers)
            {
                ratings.Add(new SeverityRating(j, p, 0, level));
            }
        }

        // One noisy mark so that the residual variance is positive.
        ratings[0] = ratings[0] with { Score = ratings[0].Score + 1 };
        var contrasts = JudgeContrasts.Estimate(ratings, [0], [100]);
        Assert.All(contrasts, c => Assert.InRange(Math.Abs(c.Severity), 0, 0.2));
    }

    /// <summary>
    /// 400 written reviews (10 judges, 60 projects, 5 readers each, criteria 0-30/30/20/20; severity SD 3 %, noise
    /// SD 6 %, sheet effect SD 2.5 %, a day effect SD 2 % on each of a judge's 3-6 days, integer marks): the 95 %
    /// intervals of the severities (true value: the judge's severity minus the unit's mean) cover at 95 ± 2 %, while
    /// the same intervals without the day design effect cover less; and with BH at 0.05 within each unit, no more
    /// than 5 % of units name a judge at error level whose true |severity| is within the 10 % threshold.
    /// </summary>
    [Fact]
    public void CoverageAndFalseErrorsOnRealisticWrittenReviews()
    {
        int covered = 0, coveredNaive = 0, intervals = 0, unitsWithFalseError = 0;
        for (var seed = 50001; seed <= 50400; seed++)
        {
            var (ratings, days, severity) = WrittenReview(seed);
            var contrasts = JudgeContrasts.Estimate(ratings, [0, 0, 0, 0], [30, 30, 20, 20], days);
            var mean = severity.Average();
            foreach (var c in contrasts)
            {
                var truth = severity[c.Judge] - mean;
                intervals++;
                covered += Math.Abs(c.Severity - truth) <= 1.96 * c.StandardError ? 1 : 0;
                coveredNaive += Math.Abs(c.Severity - truth) <= 1.96 * c.StandardError / Math.Sqrt(c.DesignEffect) ? 1 : 0;
            }

            var candidates = SeverityTest.Candidates(contrasts);
            var findings = SeverityTest.Flag(candidates, FalseDiscovery.Adjust([.. candidates.Select(c => c.PValue)]),
                FalseDiscovery.Adjust([.. candidates.Select(c => c.PValueBeyond)]), 1);
            unitsWithFalseError += findings.Any(f => f.Level == AnomalyLevel.Error && Math.Abs(severity[f.Judge] - mean) <= 10) ? 1 : 0;
        }

        var coverage = covered / (double)intervals;
        Assert.InRange(coverage, 0.93, 0.97);
        Assert.True(coveredNaive < covered, $"naive {coveredNaive} vs {covered}");
        Assert.InRange(unitsWithFalseError / 400.0, 0, 0.05);
    }

    private static (SeverityRating[] Ratings, int[] Days, double[] Severity) WrittenReview(int seed)
    {
        var random = new Random(seed);
        int[] max = [30, 30, 20, 20];
        var severity = Enumerable.Range(0, 10).Select(_ => 3 * Normal.Sample(random, 0, 1)).ToArray();
        var dayOf = new Dictionary<(int, int), double>();
        var load = new int[10];
        var ratings = new List<SeverityRating>();
        var days = new List<int>();
        var judgeDays = Enumerable.Range(0, 10).Select(_ => Enumerable.Range(0, 12).OrderBy(_ => random.Next()).Take(3 + random.Next(4)).Order().ToArray()).ToArray();
        var seen = new int[10];
        for (var p = 0; p < 60; p++)
        {
            var quality = 10 * Normal.Sample(random, 0, 1);
            var readers = Enumerable.Range(0, 10).OrderBy(j => load[j]).ThenBy(_ => random.Next()).Take(5).ToArray();
            foreach (var j in readers)
            {
                load[j]++;
                var day = judgeDays[j][Math.Min(judgeDays[j].Length - 1, seen[j]++ * judgeDays[j].Length / 30)];
                if (!dayOf.TryGetValue((j, day), out var dayEffect))
                {
                    dayOf[(j, day)] = dayEffect = 2 * Normal.Sample(random, 0, 1);
                }

                var sheet = 2.5 * Normal.Sample(random, 0, 1);
                for (var c = 0; c < max.Length; c++)
                {
                    var pct = 70 + quality - severity[j] + sheet + dayEffect + (6 * Normal.Sample(random, 0, 1));
                    ratings.Add(new SeverityRating(j, p, c, Math.Clamp(Math.Round(max[c] * pct / 100), 0, max[c])));
                    days.Add(day);
                }
            }
        }

        return ([.. ratings], [.. days], severity);
    }
}
