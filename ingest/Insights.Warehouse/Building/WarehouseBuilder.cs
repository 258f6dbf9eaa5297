using System.Globalization;
using DuckDB.NET.Data;
using Insights.Ingest.Lake;
using Insights.Model.Reference;
using Insights.Warehouse.Models;
using Insights.Warehouse.Reading;

namespace Insights.Warehouse.Building;

/// <summary>
/// Builds the DuckDB warehouse from the lake: reference tables, lake tables, the SQL models in dependency order (the
/// analytics tables among them, empty), the analysis kept from the old warehouse, then the data tests. The build writes a new file in an owner-only folder beside the warehouse
/// (<c>W.duckdb.building/</c>, with DuckDB's log and spill files) and renames it over the old one when complete, in one
/// step, so a reader (or a killed build) never sees a half-built or missing warehouse. The old warehouse's analysis of
/// a season is kept while what it read is unchanged (<see cref="AnalysisCarryOver"/>), and so are the passes of its
/// season-scoped data tests (<see cref="DataTestRunner"/>, <see cref="SeasonFingerprints"/>), so that a new batch
/// costs the data tests of the seasons it changes, not of the whole lake. The warehouse is owner-only (0600, its folder 0700
/// when the build creates it), as the lake is: DuckDB creates its files with the process's default mode.
/// </summary>
public static class WarehouseBuilder
{
    /// <summary>Builds the warehouse.</summary>
    /// <param name="lake">The lake to build from.</param>
    /// <param name="warehousePath">The DuckDB file to (re)create.</param>
    /// <param name="progress">Receives the name of each step.</param>
    /// <param name="retestAll">Runs every data test over every season, carrying no earlier pass.</param>
    public static BuildReport Build(LakeStore lake, string warehousePath, IProgress<string>? progress = null, bool retestAll = false)
    {
        var final = Path.GetFullPath(warehousePath);
        OwnerOnly.CreateDirectory(Path.GetDirectoryName(final)!);
        var folder = final + ".building";
        DeleteBuilding(folder);
        OwnerOnly.CreateDirectory(folder);
        var building = Path.Combine(folder, Path.GetFileName(final));
        var models = ModelGraph.Ordered();
        IReadOnlyList<DataTestResult> tests;
        CarriedAnalysis carried;
        IReadOnlySet<string> testsCarried;
        var timings = new List<(string Step, double Seconds)>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Step(string name)
        {
            timings.Add((name, clock.Elapsed.TotalSeconds));
            clock.Restart();
            progress?.Report(name);
        }
        try
        {
            using (var connection = new DuckDBConnection("Data Source=" + building))
            {
                connection.Open();
                // Bounded memory: DuckDB spills to disk beyond this, so a 10-million-score build stays well under 1 GB.
                DuckDbStatements.Execute(connection, "SET memory_limit = '384MB'");
                DuckDbStatements.Execute(connection, "SET preserve_insertion_order = false");
                ReferenceTables.Load(connection, ReferenceCatalog.EmbeddedSeasons().Select(ReferenceCatalog.Load));
                Step("reference");
                var views = LakeTables.Load(connection, lake);
                Step("lake");
                foreach (var model in models)
                {
                    try
                    {
                        DuckDbStatements.Execute(connection, $"CREATE {(model.IsTable ? "TABLE" : "VIEW")} {model.Name} AS\n{model.Sql}");
                    }
                    catch (DuckDBException e)
                    {
                        throw new InvalidOperationException($"模型 {model.Layer}/{model.Name}.sql 运行失败 / model {model.Layer}/{model.Name}.sql failed: {e.Message}", e);
                    }

                    Step(model.Name);
                }

                // The analysis kept first, so that the data tests check its rows too.
                carried = AnalysisCarryOver.Carry(connection, final);
                Step("analysis kept");
                var fingerprints = SeasonFingerprints.Compute(connection, views, lake.Root);
                testsCarried = retestAll ? new HashSet<string>() : SeasonFingerprints.Unchanged(final, fingerprints);
                Step("fingerprints");
                tests = DataTestRunner.Run(connection, new DataTestScope(views, lake.Root, fingerprints, testsCarried));
                Step("data tests");
                DuckDbStatements.Execute(connection, "CHECKPOINT");
                Step("checkpoint");
            }
        }
        catch
        {
            // A failed build (a full disk, say) leaves nothing behind: its space is given back at once.
            TryDelete(folder);
            throw;
        }

        OwnerOnly.Restrict(building);
        // One rename over the old file: a reader, or a kill at any moment, finds the old warehouse or the new one.
        WarehouseFiles.Replace(building, final);
        Directory.Delete(folder, recursive: true);
        return Report(final, models, tests, timings) with { AnalysisKept = carried.Kept, AnalysisStale = carried.Stale, AnalysisProblem = carried.Problem, DataTestsCarried = [.. testsCarried.Order(StringComparer.Ordinal)] };
    }

    private static BuildReport Report(string path, IReadOnlyList<SqlModel> models, IReadOnlyList<DataTestResult> tests, List<(string Step, double Seconds)> timings)
    {
        using var connection = new DuckDBConnection($"Data Source={path};ACCESS_MODE=READ_ONLY");
        connection.Open();
        // The build's own (rule) findings: the analysis kept from the old warehouse brings findings of its own.
        var findings = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT rule_id, count(*) FROM fact_finding WHERE source = 'ingest' GROUP BY rule_id ORDER BY rule_id";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                findings[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        long errors;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT count(*) FROM fact_finding WHERE source = 'ingest' AND level = 'error'";
            errors = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        var tables = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var model in models.Where(m => m.IsTable))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM {model.Name}";
            tables[model.Name] = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        return new BuildReport(path, [.. models.Select(m => m.Layer + "/" + m.Name)], tests, findings, errors, tables, timings.ToDictionary(t => t.Step, t => Math.Round(t.Seconds, 3), StringComparer.Ordinal));
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Removed by the next build.
        }
    }

    // A killed build leaves its folder (or, from builds before the folder, a .building file).
    private static void DeleteBuilding(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        DeleteDatabase(folder);
    }

    private static void DeleteDatabase(string path)
    {
        File.Delete(path);
        File.Delete(path + ".wal");
    }
}
