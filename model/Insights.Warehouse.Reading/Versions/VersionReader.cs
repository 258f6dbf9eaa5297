using System.Globalization;
using DuckDB.NET.Data;
using static Insights.Warehouse.Reading.WarehouseCommands;

namespace Insights.Warehouse.Reading.Versions;

/// <summary>
/// Reads which data the warehouse holds: its newest current batch, the source files it has landed (by SHA-256) and
/// whether analyze has written into it. Unlike <see cref="Reports.ReportReader.Version"/> (the newest batch of any
/// kind, for a report's footer) these look at current batches only. Stateless: the caller owns the connection.
/// </summary>
public static class VersionReader
{
    /// <summary>The newest current batch by load time.</summary>
    /// <param name="connection">An open connection.</param>
    /// <returns>The batch; an empty id and no load time when no batch is current.</returns>
    public static CurrentBatch Current(DuckDBConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        // An aggregate always gives one row, also over no current batch.
        return Rows(connection, "SELECT coalesce(max_by(batch_id, loaded_at), ''), max(loaded_at) FROM etl_batch WHERE is_current",
            r => new CurrentBatch(r.GetString(0), r.IsDBNull(1) ? null : r.GetDateTime(1))).Single();
    }

    /// <summary>Whether an analyze run has written its results into the warehouse (any season).</summary>
    /// <param name="connection">An open connection.</param>
    /// <returns>True when analytics_run has a row; false when it is empty or missing.</returns>
    public static bool AnyAnalysis(DuckDBConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        // Every build creates analytics_run (empty); older warehouses may lack the table.
        return HasTable(connection, "analytics_run")
            && Rows(connection, "SELECT count(*) FROM analytics_run", r => Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture)).Single() > 0;
    }

    /// <summary>The SHA-256 of every source file the warehouse has a batch of, current or superseded.</summary>
    /// <param name="connection">An open connection.</param>
    /// <returns>The hashes as stored (hexadecimal), each once, in no particular order.</returns>
    public static IReadOnlyList<string> SourceHashes(DuckDBConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return Rows(connection, "SELECT DISTINCT source_sha256 FROM etl_batch WHERE source_sha256 IS NOT NULL", r => r.GetString(0));
    }

    /// <summary>Whether the warehouse has a table of that name.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="table">The table name.</param>
    /// <returns>True when information_schema lists it.</returns>
    public static bool HasTable(DuckDBConnection connection, string table)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentException.ThrowIfNullOrEmpty(table);
        return Rows(connection, "SELECT count(*) FROM information_schema.tables WHERE table_name = $name",
            r => Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture), ("name", table)).Single() > 0;
    }
}
