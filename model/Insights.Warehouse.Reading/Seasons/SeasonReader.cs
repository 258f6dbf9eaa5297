using DuckDB.NET.Data;
using Insights.Warehouse.Reading.Versions;
using static Insights.Warehouse.Reading.WarehouseCommands;

namespace Insights.Warehouse.Reading.Seasons;

/// <summary>
/// Reads which seasons analyze has covered: those with a run in analytics_run, and those whose scores changed since
/// (analysis_input's fingerprint without a run of the same fingerprint). Stateless: the caller owns the connection.
/// </summary>
public static class SeasonReader
{
    /// <summary>The seasons the warehouse holds an analysis of.</summary>
    /// <param name="connection">An open connection.</param>
    /// <returns>Season ids; empty when analytics_run is empty or missing (older warehouses).</returns>
    public static IReadOnlySet<string> Analysed(DuckDBConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!VersionReader.HasTable(connection, "analytics_run"))
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        return Rows(connection, "SELECT DISTINCT season FROM analytics_run", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The seasons with scores whose analysis is missing or was made from other input (the scores changed).</summary>
    /// <param name="connection">An open connection.</param>
    /// <returns>Season ids in order.</returns>
    public static IReadOnlyList<string> Unanalysed(DuckDBConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return Rows(connection, """
            SELECT season FROM analysis_input AS a
            WHERE NOT EXISTS (SELECT 1 FROM analytics_run AS r WHERE r.season = a.season AND r.input_fingerprint = a.input_fingerprint)
            ORDER BY season
            """, r => r.GetString(0));
    }
}
