using DuckDB.NET.Data;
using Insights.Ingest.Datasets;
using Insights.Ingest.Lake;
using Insights.Warehouse.Building;

namespace Insights.Warehouse.Tests.Building;

/// <summary>A season's fingerprint changes exactly when something a season-scoped data test reads of it changes.</summary>
public sealed class SeasonFingerprintTests
{
    private const string Root = "/lake";

    /// <summary>
    /// Proves: on a small warehouse of two seasons (reference, analytics, batch and season-drop tables, lake files),
    /// recomputing gives the same fingerprints; changing one season's analytics row, reference row, season drop or
    /// lake file list changes that season's only; a batch that names both seasons changes both when it is superseded;
    /// a table without a season column (finding kinds) changes every season's.
    /// </summary>
    [Fact]
    public void Each_input_changes_the_fingerprints_of_its_seasons_only()
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        DuckDbStatements.Execute(connection, """
            CREATE TABLE ref_track (season VARCHAR, track_code VARCHAR, name VARCHAR);
            INSERT INTO ref_track VALUES ('A', 'T01', 'x'), ('B', 'T01', 'x');
            CREATE TABLE ref_finding_kind (kind VARCHAR, name_zh VARCHAR);
            INSERT INTO ref_finding_kind VALUES ('halo', '光环');
            CREATE TABLE analytics_judge (season VARCHAR, judge_id VARCHAR, severity DOUBLE);
            INSERT INTO analytics_judge VALUES ('A', 'J1', 0.5), ('B', 'J1', 0.5);
            CREATE TABLE etl_batch (batch_id VARCHAR, seasons VARCHAR, is_current BOOLEAN);
            INSERT INTO etl_batch VALUES ('b1', 'A', true), ('b2', 'A;B', true);
            CREATE TABLE etl_season_drop (season VARCHAR, after_sequence BIGINT);
            CREATE VIEW dim_x AS SELECT 'A' AS season;
            """);
        var files = new List<LakeFile> { new("A", "/lake/dataset=score/season=A/batch=b1/part-0.parquet"), new("B", "/lake/dataset=score/season=B/batch=b2/part-0.parquet") };
        IReadOnlyDictionary<string, string> Now() => SeasonFingerprints.Compute(connection, [new LakeView("lake_score", LakeDatasets.Score, files)], Root);
        var before = Now();
        Assert.Equal(["A", "B"], before.Keys.Order());
        Assert.Equal(before, Now());

        string Changed(string sql) => ChangedBy(() => DuckDbStatements.Execute(connection, sql));
        string ChangedBy(Action change)
        {
            var old = Now();
            change();

            var now = Now();
            return string.Join(",", now.Keys.Union(old.Keys).Order(StringComparer.Ordinal).Where(s => now.GetValueOrDefault(s) != old.GetValueOrDefault(s)));
        }

        Assert.Equal("A", Changed("UPDATE analytics_judge SET severity = 0.6 WHERE season = 'A'"));
        Assert.Equal("B", Changed("UPDATE ref_track SET name = 'y' WHERE season = 'B'"));
        Assert.Equal("A,B", Changed("UPDATE ref_finding_kind SET name_zh = '光环效应'"));
        Assert.Equal("A", Changed("UPDATE etl_batch SET is_current = false WHERE batch_id = 'b1'"));
        Assert.Equal("A,B", Changed("UPDATE etl_batch SET is_current = false WHERE batch_id = 'b2'"));
        Assert.Equal("B", Changed("INSERT INTO etl_season_drop VALUES ('B', 7)"));
        Assert.Equal(string.Empty, Changed("CREATE OR REPLACE VIEW dim_x AS SELECT 'B' AS season"));   // derived views are not inputs
        Assert.Equal("B", ChangedBy(() => files.Add(new LakeFile("B", "/lake/dataset=score/season=B/batch=b3/part-0.parquet"))));
        Assert.Equal("C", Changed("INSERT INTO analytics_judge VALUES ('C', 'J9', 0)"));
    }

    /// <summary>
    /// Proves: the scope line is read from the header comments only (a <c>-- scope: season</c> inside the query's
    /// body does not make a test season-scoped), and the severity and description lines are read as before.
    /// </summary>
    [Fact]
    public void The_scope_line_is_read_from_the_header_only()
    {
        var scoped = DataTestFile.Parse("t", "-- severity: warn\n-- what it checks\n-- scope: season\nSELECT 1 AS season WHERE false;\n");
        Assert.Equal(("warn", "what it checks", true, "-- severity: warn\n-- what it checks\n-- scope: season\nSELECT 1 AS season WHERE false"), (scoped.Severity, scoped.Description, scoped.BySeason, scoped.Sql));
        var body = DataTestFile.Parse("t", "-- severity: error\n-- what it checks\nSELECT 1 AS season\n-- scope: season\nWHERE false");
        Assert.Equal(("error", false), (body.Severity, body.BySeason));
    }
}
