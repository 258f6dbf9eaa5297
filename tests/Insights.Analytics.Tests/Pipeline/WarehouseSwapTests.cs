using DuckDB.NET.Data;
using Insights.Analytics.Pipeline;
using Insights.Analytics.Pipeline.Output;
using Insights.Analytics.Pipeline.Season;
using Insights.Analytics.Pipeline.Warehouse;
using Insights.Analytics.Validation;
using Insights.Ingest.Lake;
using Insights.Ingest.Pipeline;
using Insights.Warehouse.Building;

namespace Insights.Analytics.Tests.Pipeline;

/// <summary>
/// Issue 12: the warehouse is replaced by one rename (a rebuild never leaves a moment without it), analyze writes
/// aside (a reader holding the warehouse does not stop it), and a rebuild keeps the analysis of a season whose input
/// did not change while dropping (and reporting) the analysis of one whose input did. Seasons from the validation's
/// simulator (generic long CSV), small enough to ingest, build and analyse in seconds.
/// </summary>
public sealed class WarehouseSwapTests : IDisposable
{
    private static readonly byte[] s_key = "swap-tests-key-0123456789abcdef"u8.ToArray();
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"insights-swap-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task A_rebuild_keeps_an_unchanged_seasons_analysis_and_drops_a_changed_ones()
    {
        var (export, lake, warehouse) = await LandAsync(("SIM-A", 11), ("SIM-B", 12));
        Analyse(warehouse, "analysis");
        var before = Counts(warehouse);
        Assert.True(before["fact_finding"] > 0 && before["analytics_judge"] > 0, string.Join(", ", before));

        // Same lake: both seasons' analysis survives the rebuild, row for row.
        var same = WarehouseBuilder.Build(new LakeStore(lake), warehouse);
        Assert.Equal(["SIM-A", "SIM-B"], same.AnalysisKept);
        Assert.Empty(same.AnalysisStale);
        Assert.Null(same.AnalysisProblem);
        Assert.Equal(before, Counts(warehouse));
        // The data tests run on the analysis kept: its keys, levels and kinds (every kind labelled in ref_finding_kind).
        foreach (var name in (string[])["unique_analytics", "not_null_analytics", "accepted_values_analytics", "relationship_finding_kind"])
        {
            var test = Assert.Single(same.Tests, t => t.Name == name);
            Assert.True(test.Passed, $"{name}: {string.Join("; ", test.Sample)}");
        }

        // One score of SIM-B changes in its export and lands again: SIM-A is kept, SIM-B's analysis is dropped.
        var file = Path.Combine(export, "SIM-B.csv");
        var lines = await File.ReadAllLinesAsync(file, TestContext.Current.CancellationToken);
        var cells = lines[1].Split(',');
        cells[7] = (double.Parse(cells[7], System.Globalization.CultureInfo.InvariantCulture) > 50 ? "1" : "99");
        lines[1] = string.Join(',', cells);
        await File.WriteAllLinesAsync(file, lines, TestContext.Current.CancellationToken);
        await new LakeIngestor(new IngestOptions(export, lake, "SIM", s_key)).IngestAsync(cancellationToken: TestContext.Current.CancellationToken);
        var changed = WarehouseBuilder.Build(new LakeStore(lake), warehouse);
        Assert.Equal(["SIM-A"], changed.AnalysisKept);
        Assert.Equal(["SIM-B"], changed.AnalysisStale);
        var after = Counts(warehouse, "SIM-B");
        Assert.Equal(0, after["analytics_run"]);
        Assert.Equal(0, after["fact_finding"]);
        Assert.Equal(1, Counts(warehouse, "SIM-A")["analytics_run"]);
    }

    [Fact]
    public async Task A_rebuild_replaces_the_warehouse_without_deleting_it_first()
    {
        var (_, lake, warehouse) = await LandAsync(("SIM-C", 13));
        var deleted = new List<string>();
        using (var watcher = new FileSystemWatcher(Path.GetDirectoryName(warehouse)!))
        {
            watcher.Deleted += (_, e) =>
            {
                lock (deleted)
                {
                    deleted.Add(e.FullPath);
                }
            };
            watcher.EnableRaisingEvents = true;
            WarehouseBuilder.Build(new LakeStore(lake), warehouse);
            // inotify's events arrive on the watcher's thread; give them a moment (no timing is asserted).
            await Task.Delay(500, TestContext.Current.CancellationToken);
        }

        // Before the fix the build deleted the old file and then moved the new one: a kill between left none.
        lock (deleted)
        {
            Assert.DoesNotContain(warehouse, deleted);
        }

        Assert.True(File.Exists(warehouse));
        Assert.False(File.Exists(warehouse + ".building"));
    }

    [Fact]
    public async Task Analyze_writes_while_a_reader_holds_the_warehouse()
    {
        var (_, _, warehouse) = await LandAsync(("SIM-D", 14));
        using var reader = new DuckDBConnection($"Data Source={warehouse};ACCESS_MODE=READ_ONLY");
        reader.Open();
        // Before the fix analyze opened the warehouse itself for writing, which DuckDB refuses while it is open
        // read-only (in this process: "different configuration"; in the dashboard's: "Could not set lock").
        Analyse(warehouse, "analysis-d");
        Assert.Equal(0, Count(reader, "SELECT count(*) FROM analytics_run"));
        reader.Close();
        using var fresh = new DuckDBConnection($"Data Source={warehouse};ACCESS_MODE=READ_ONLY");
        fresh.Open();
        Assert.Equal(1, Count(fresh, "SELECT count(*) FROM analytics_run WHERE input_fingerprint IS NOT NULL"));
        Assert.False(File.Exists(warehouse + ".analyzing"));
    }

    [Fact]
    public async Task Stage_links_and_units_are_the_rows_of_the_summary_json()
    {
        var (_, _, warehouse) = await LandAsync(("SIM-H", 18), ("SIM-I", 19));
        Analyse(warehouse, "analysis-h");
        using var connection = new DuckDBConnection($"Data Source={warehouse};ACCESS_MODE=READ_ONLY");
        connection.Open();
        using var json = connection.CreateCommand();
        json.CommandText = "SELECT CAST(summary AS VARCHAR) FROM analytics_run WHERE season = 'SIM-H'";
        using var summary = System.Text.Json.JsonDocument.Parse((string)json.ExecuteScalar()!);
        var root = summary.RootElement;

        // What the pages parsed out of the JSON before, against the tables' rows.
        var units = root.GetProperty("units").EnumerateArray()
            .Select(u => $"{u.GetProperty("unit").GetString()}|{u.GetProperty("marks").GetInt32()}|{u.GetProperty("judges").GetInt32()}|{u.GetProperty("projects").GetInt32()}|{u.GetProperty("graph_components").GetInt32()}")
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(units.Count >= 2);
        Assert.Contains(units, u => u.StartsWith("SIM-I/", StringComparison.Ordinal));
        Assert.Equal(units, Texts(connection, "SELECT season || '/' || stage || '/' || track_code || '|' || marks || '|' || judges || '|' || projects || '|' || graph_components FROM analytics_unit"));
        var links = root.GetProperty("stage_links").EnumerateArray()
            .Select(l => $"{l.GetProperty("season").GetString()}|{l.GetProperty("track").GetString()}|{l.GetProperty("preliminary_stage").GetString()}|{l.GetProperty("stage").GetString()}|{l.GetProperty("common_projects").GetInt32()}|{string.Join(';', l.GetProperty("judges_on_both_panels").EnumerateArray().Select(j => j.GetString()))}|{l.GetProperty("rank_reversals").GetInt32()}|{l.GetProperty("pairs_compared").GetInt32()}|{(l.GetProperty("spearman").ValueKind == System.Text.Json.JsonValueKind.Number ? l.GetProperty("spearman").GetDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "")}|{string.Join('\n', l.GetProperty("notes").EnumerateArray().Select(n => n.GetString()))}")
            .Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(links);
        var rows = Rows(connection, "SELECT season, track_code, from_stage, to_stage, projects_on_both, judge_ids_on_both, rank_reversals, pairs_compared, spearman, notes, judges_on_both FROM analytics_stage_link");
        Assert.Equal(links, rows.Select(r => $"{r[0]}|{r[1]}|{r[2]}|{r[3]}|{r[4]}|{r[5]}|{r[6]}|{r[7]}|{(r[8] is double d ? d.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "")}|{r[9]}").Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal(((string)r[5]!).Length == 0 ? 0 : ((string)r[5]!).Split(';').Length, Convert.ToInt32(r[10], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task An_analysis_written_before_a_column_existed_is_kept_with_that_column_empty()
    {
        var (_, lake, warehouse) = await LandAsync(("SIM-E", 15));
        Analyse(warehouse, "analysis-e");
        var judges = Counts(warehouse)["analytics_judge"];
        using (var old = new DuckDBConnection($"Data Source={warehouse}"))
        {
            old.Open();
            // analytics_judge as analyze wrote it before anomaly_score existed.
            using var command = old.CreateCommand();
            command.CommandText = "ALTER TABLE analytics_judge DROP COLUMN anomaly_score";
            command.ExecuteNonQuery();
        }

        var rebuilt = WarehouseBuilder.Build(new LakeStore(lake), warehouse);
        Assert.Equal(["SIM-E"], rebuilt.AnalysisKept);
        Assert.Null(rebuilt.AnalysisProblem);
        using var fresh = new DuckDBConnection($"Data Source={warehouse};ACCESS_MODE=READ_ONLY");
        fresh.Open();
        Assert.True(judges > 0);
        Assert.Equal(judges, Count(fresh, "SELECT count(*) FROM analytics_judge"));
        Assert.Equal(0, Count(fresh, "SELECT count(anomaly_score) FROM analytics_judge"));
    }

    [Fact]
    public async Task An_old_analysis_without_a_key_column_is_reported_not_kept()
    {
        var (_, lake, warehouse) = await LandAsync(("SIM-F", 16));
        Analyse(warehouse, "analysis-f");
        using (var old = new DuckDBConnection($"Data Source={warehouse}"))
        {
            old.Open();
            using var command = old.CreateCommand();
            command.CommandText = "ALTER TABLE analytics_panel DROP COLUMN track_code";
            command.ExecuteNonQuery();
        }

        var rebuilt = WarehouseBuilder.Build(new LakeStore(lake), warehouse);
        Assert.Empty(rebuilt.AnalysisKept);
        Assert.Contains("analytics_panel", rebuilt.AnalysisProblem, StringComparison.Ordinal);
        Assert.Contains("track_code", rebuilt.AnalysisProblem, StringComparison.Ordinal);
        Assert.Equal(0, Counts(warehouse)["analytics_run"]);
    }

    [Fact]
    public async Task Analyze_refuses_a_warehouse_built_without_the_analytics_tables()
    {
        var (_, _, warehouse) = await LandAsync(("SIM-G", 17));
        using (var older = new DuckDBConnection($"Data Source={warehouse}"))
        {
            older.Open();
            // A warehouse built before the analytics tables were models: the build made none of them.
            using var command = older.CreateCommand();
            command.CommandText = "DROP TABLE analytics_judge; DROP TABLE analytics_rasch";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<InvalidOperationException>(() => Analyse(warehouse, "analysis-g"));
        Assert.Contains("insights ingest", error.Message, StringComparison.Ordinal);
        Assert.Contains("analytics_judge", error.Message, StringComparison.Ordinal);
        Assert.Contains("analytics_rasch", error.Message, StringComparison.Ordinal);
        Assert.Contains("重新运行", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(warehouse + ".analyzing"));
    }

    /// <summary>What `insights analyze` does: the analysis, then its tables written into the warehouse.</summary>
    private void Analyse(string warehouse, string folder)
    {
        var result = SeasonAnalysis.Run(new AnalyzeOptions(warehouse, Path.Combine(_root, folder), Resamples: 50), cancellationToken: TestContext.Current.CancellationToken);
        AnalyticsWarehouse.Write(result, AnalysisSummary.Json(result));
    }

    private async Task<(string Export, string Lake, string Warehouse)> LandAsync(params (string Season, int Seed)[] seasons)
    {
        var export = Path.Combine(_root, "export");
        Directory.CreateDirectory(export);
        foreach (var (season, seed) in seasons)
        {
            var simulated = SeasonSimulator.Simulate(new SimulationDesign { Tracks = 1 }, season, seed, 0);
            await File.WriteAllTextAsync(Path.Combine(export, season + ".csv"), simulated.Csv, TestContext.Current.CancellationToken);
        }

        var lake = Path.Combine(_root, "lake");
        var warehouse = Path.Combine(_root, "warehouse.duckdb");
        await new LakeIngestor(new IngestOptions(export, lake, "SIM", s_key)).IngestAsync(cancellationToken: TestContext.Current.CancellationToken);
        WarehouseBuilder.Build(new LakeStore(lake), warehouse);
        return (export, lake, warehouse);
    }

    private static SortedDictionary<string, long> Counts(string warehouse, string? season = null)
    {
        using var connection = new DuckDBConnection($"Data Source={warehouse};ACCESS_MODE=READ_ONLY");
        connection.Open();
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in new[] { "analytics_run", "analytics_judge", "analytics_panel", "analytics_project", "analytics_finding", "analytics_power", "analytics_stage_link", "analytics_unit" })
        {
            counts[table] = Count(connection, $"SELECT count(*) FROM {table} WHERE $season IS NULL OR season = $season", season);
        }

        counts["fact_finding"] = Count(connection, "SELECT count(*) FROM fact_finding WHERE source = 'analytics' AND ($season IS NULL OR season = $season)", season);
        return counts;
    }

    private static List<string> Texts(DuckDBConnection connection, string sql) => [.. Rows(connection, sql).Select(r => (string)r[0]!).Order(StringComparer.Ordinal)];

    private static List<object?[]> Rows(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i))]);
        }

        return rows;
    }

    private static long Count(DuckDBConnection connection, string sql, string? season = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (sql.Contains("$season", StringComparison.Ordinal))
        {
            command.Parameters.Add(new DuckDBParameter("season", season));
        }

        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
