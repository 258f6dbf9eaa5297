using DuckDB.NET.Data;
using Insights.Generator;
using Insights.Warehouse.Building;
using Insights.Warehouse.Tests.Support;

namespace Insights.Warehouse.Tests.Models;

/// <summary>
/// The label tables (ref_finding_kind, ref_rule's labels, ref_criterion, ref_committee, ref_stage) on a planted
/// season: the expected labels are the notice's (read from model/reference or written here by hand), the data test
/// that ties fact_finding's kinds to ref_finding_kind fails on a kind it does not know, and the analytics tables'
/// data tests fail on rows that break them.
/// </summary>
public sealed class ReferenceLabelTests
{
    // Every kind the analytics write (Insights.Analytics' *Kinds classes and the pipeline's constants), listed by hand.
    private static readonly string[] s_analyticsKinds =
    [
        "outlier_score", "lenient", "harsh", "central_tendency", "inconsistent", "halo", "favoritism", "favoritism_pooled",
        "collusion", "drift", "disconnected", "panel_overlap", "weak_stage_link", "rank_reversal", "award_unstable", "award_rule_mismatch",
    ];

    [Fact]
    public async Task Labels_cover_every_code_and_the_finding_kind_test_catches_an_unknown_kind()
    {
        var root = Path.Combine(TestPaths.TempRoot, $"labels-{Guid.NewGuid():N}");
        try
        {
            var export = Path.Combine(root, "export");
            SeasonFiles.Generate(new GeneratorOptions(export, Path.Combine(root, "truth"), 400, 5UL));
            await LakeRuns.LandAsync(export, Path.Combine(root, "lake"));
            var warehouse = Path.Combine(root, "warehouse.duckdb");
            var report = LakeRuns.Build(Path.Combine(root, "lake"), warehouse);

            Assert.NotEmpty(report.Findings);
            foreach (var name in (string[])["unique_ref_labels", "not_null_ref_labels", "relationship_finding_kind"])
            {
                var test = Assert.Single(report.Tests, t => t.Name == name);
                Assert.True(test.Passed, $"{name}: {string.Join("; ", test.Sample)}");
            }

            var kinds = LakeRuns.Query(warehouse, "SELECT kind FROM ref_finding_kind").Select(r => (string)r["kind"]!).ToHashSet(StringComparer.Ordinal);
            var ruleIds = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "model", "reference", "2024-JS", "rules.csv")).Skip(1)
                .Where(l => l.Length > 0).Select(l => l.Split(',')[0]).ToList();
            Assert.Equal(18, ruleIds.Count);
            Assert.All(s_analyticsKinds.Concat(ruleIds).Append("rule"), k => Assert.Contains(k, kinds));

            var rule = Assert.Single(LakeRuns.Query(warehouse, "SELECT clause, label_zh, label_en FROM ref_rule WHERE rule_id = 'R-REPRESENTATIVE-ONE-TEAM'"));
            Assert.Equal("五（一）2", rule["clause"]);
            Assert.Equal("代表多个团队", rule["label_zh"]);
            Assert.Equal("Representative in several teams", rule["label_en"]);

            var criterion = Assert.Single(LakeRuns.Query(warehouse, "SELECT name_zh, name_en FROM ref_criterion WHERE season = '2024-JS' AND criterion = 'application_value'"));
            Assert.Equal("应用价值与成效", criterion["name_zh"]);
            Assert.Equal("Application value and results", criterion["name_en"]);

            var committee = Assert.Single(LakeRuns.Query(warehouse, "SELECT city_zh, city_en FROM ref_committee WHERE season = '2024-JS' AND committee_code = 'SZ'"));
            Assert.Equal("苏州市", committee["city_zh"]);
            Assert.Equal("Suzhou", committee["city_en"]);

            var stages = LakeRuns.Query(warehouse, "SELECT stage, name_zh FROM ref_stage WHERE season = '2024-JS' ORDER BY stage_order");
            Assert.Equal(["初赛书面评审", "初赛现场评审", "决赛路演答辩"], stages.Select(s => (string)s["name_zh"]!));

            // A finding of a kind nobody labelled breaks the relationship test.
            using var connection = new DuckDBConnection("Data Source=" + warehouse);
            connection.Open();
            using (var command = connection.CreateCommand())
            {
                command.CommandText = """
                    INSERT INTO fact_finding (finding_id, kind, source, level, season) VALUES ('x', 'no_such_kind', 'analytics', 'warning', '2024-JS');
                    INSERT INTO analytics_judge (season, stage, track_code, judge_id) VALUES ('2024-JS', 'final_roadshow', 'T01', 'J1'), ('2024-JS', 'final_roadshow', 'T01', 'J1');
                    INSERT INTO analytics_power (season, stage, track_code, judge_id, kind, status) VALUES ('2024-JS', 'final_roadshow', 'T01', 'J1', 'severity', 'maybe');
                    INSERT INTO analytics_unit (season, stage, track_code, marks, judges) VALUES ('2024-JS', 'final_roadshow', 'T01', 10, 2);
                    DROP TABLE etl_data_test;
                    """;
                command.ExecuteNonQuery();
            }

            var rerun = DataTestRunner.Run(connection);
            var kind = Assert.Single(rerun, t => t.Name == "relationship_finding_kind");
            Assert.Equal(1, kind.Failures);
            Assert.Contains("no_such_kind", kind.Sample[0], StringComparison.Ordinal);
            // The analytics tables' tests, on rows written by hand: a judge twice, an unknown power status, a unit
            // without its project count.
            Assert.Equal(1, Assert.Single(rerun, t => t.Name == "unique_analytics").Failures);
            Assert.Equal(1, Assert.Single(rerun, t => t.Name == "accepted_values_analytics").Failures);
            Assert.Equal(1, Assert.Single(rerun, t => t.Name == "not_null_analytics").Failures);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
