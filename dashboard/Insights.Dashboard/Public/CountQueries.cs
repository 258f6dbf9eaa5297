using DuckDB.NET.Data;
using Insights.Dashboard.Suppression;
using Insights.Warehouse.Reading;

namespace Insights.Dashboard.Public;

/// <summary>Count tables of the public pages read from the warehouse, suppressed before they leave.</summary>
internal static class CountQueries
{
    /// <summary>A one-column table from rows (label, count), suppressed at threshold k.</summary>
    /// <param name="command">A query giving (label, count) rows.</param>
    /// <param name="column">The count column's name.</param>
    /// <param name="k">The suppression threshold.</param>
    /// <returns>The suppressed table.</returns>
    public static CountTable Long(DuckDBCommand command, string column, int k)
    {
        var rows = WarehouseCommands.Rows(command, r => (Label: r.GetString(0), Count: r.GetInt64(1)));
        return SmallCellSuppression.Suppress([.. rows.Select(r => r.Label)], [.. rows.Select(r => r.Count)], column, k);
    }
}
