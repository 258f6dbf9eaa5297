using System.Globalization;
using DuckDB.NET.Data;

namespace Insights.Warehouse.Building;

/// <summary>
/// The statements by which the analyze job replaces a season's analysis in the warehouse, kept with the warehouse's
/// models: the analytics tables (models/analytics, created empty by every build) lose the season's rows, the season's
/// analytics findings leave fact_finding and the new ones join it (analysis/*.sql), and analytics_run records the run
/// with the input fingerprint of analysis_input. The analyze job appends the rows themselves (DuckDB's appender).
/// Values go in as DuckDB parameters; table names are this class's constants.
/// </summary>
public static class AnalysisTables
{
    /// <summary>The tables the analyze job fills, in the order it replaces them.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "analytics_judge", "analytics_panel", "analytics_project", "analytics_margin", "analytics_finding", "analytics_power", "analytics_run", "analytics_rasch",
        "analytics_stage_link", "analytics_unit",
    ];

    /// <summary>The analytics tables the warehouse lacks (one built by a version before they were models).</summary>
    /// <param name="connection">An open connection.</param>
    /// <returns>Their names; empty when all are there.</returns>
    public static IReadOnlyList<string> Missing(DuckDBConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var missing = new List<string>();
        foreach (var table in Names)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM duckdb_tables() WHERE table_name = $table AND schema_name = 'main'";
            command.Parameters.Add(new DuckDBParameter("table", table));
            if (Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
            {
                missing.Add(table);
            }
        }

        return missing;
    }

    /// <summary>Removes a season's analysis: its rows of every analytics table and its analytics findings (the rule findings stay).</summary>
    /// <param name="connection">An open connection (in the caller's transaction).</param>
    /// <param name="season">The season.</param>
    public static void Clear(DuckDBConnection connection, string season)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentException.ThrowIfNullOrEmpty(season);
        foreach (var table in Names)
        {
            Execute(connection, $"DELETE FROM {table} WHERE season = $season", ("season", season));
        }

        Execute(connection, Sql("fact_finding_delete"), ("season", season));
    }

    /// <summary>
    /// Records a season's run in analytics_run (with what the analysis read: analysis_input's fingerprint, by which a
    /// rebuild keeps the analysis while its input is unchanged) and publishes its findings from analytics_finding into
    /// fact_finding.
    /// </summary>
    /// <param name="connection">An open connection (in the caller's transaction), with the season's analytics rows appended.</param>
    /// <param name="season">The season.</param>
    /// <param name="seed">The run's seed.</param>
    /// <param name="pooled">Whether the stages were pooled.</param>
    /// <param name="summaryJson">summary.json's text.</param>
    public static void Record(DuckDBConnection connection, string season, int seed, bool pooled, string summaryJson)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentException.ThrowIfNullOrEmpty(season);
        ArgumentNullException.ThrowIfNull(summaryJson);
        Execute(connection, "INSERT INTO analytics_run (season, seed, pooled, summary, input_fingerprint) VALUES ($season, $seed, $pooled, $summary, (SELECT input_fingerprint FROM analysis_input WHERE season = $season))",
            ("season", season), ("seed", seed), ("pooled", pooled), ("summary", summaryJson));
        Execute(connection, Sql("fact_finding_insert"), ("season", season));
    }

    /// <summary>Writes the write-ahead log into the file, so the file can be renamed over the warehouse alone.</summary>
    /// <param name="connection">An open connection.</param>
    public static void Checkpoint(DuckDBConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        Execute(connection, "CHECKPOINT");
    }

    private static void Execute(DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(name, value));
        }

        command.ExecuteNonQuery();
    }

    private static string Sql(string name)
    {
        using var stream = typeof(AnalysisTables).Assembly.GetManifestResourceStream($"analysis/{name}.sql")
            ?? throw new InvalidOperationException($"The SQL resource analysis/{name}.sql is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
