using DuckDB.NET.Data;
using Insights.Analytics.Pipeline;
using Insights.Analytics.Pipeline.Output;
using Insights.Analytics.Pipeline.Season;
using Insights.Analytics.Pipeline.Units;
using Insights.Analytics.Pipeline.Warehouse;
using Insights.Analytics.Tests.Support;
using Insights.Ingest.Lake;
using Insights.Ingest.Pipeline;
using Insights.Warehouse.Building;

namespace Insights.Analytics.Tests.Pipeline;

/// <summary>
/// An outside two-stage competition (<see cref="OutsideCompetition"/>: long CSV with reconsidered marks and the
/// competition's standardized marks, a separate awards file, a rules file) through the real ingest, warehouse build
/// and analyze: the stage plan comes from the rules file, every awarded project gets its award robustness and margin,
/// the stages are linked, the published awards are checked against the rule, reconsideration is reported and only
/// the marks that counted are analysed. Without the rules file the tiers are inferred from the published awards.
/// </summary>
public sealed class OutsideCompetitionTests : IDisposable
{
    private static readonly byte[] s_key = "outside-tests-key-0123456789abcd"u8.ToArray();
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"insights-outside-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task Two_stage_competition_with_rules_gets_the_whole_analysis()
    {
        var (competition, warehouse) = await LandAsync(rules: true);
        using (var connection = Open(warehouse))
        {
            Assert.Equal(
                ["stage1|1|advance|rules_file|24", "stage2|2|award|rules_file|"],
                Strings(connection, "SELECT stage || '|' || stage_order || '|' || decides || '|' || rule_source || '|' || coalesce(CAST(advance_count AS VARCHAR), '') FROM dim_stage WHERE season = 'OUT-2023' ORDER BY stage_order"));
            // Every mark landed; the four reconsidered marks are kept beside the originals, and only the later ones count.
            Assert.Equal((2 * ((100 * 5) + (24 * 3))) + 4, Scalar(connection, "SELECT count(*) FROM fact_mark"));
            Assert.Equal(2 * ((100 * 5) + (24 * 3)), Scalar(connection, "SELECT count(*) FROM fact_score"));
            Assert.Equal(4, Scalar(connection, "SELECT count(*) FROM fact_score WHERE round = 1"));

            // Reconsideration: each reconsidered project's stage-1 mean moves by (new − old) / 5, by hand.
            foreach (var r in competition.Reconsidered)
            {
                var change = ScalarDouble(connection, $"SELECT score_change FROM mart_reconsideration WHERE stage = 'stage1' AND project_id = '{r.Project}'");
                Assert.Equal((r.To - r.From) / 5, change, 9);
            }
        }

        var result = Analyse(warehouse);
        var stage2 = result.Projects.Where(p => p.Stage == "stage2").ToList();
        Assert.Equal(48, stage2.Count);
        var awarded = stage2.Where(p => p.Tier is "first" or "second" or "third").ToList();
        Assert.Equal(24, awarded.Count);
        Assert.All(awarded, p => Assert.InRange(p.ProbabilityKeepsTier, 0, 1));
        var margins = result.Margins.Where(m => m.Stage == "stage2").Select(m => m.Project).ToHashSet();
        Assert.All(awarded, p => Assert.Contains(p.Project, margins));
        Assert.All(stage2, p => Assert.NotEqual("", p.TierStandard));
        Assert.All(stage2, p => Assert.NotEqual("", p.TierFair));

        // Stage 1 sends on the top 24 of each track by the marks that counted: exactly the projects stage 2 scored.
        foreach (var track in OutsideCompetition.Tracks)
        {
            var sent = result.Projects.Where(p => p.Stage == "stage1" && p.Track == track && p.Tier == "advance").Select(p => p.Project).ToHashSet();
            Assert.True(competition.Finalists[track].SetEquals(sent), track);
        }

        // The published awards follow the rule except the swapped pair of track TA.
        var mismatches = result.Findings.Where(f => f.Kind == UnitAnalysis.AwardRuleMismatchKind).Select(f => f.Project).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { competition.Swapped.Second, competition.Swapped.Third }.Order(StringComparer.Ordinal), mismatches);
        Assert.Equal("second", stage2.Single(p => p.Project == competition.Swapped.Second).TierPublished);
        Assert.Equal("third", stage2.Single(p => p.Project == competition.Swapped.Second).Tier);

        // The stages are linked per track: the 24 projects that went on, no judge on both.
        Assert.Equal(2, result.Links.Count);
        Assert.All(result.Links, l =>
        {
            Assert.Equal(("stage1", "stage2", 24), (l.PreliminaryStage, l.Stage, l.CommonProjects));
            Assert.Empty(l.OverlapJudges);
            Assert.True(l.Spearman > 0.3, $"{l.Track}: {l.Spearman}");
        });

        // Panel reliability with the right k: five judges per stage-1 group, three per stage-2 group.
        Assert.All(result.Panels.Where(p => p.Stage == "stage1"), p => Assert.Equal(5, p.KRaters, 9));
        Assert.All(result.Panels.Where(p => p.Stage == "stage2"), p => Assert.Equal(3, p.KRaters, 9));

        // Severities: the groups share no judge and no project, so only a judge's severity relative to his group is
        // identified (summary.json says so: one graph component per group). Within groups the stage-1 estimates (harshness: the points a judge takes off) follow
        // the planted ones (5 judges on 25 projects, severity SD 4, noise SD 5).
        var judges = result.Judges.Where(j => j.Stage == "stage1").ToList();
        var group = judges.ToDictionary(j => j.Judge, j => int.Parse(j.Judge[^2..], System.Globalization.CultureInfo.InvariantCulture) / 5);
        double Centred(IEnumerable<(string Judge, double Value)> values, string judge)
        {
            var list = values.ToList();
            return list.Single(v => v.Judge == judge).Value - list.Where(v => v.Judge[..3] == judge[..3] && group[v.Judge] == group[judge]).Average(v => v.Value);
        }

        var estimated = judges.Select(j => Centred(judges.Select(x => (x.Judge, x.Severity)), j.Judge)).ToArray();
        var planted = judges.Select(j => Centred(judges.Select(x => (x.Judge, -competition.Leniency[x.Judge])), j.Judge)).ToArray();
        var within = MathNet.Numerics.Statistics.Correlation.Pearson(estimated, planted);
        Assert.True(within > 0.8, $"within-group correlation {within:0.000}");
        Assert.All(result.Units.Where(m => m.Unit.Contains("stage1", StringComparison.Ordinal)), m => Assert.Equal(4, m.Components));

        var summary = AnalysisSummary.Json(result);
        Assert.Contains("\"published_differs_from_rule\": 2", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_rules_file_the_tiers_come_from_the_published_awards()
    {
        var (_, warehouse) = await LandAsync(rules: false);
        using (var connection = Open(warehouse))
        {
            Assert.Equal(
                ["TA|first|2|awards", "TA|second|4|awards", "TA|third|6|awards", "TB|first|2|awards", "TB|second|4|awards", "TB|third|6|awards"],
                Strings(connection, "SELECT track_code || '|' || tier || '|' || tier_count || '|' || rule_source FROM dim_award_tier WHERE season = 'OUT-2023' AND stage = 'stage2' ORDER BY 1"));
        }

        var result = Analyse(warehouse);
        var awarded = result.Projects.Where(p => p.Stage == "stage2" && p.TierPublished is "first" or "second" or "third").ToList();
        Assert.Equal(24, awarded.Count);
        Assert.All(awarded, p => Assert.InRange(p.ProbabilityKeepsTier, 0, 1));
    }

    private async Task<(OutsideCompetition Competition, string Warehouse)> LandAsync(bool rules)
    {
        var export = Path.Combine(_root, rules ? "with-rules" : "without-rules");
        var competition = OutsideCompetition.Write(export, rules);
        var lake = Path.Combine(export, "lake");
        var warehouse = Path.Combine(export, "warehouse.duckdb");
        var outcomes = await new LakeIngestor(new IngestOptions(export, lake, OutsideCompetition.Season, s_key)).IngestAsync(cancellationToken: TestContext.Current.CancellationToken);
        Assert.All(outcomes, o => Assert.True(o.Status == "landed" && o.RowsQuarantined == 0, $"{o.File}: {o.Status} {o.ErrorEn}"));
        WarehouseBuilder.Build(new LakeStore(lake), warehouse);
        return (competition, warehouse);
    }

    private AnalysisResult Analyse(string warehouse)
    {
        var result = SeasonAnalysis.Run(new AnalyzeOptions(warehouse, Path.Combine(_root, "analysis"), Resamples: 200), cancellationToken: TestContext.Current.CancellationToken);
        AnalyticsWarehouse.Write(result, AnalysisSummary.Json(result));
        return result;
    }

    private static DuckDBConnection Open(string warehouse)
    {
        var connection = new DuckDBConnection($"Data Source={warehouse};ACCESS_MODE=READ_ONLY");
        connection.Open();
        return connection;
    }

    private static long Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static double ScalarDouble(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToDouble(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<string> Strings(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
