using System.Globalization;
using System.Text;
using Insights.Analytics.Pipeline;
using Insights.Analytics.Pipeline.Output;
using Insights.Analytics.Pipeline.Season;
using Insights.Analytics.Tests.Support;
using Insights.Generator;

namespace Insights.Analytics.Tests.Pipeline;

/// <summary>
/// How the planted judges of the generated seasons (seeds 7, 11, 13; the warehouses <see cref="AnalyzeRecoveryTests"/>
/// shares) rank by judges.csv's anomaly_score against the ordinary judges of their own unit. Planted: the lenient,
/// harsh, central-tendency, halo, favouritism and drifting judges, both judges of the copying pair, and every judge
/// with a planted typo (truth/planted.csv); the generator plants them all in a track's written review (the drifting
/// judge may also sit on an on-site panel, as an ordinary judge there), so only written-review units are measured.
/// Ordinary: every other judge of those units.
/// </summary>
public sealed class AnomalyScoreRecoveryTests
{
    private static readonly ulong[] s_seeds = [7, 11, 13];

    [Fact]
    public async Task Planted_judges_rank_above_ordinary_judges_of_their_unit()
    {
        var runs = await Task.WhenAll(s_seeds.Select(seed => Task.Run(async () =>
        {
            var season = await GeneratedWarehouse.SharedAsync(GeneratorOptions.DefaultProjects, seed);
            var result = SeasonAnalysis.Run(new AnalyzeOptions(season.Warehouse, season.Root, WriteWarehouse: false, Parallelism: 1));
            return (Seed: seed, result.Judges, Planted: Planted(season.TruthFolder));
        })));

        var report = new StringBuilder();
        var aucs = new List<double>();
        int tops = 0, plantedJudges = 0;
        foreach (var (seed, judges, planted) in runs)
        {
            var (auc, top, total, lines) = Measure(judges, planted);
            aucs.Add(auc);
            (tops, plantedJudges) = (tops + top, plantedJudges + total);
            report.AppendLine(CultureInfo.InvariantCulture, $"seed {seed}: AUC {auc:0.000} over within-unit pairs; planted in their unit's top 10 %: {top}/{total}");
            report.Append(lines);
        }

        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        // Measured (2,500 projects): AUC 0.938, 0.932, 0.964 for seeds 7, 11, 13; in their unit's top 10 %: 9 of 13,
        // 10 of 13, 9 of 14 planted judges (28 of 40). The drifting judge (no feature measures drift) ranks 5th and 3rd
        // of 20 (seeds 11, 13; seed 7's also has a typo and ranks 1st). Typo and halo judges rank first everywhere, central-tendency and
        // favouritism judges first or second, lenient and harsh judges 1st to 5th; the copying pairs rank 3rd to 8th
        // (each partner sits among the other judges the held-out PCA is fitted on and masks the other). Asserted with
        // a margin below the measured values: AUC > 0.85 per seed and at least 60 % of the planted judges in the top 10 %.
        Assert.All(aucs, auc => Assert.True(auc > 0.85, report.ToString()));
        Assert.True(tops >= 0.6 * plantedJudges, report.ToString());
    }

    /// <summary>Per seed: the AUC over (planted, ordinary) pairs of the same unit, and the planted judges in the top 10 % of their unit.</summary>
    private static (double Auc, int Top, int Total, string Lines) Measure(IReadOnlyList<JudgeRow> judges, Dictionary<(string Track, string Judge), string> planted)
    {
        double wins = 0;
        long pairs = 0;
        int top = 0, total = 0;
        var lines = new StringBuilder();
        foreach (var unit in judges.Where(j => j.Stage == "preliminary_written").GroupBy(j => j.Track).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var rows = unit.ToList();
            var positives = rows.Where(j => planted.ContainsKey((j.Track, j.Judge))).ToList();
            if (positives.Count == 0)
            {
                continue;
            }

            var negatives = rows.Where(j => !planted.ContainsKey((j.Track, j.Judge))).ToList();
            var ranked = rows.OrderByDescending(j => Finite(j.AnomalyScore)).ThenBy(j => j.Judge, StringComparer.Ordinal).ToList();
            var cut = (int)Math.Ceiling(0.1 * rows.Count);
            foreach (var p in positives)
            {
                foreach (var n in negatives)
                {
                    wins += Finite(p.AnomalyScore) > Finite(n.AnomalyScore) ? 1 : Finite(p.AnomalyScore) == Finite(n.AnomalyScore) ? 0.5 : 0;
                    pairs++;
                }

                var rank = ranked.IndexOf(p) + 1;
                top += rank <= cut ? 1 : 0;
                total++;
                lines.AppendLine(CultureInfo.InvariantCulture,
                    $"  {unit.Key} {p.Judge} {planted[(p.Track, p.Judge)]}: score {p.AnomalyScore:0.00}, rank {rank}/{rows.Count}");
            }

            var ordinary = negatives.Select(n => Finite(n.AnomalyScore)).Order().ToList();
            lines.AppendLine(CultureInfo.InvariantCulture,
                $"  {unit.Key}: ordinary judges' median {ordinary[ordinary.Count / 2]:0.00}, max {ordinary[^1]:0.00}");
        }

        return (pairs == 0 ? double.NaN : wins / pairs, top, total, lines.ToString());
    }

    private static double Finite(double score) => double.IsFinite(score) ? score : double.NegativeInfinity;

    /// <summary>(track, judge) → planted kinds, from truth/planted.csv (written review only).</summary>
    private static Dictionary<(string Track, string Judge), string> Planted(string truthFolder)
    {
        var planted = new Dictionary<(string, string), string>();
        foreach (var p in File.ReadLines(Path.Combine(truthFolder, "planted.csv")).Skip(1).Select(line => line.Split(',')))
        {
            var (kind, track, stage) = (p[1], p[2], p[3]);
            if (stage != "preliminary_written" || kind is not ("lenient_judge" or "harsh_judge" or "central_tendency_judge" or "halo_judge"
                or "favouritism_judge" or "copying_judges" or "typo_score" or "drift_judge"))
            {
                continue;
            }

            foreach (var judge in p[4].Split(';'))
            {
                var key = (track, judge);
                planted[key] = planted.TryGetValue(key, out var kinds) && kinds != kind ? $"{kinds}+{kind}" : kind;
            }
        }

        return planted;
    }
}
