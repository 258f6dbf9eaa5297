using CsCheck;
using Insights.Dashboard.Suppression;

namespace Insights.Dashboard.Tests.Suppression;

/// <summary>
/// Small-cell suppression: hand-worked tables (expected cells derived in the comments) and a property test over
/// random tables: every count from 1 to k − 1 is hidden, no line with a shown total has exactly one hidden cell (which
/// subtraction would reveal), and zeros are never hidden.
/// </summary>
public sealed class SmallCellSuppressionTests
{
    [Fact]
    public void One_column_hides_the_small_count_and_its_smallest_partner()
    {
        // k = 5: 3 is small (primary); the total 42 is shown, so 3 = 42 − 12 − 7 − 20 would be recovered: the smallest
        // other non-zero cell, 7, is hidden too. 12, 20, 0 and the total stay.
        var table = SmallCellSuppression.Suppress(["a", "b", "c", "d", "e"], [12L, 3, 7, 20, 0], "n", 5);
        Assert.Equal([12L, null, null, 20L, 0L], Enumerable.Range(0, 5).Select(r => table.Cell(r, 0)));
        Assert.Equal(42, table.ColumnTotal(0));
    }

    [Fact]
    public void A_small_total_is_hidden_with_its_cells()
    {
        // Total 4 is itself small: hidden; its cells 1 and 3 are small: hidden.
        var table = SmallCellSuppression.Suppress(["a", "b"], [1L, 3], "n", 5);
        Assert.Null(table.Cell(0, 0));
        Assert.Null(table.Cell(1, 0));
        Assert.Null(table.ColumnTotal(0));
    }

    [Fact]
    public void A_lone_hidden_cell_with_only_zeros_beside_it_hides_the_total()
    {
        // k = 5, counts {{3, 12}, {0, 0}}. (0,0) = 3 is small; row 0 (total 15) then hides its partner (0,1) = 12.
        // Column 1 (total 12) now has one hidden cell and only a zero beside it: no partner, so its total is hidden.
        // Column 0's total 3 is small: hidden. Row totals 15 and 0 and the grand total 15 stay.
        long[,] counts = { { 3, 12 }, { 0, 0 } };
        var table = SmallCellSuppression.Suppress(["r0", "r1"], ["c0", "c1"], counts, 5);
        Assert.Null(table.Cell(0, 0));
        Assert.Null(table.Cell(0, 1));
        Assert.Equal([0L, 0L], [table.Cell(1, 0), table.Cell(1, 1)]);
        Assert.Null(table.ColumnTotal(0));
        Assert.Null(table.ColumnTotal(1));
        Assert.Equal([15L, 0L], [table.RowTotal(0), table.RowTotal(1)]);
        Assert.Equal(15L, table.GrandTotal());
    }

    [Fact]
    public void Two_way_table_protects_rows_and_columns()
    {
        // k = 5. Cell (0,1) = 2 is small. Row 0 (total 30) then has one hidden cell: its smallest other non-zero cell
        // (0,2) = 8 is hidden. Column 1 (total 22) has one hidden cell: its smallest other, (1,1) = 20, is hidden;
        // column 2 (total 18) now has one hidden, (0,2): (1,2) = 10 is hidden; row 1 (total 50) has (1,1) and (1,2)
        // hidden: two, safe. Everything else and every total is shown.
        long[,] counts = { { 20, 2, 8 }, { 20, 20, 10 } };
        var table = SmallCellSuppression.Suppress(["r0", "r1"], ["c0", "c1", "c2"], counts, 5);
        Assert.Equal(20L, table.Cell(0, 0));
        Assert.Null(table.Cell(0, 1));
        Assert.Null(table.Cell(0, 2));
        Assert.Equal(20L, table.Cell(1, 0));
        Assert.Null(table.Cell(1, 1));
        Assert.Null(table.Cell(1, 2));
        Assert.Equal([30L, 50L], [table.RowTotal(0), table.RowTotal(1)]);
        Assert.Equal([40L, 22L, 18L], [table.ColumnTotal(0), table.ColumnTotal(1), table.ColumnTotal(2)]);
        Assert.Equal(80L, table.GrandTotal());
    }

    [Fact]
    public void Random_tables_never_reveal_a_small_count()
    {
        var tables = Gen.Select(Gen.Int[1, 6], Gen.Int[1, 5], Gen.Int[2, 10]).SelectMany((rows, columns, k) =>
            Gen.Long[0, 30].Array[rows * columns].Select(values => (rows, columns, k, values)));
        tables.Sample(t =>
        {
            var counts = new long[t.rows, t.columns];
            for (var i = 0; i < t.values.Length; i++)
            {
                counts[i / t.columns, i % t.columns] = t.values[i];
            }

            var table = SmallCellSuppression.Suppress(
                [.. Enumerable.Range(0, t.rows).Select(r => $"r{r}")], [.. Enumerable.Range(0, t.columns).Select(c => $"c{c}")], counts, t.k);
            bool Small(long n) => n >= 1 && n < t.k;
            for (var r = 0; r < t.rows; r++)
            {
                for (var c = 0; c < t.columns; c++)
                {
                    Assert.False(Small(counts[r, c]) && table.Cell(r, c) is not null, $"small cell ({r},{c}) shown");
                    Assert.False(counts[r, c] == 0 && table.Cell(r, c) is null, $"zero ({r},{c}) hidden");
                }

                var hidden = Enumerable.Range(0, t.columns).Count(c => table.Cell(r, c) is null);
                Assert.False(table.RowTotal(r) is not null && hidden == 1, $"row {r}: one hidden cell beside a shown total");
                Assert.False(table.RowTotal(r) is { } total && Small(total), $"row {r}: small total shown");
            }

            for (var c = 0; c < t.columns; c++)
            {
                var hidden = Enumerable.Range(0, t.rows).Count(r => table.Cell(r, c) is null);
                Assert.False(table.ColumnTotal(c) is not null && hidden == 1, $"column {c}: one hidden cell beside a shown total");
                Assert.False(table.ColumnTotal(c) is { } total && Small(total), $"column {c}: small total shown");
            }

            var hiddenRowTotals = Enumerable.Range(0, t.rows).Count(r => table.RowTotal(r) is null);
            Assert.False(table.GrandTotal() is not null && hiddenRowTotals == 1, "one hidden row total beside a shown grand total");
        }, iter: 2000, seed: "0N0XIzNsQ0O2");
    }
}
