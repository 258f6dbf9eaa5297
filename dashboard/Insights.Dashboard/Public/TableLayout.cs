using Insights.Dashboard.Suppression;

namespace Insights.Dashboard.Public;

/// <summary>
/// Where a public table's numbers come from in the season's <see cref="CountModel"/>: the count id of each cell, row
/// total, column total and the grand total. A one-column table's row totals are its cells.
/// </summary>
/// <param name="Rows">Row labels.</param>
/// <param name="Columns">Column labels.</param>
/// <param name="Cells">Count ids [row, column].</param>
/// <param name="RowTotals">The count id of each row's total.</param>
/// <param name="ColumnTotals">The count id of each column's total.</param>
/// <param name="Total">The grand total's count id.</param>
internal sealed record TableLayout(IReadOnlyList<string> Rows, IReadOnlyList<string> Columns, int[,] Cells, IReadOnlyList<int> RowTotals, IReadOnlyList<int> ColumnTotals, int Total)
{
    /// <summary>A one-column table.</summary>
    /// <param name="rows">Row labels.</param>
    /// <param name="column">The column label.</param>
    /// <param name="cells">Each row's count id.</param>
    /// <param name="total">The total's count id.</param>
    /// <returns>The layout.</returns>
    public static TableLayout Column(IReadOnlyList<string> rows, string column, IReadOnlyList<int> cells, int total)
    {
        var grid = new int[cells.Count, 1];
        for (var r = 0; r < cells.Count; r++)
        {
            grid[r, 0] = cells[r];
        }

        return new TableLayout(rows, [column], grid, cells, [total], total);
    }

    /// <summary>Every count id the table shows.</summary>
    /// <returns>The ids.</returns>
    public IEnumerable<int> Ids() => Cells.Cast<int>().Concat(RowTotals).Concat(ColumnTotals).Append(Total);

    /// <summary>The table as published: true counts and which are hidden.</summary>
    /// <param name="model">The counts.</param>
    /// <param name="hidden">Hidden, per count id.</param>
    /// <returns>The table.</returns>
    public CountTable Table(CountModel model, IReadOnlyList<bool> hidden)
    {
        var counts = new long[Rows.Count, Columns.Count];
        var suppressed = new bool[Rows.Count, Columns.Count];
        for (var r = 0; r < Rows.Count; r++)
        {
            for (var c = 0; c < Columns.Count; c++)
            {
                counts[r, c] = model.Value(Cells[r, c]);
                suppressed[r, c] = hidden[Cells[r, c]];
            }
        }

        return new CountTable(Rows, Columns, counts, suppressed, [.. RowTotals.Select(id => hidden[id])], [.. ColumnTotals.Select(id => hidden[id])], hidden[Total]);
    }
}
