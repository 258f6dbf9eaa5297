using DuckDB.NET.Data;
using Insights.Warehouse.Reading;

namespace Insights.Warehouse.Building;

/// <summary>
/// Keeps the analysis of a season across a rebuild of the warehouse while what it read is unchanged: analyze stores
/// the season's input fingerprint (the model <c>analysis_input</c>) in <c>analytics_run</c>; a rebuild compares it
/// with the new warehouse's and copies the season's rows of the analytics tables and its analytics findings from the
/// old file into the new one. Seasons whose input changed are dropped and reported, so nothing stale is shown as
/// current. The old file is read through its own read-only connection (no path is written into SQL text); the rows
/// travel through DuckDB's appender into the (empty) analytics tables the build's models created, column by name, so
/// an analysis written by an older version, without some later column, is still kept (that column NULL).
/// </summary>
internal static class AnalysisCarryOver
{
    /// <summary>The tables analyze writes (one row set per season), in the order they are copied.</summary>
    internal static IReadOnlyList<string> Tables { get; } =
        ["analytics_run", "analytics_judge", "analytics_panel", "analytics_project", "analytics_margin", "analytics_finding", "analytics_power", "analytics_rasch",
         "analytics_stage_link", "analytics_unit"];

    /// <summary>Copies the unchanged seasons' analysis from <paramref name="oldWarehouse"/> into the new warehouse.</summary>
    /// <param name="building">The new warehouse, open for writing, its models and data tests done.</param>
    /// <param name="oldWarehouse">The warehouse it will replace (it need not exist).</param>
    /// <returns>The seasons kept and dropped.</returns>
    public static CarriedAnalysis Carry(DuckDBConnection building, string oldWarehouse)
    {
        if (!File.Exists(oldWarehouse))
        {
            return CarriedAnalysis.None;
        }

        // All or nothing: a failure part-way leaves the new warehouse without any of the old analysis.
        using var transaction = building.BeginTransaction();
        try
        {
            var carried = CarryInto(building, oldWarehouse);
            transaction.Commit();
            return carried;
        }
        catch (Exception e) when (e is DuckDBException or InvalidOperationException or IOException)
        {
            transaction.Rollback();
            return new CarriedAnalysis([], [], $"旧仓库的分析结果未能保留 / the old warehouse's analysis could not be kept: {e.Message}");
        }
    }

    private static CarriedAnalysis CarryInto(DuckDBConnection building, string oldWarehouse)
    {
        using var old = WarehouseCommands.OpenReadOnly(oldWarehouse);
        if (!Exists(old, "analytics_run"))
        {
            return CarriedAnalysis.None;
        }

        var analysed = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        var fingerprinted = Columns(old, "analytics_run").Contains("input_fingerprint");
        using (var command = old.CreateCommand())
        {
            command.CommandText = fingerprinted ? "SELECT season, input_fingerprint FROM analytics_run" : "SELECT season, NULL FROM analytics_run";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                analysed[reader.GetString(0)] = reader.IsDBNull(1) ? null : reader.GetString(1);
            }
        }

        if (analysed.Count == 0)
        {
            return CarriedAnalysis.None;    // nothing analysed: the input fingerprints (a scan of every score) are not needed
        }

        var current = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var command = building.CreateCommand())
        {
            command.CommandText = "SELECT season, input_fingerprint FROM analysis_input";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                current[reader.GetString(0)] = reader.GetString(1);
            }
        }

        var kept = analysed.Where(a => a.Value is not null && current.GetValueOrDefault(a.Key) == a.Value).Select(a => a.Key).ToList();
        var stale = analysed.Keys.Except(kept).ToList();
        if (kept.Count == 0)
        {
            return new CarriedAnalysis(kept, stale);
        }

        // The new warehouse has every analytics table (models/analytics), empty, with this version's columns. An old
        // table's rows go over column by column by name: a column the old analysis did not have yet stays NULL (what
        // analyze's migrations gave such rows before); a key column it lacks stops the carry-over, reported.
        foreach (var table in Tables.Where(t => Exists(old, t)))
        {
            var from = Columns(old, table);
            var to = Columns(building, table);
            var missing = KeyColumns(table).Where(k => !from.Contains(k)).ToList();
            if (to.Count == 0 || missing.Count > 0)
            {
                throw new InvalidOperationException(
                    $"旧仓库的表 {table} 缺少列 {string.Join("、", missing)} / the old warehouse's {table} lacks the columns {string.Join(", ", missing)}.");
            }

            Copy(old, building, table, [.. to.Select(c => from.Contains(c) ? c : null)], kept, "");
        }

        // The analytics findings join the rule findings the build has just made; the columns must agree by name.
        var findingColumns = Columns(building, "fact_finding");
        if (Columns(old, "fact_finding").SequenceEqual(findingColumns))
        {
            Copy(old, building, "fact_finding", [.. findingColumns], kept, " AND source = 'analytics'");
        }
        else
        {
            return new CarriedAnalysis([], analysed.Keys.ToList());
        }

        return new CarriedAnalysis(kept, stale);
    }

    /// <summary>The columns that identify a table's rows: without them the rows cannot be carried.</summary>
    private static string[] KeyColumns(string table) => table switch
    {
        "analytics_run" => ["season"],
        "analytics_finding" => ["kind", "season"],
        "analytics_stage_link" => ["season", "track_code", "from_stage", "to_stage"],
        _ => ["season", "stage", "track_code"],
    };

    /// <summary>
    /// Copies the kept seasons' rows of one table into the same table of the new warehouse, in the new table's column
    /// order: <paramref name="columns"/> names, for each new column, the old column it comes from (null: none, NULL).
    /// </summary>
    private static void Copy(DuckDBConnection from, DuckDBConnection to, string table, IReadOnlyList<string?> columns, IReadOnlyList<string> seasons, string filter)
    {
        // Table and column names come from this class's constants and DuckDB's catalog, quoted; the seasons are a parameter.
        var select = string.Join(", ", columns.Select(c => c is null ? "NULL" : Quote(c)));
        using var command = WarehouseCommands.Command(from, $"SELECT {select} FROM {table} WHERE list_contains($seasons, season){filter}", ("seasons", seasons.ToList()));
        using var reader = command.ExecuteReader();
        using var appender = to.CreateAppender(table);
        while (reader.Read())
        {
            var row = appender.CreateRow();
            for (var c = 0; c < reader.FieldCount; c++)
            {
                row = reader.IsDBNull(c) ? row.AppendNullValue() : reader.GetValue(c) switch
                {
                    string s => row.AppendValue(s),
                    bool b => row.AppendValue(b),
                    int i => row.AppendValue(i),
                    long l => row.AppendValue(l),
                    double d => row.AppendValue(d),
                    float f => row.AppendValue(f),
                    DateTime t => row.AppendValue(t),
                    decimal m => row.AppendValue(m),
                    var v => throw new InvalidOperationException($"{table}.{reader.GetName(c)}: type {v.GetType().Name} is not copied."),
                };
            }

            row.EndRow();
        }
    }

    private static string Quote(string column) => "\"" + column.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static bool Exists(DuckDBConnection connection, string table)
    {
        using var command = WarehouseCommands.Command(connection, "SELECT count(*) FROM duckdb_tables() WHERE table_name = $t AND schema_name = 'main'", ("t", table));
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private static List<string> Columns(DuckDBConnection connection, string table)
    {
        using var command = WarehouseCommands.Command(connection,
            "SELECT column_name FROM duckdb_columns() WHERE table_name = $t AND schema_name = 'main' ORDER BY column_index", ("t", table));
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
