namespace Insights.Dashboard.Suppression;

/// <summary>
/// A table of counts as published: rows × columns with row totals, column totals and a grand total, each cell
/// either shown or suppressed (for the participation tables by <see cref="LinkedSuppression"/>, over every table of
/// the season at once).
/// </summary>
/// <param name="RowLabels">Row labels.</param>
/// <param name="ColumnLabels">Column labels.</param>
/// <param name="Counts">The true counts [row, column]; never render a suppressed one.</param>
/// <param name="Suppressed">Which cells are suppressed [row, column].</param>
/// <param name="RowTotalSuppressed">Which row totals are suppressed.</param>
/// <param name="ColumnTotalSuppressed">Which column totals are suppressed.</param>
/// <param name="GrandTotalSuppressed">Whether the grand total is suppressed.</param>
public sealed record CountTable(
    IReadOnlyList<string> RowLabels,
    IReadOnlyList<string> ColumnLabels,
    long[,] Counts,
    bool[,] Suppressed,
    bool[] RowTotalSuppressed,
    bool[] ColumnTotalSuppressed,
    bool GrandTotalSuppressed)
{
    /// <summary>A table shown in full: counts that are public anyway (the award list is announced by the notice).</summary>
    /// <param name="rowLabels">Row labels.</param>
    /// <param name="columnLabels">Column labels.</param>
    /// <param name="counts">The counts [row, column].</param>
    /// <returns>The table, nothing suppressed.</returns>
    public static CountTable Public(IReadOnlyList<string> rowLabels, IReadOnlyList<string> columnLabels, long[,] counts)
    {
        ArgumentNullException.ThrowIfNull(rowLabels);
        ArgumentNullException.ThrowIfNull(columnLabels);
        ArgumentNullException.ThrowIfNull(counts);
        return new CountTable(rowLabels, columnLabels, (long[,])counts.Clone(), new bool[counts.GetLength(0), counts.GetLength(1)],
            new bool[counts.GetLength(0)], new bool[counts.GetLength(1)], false);
    }

    /// <summary>Number of rows.</summary>
    public int Rows => RowLabels.Count;

    /// <summary>Number of columns.</summary>
    public int Columns => ColumnLabels.Count;

    /// <summary>A cell as published: its count, or null when suppressed.</summary>
    /// <param name="row">Row.</param>
    /// <param name="column">Column.</param>
    /// <returns>The count or null.</returns>
    public long? Cell(int row, int column) => Suppressed[row, column] ? null : Counts[row, column];

    /// <summary>A row total as published.</summary>
    /// <param name="row">Row.</param>
    /// <returns>The total or null.</returns>
    public long? RowTotal(int row) => RowTotalSuppressed[row] ? null : Enumerable.Range(0, Columns).Sum(c => Counts[row, c]);

    /// <summary>A column total as published.</summary>
    /// <param name="column">Column.</param>
    /// <returns>The total or null.</returns>
    public long? ColumnTotal(int column) => ColumnTotalSuppressed[column] ? null : Enumerable.Range(0, Rows).Sum(r => Counts[r, column]);

    /// <summary>The grand total as published.</summary>
    /// <returns>The total or null.</returns>
    public long? GrandTotal() => GrandTotalSuppressed ? null : Counts.Cast<long>().Sum();

    /// <summary>Whether anything in the table is suppressed (the page then shows the footnote).</summary>
    public bool AnySuppressed => Suppressed.Cast<bool>().Any(s => s) || RowTotalSuppressed.Any(s => s) || ColumnTotalSuppressed.Any(s => s) || GrandTotalSuppressed;
}
