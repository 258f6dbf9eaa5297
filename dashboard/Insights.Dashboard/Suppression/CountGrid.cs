namespace Insights.Dashboard.Suppression;

/// <summary>
/// A two-way table of counts inside a <see cref="CountModel"/>: interior cells, a total per row, a total per column
/// and the grand total, all as count ids. Complementary suppressions are looked for along its rows and columns
/// (<see cref="ComplementSearch"/>); its lines are added to the model by <see cref="CountModel.Grid"/>.
/// </summary>
/// <param name="Cells">The interior cells [row, column].</param>
/// <param name="RowTotals">The total of each row.</param>
/// <param name="ColumnTotals">The total of each column.</param>
/// <param name="Total">The grand total.</param>
public sealed record CountGrid(int[,] Cells, IReadOnlyList<int> RowTotals, IReadOnlyList<int> ColumnTotals, int Total)
{
    /// <summary>Rows.</summary>
    public int Rows => Cells.GetLength(0);

    /// <summary>Columns.</summary>
    public int Columns => Cells.GetLength(1);
}
