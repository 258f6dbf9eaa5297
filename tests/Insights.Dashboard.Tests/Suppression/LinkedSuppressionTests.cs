using CsCheck;
using Insights.Dashboard.Suppression;
using Insights.Dashboard.Tests.Audit;

namespace Insights.Dashboard.Tests.Suppression;

/// <summary>
/// The linked suppression on hand-worked tables (expected cells derived in the comments) and on random two-way tables
/// with margins and public lower bounds, each checked by the test suite's own attacker (<see cref="LinearAudit"/>):
/// every count from 1 to k − 1 hidden, zeros never hidden, no hidden count narrowed under k.
/// </summary>
public sealed class LinkedSuppressionTests
{
    [Fact]
    public void One_column_hides_the_small_count_and_the_smallest_partner_that_leaves_room()
    {
        // k = 5: 3 is small (primary); with the total 42 shown it would be 42 − 12 − 7 − 20. Hidden with 7, the two add
        // up to 10 and each is at least 1: 3 could be anything from 1 to 9, width 8. 7 is the smallest partner with
        // room (7 − 1 = 6 ≥ 5 − (3 − 1)).
        var (model, cells, total) = Column([12, 3, 7, 20]);
        var hidden = LinkedSuppression.Suppress(model, 5, out var summary);
        Assert.Equal([false, true, true, false], cells.Select(c => hidden[c]));
        Assert.False(hidden[total]);
        Assert.Equal((1, 1), (summary.Primary, summary.Complementary));
        Assert.Equal(8, summary.NarrowestWidth);
    }

    [Fact]
    public void A_two_way_table_gets_the_cheapest_rectangle_that_leaves_room()
    {
        // k = 5, {{20, 2, 8}, {20, 20, 10}}: 2 is small. Rectangles through it: columns 1 and 2 with row 1 hide 8, 20
        // and 10 (cost 38; 2 can rise by min(8 − 1, 20 − 1) = 7 and fall by 1: width 8); columns 1 and 0 cost 60; the
        // row of column totals with column 2 hides 8, 22 and 18 (cost 48). The first is taken; every total stays.
        var model = new CountModel();
        long[,] values = { { 20, 2, 8 }, { 20, 20, 10 } };
        var grid = Grid(model, values);
        var hidden = LinkedSuppression.Suppress(model, 5, out _);
        Assert.Equal([false, true, true, false, true, true], grid.Cells.Cast<int>().Select(c => hidden[c]));
        Assert.All(grid.RowTotals.Concat(grid.ColumnTotals).Append(grid.Total), t => Assert.False(hidden[t]));
    }

    [Fact]
    public void Random_two_way_tables_leave_no_hidden_count_narrowed_under_k()
    {
        var tables = Gen.Select(Gen.Int[1, 5], Gen.Int[1, 5], Gen.Int[2, 6]).SelectMany((rows, columns, k) =>
            Gen.Select(Gen.Long[0, 14].Array[rows * columns], Gen.Long[0, 3].Array[rows * columns]).Select((values, awarded) => (rows, columns, k, values, awarded)));
        tables.Sample(t =>
        {
            var values = new long[t.rows, t.columns];
            for (var i = 0; i < t.values.Length; i++)
            {
                values[i / t.columns, i % t.columns] = t.values[i];
            }

            // Public lower bounds (awarded teams) never exceed the count.
            var awarded = t.awarded.Select((a, i) => Math.Min(a, t.values[i])).ToArray();

            var model = new CountModel();
            var grid = Grid(model, values);
            for (var i = 0; i < t.values.Length; i++)
            {
                model.AtLeast(grid.Cells[i / t.columns, i % t.columns], awarded[i]);
            }

            var hidden = LinkedSuppression.Suppress(model, t.k, out _);
            var ids = grid.Cells.Cast<int>().Concat(grid.RowTotals).Concat(grid.ColumnTotals).Append(grid.Total).ToList();
            Assert.All(ids, id => Assert.Equal(model.Value(id) is >= 1 and var v && v < t.k || hidden[id], hidden[id]));
            Assert.All(ids, id => Assert.False(hidden[id] && model.Value(id) == 0));

            // The test suite's attacker: the interior cells are the unknowns.
            var audit = new LinearAudit();
            var x = new int[t.rows, t.columns];
            for (var r = 0; r < t.rows; r++)
            {
                for (var c = 0; c < t.columns; c++)
                {
                    x[r, c] = audit.Variable($"{r},{c}");
                    audit.AtLeast([x[r, c]], awarded[(r * t.columns) + c]);
                }
            }

            long? Shown(int id) => hidden[id] ? null : model.Value(id);
            for (var r = 0; r < t.rows; r++)
            {
                for (var c = 0; c < t.columns; c++)
                {
                    audit.Published($"{r},{c}", [x[r, c]], Shown(grid.Cells[r, c]));
                }

                audit.Published($"row {r}", Enumerable.Range(0, t.columns).Select(c => x[r, c]), Shown(grid.RowTotals[r]));
            }

            for (var c = 0; c < t.columns; c++)
            {
                audit.Published($"column {c}", Enumerable.Range(0, t.rows).Select(r => x[r, c]), Shown(grid.ColumnTotals[c]));
            }

            audit.Published("total", x.Cast<int>(), Shown(grid.Total));
            var intervals = audit.Run();
            Assert.NotNull(intervals);
            Assert.DoesNotContain(intervals, i => i.NarrowedUnder(t.k));
        }, iter: 300);
    }

    private static (CountModel Model, List<int> Cells, int Total) Column(long[] values)
    {
        var model = new CountModel();
        var cells = values.Select(model.Add).ToList();
        var total = model.Sum(cells);
        foreach (var id in cells.Append(total))
        {
            model.Publish(id);
        }

        return (model, cells, total);
    }

    private static CountGrid Grid(CountModel model, long[,] values)
    {
        int rows = values.GetLength(0), columns = values.GetLength(1);
        var cells = new int[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                cells[r, c] = model.Add(values[r, c]);
            }
        }

        var rowTotals = Enumerable.Range(0, rows).Select(r => model.Add(Enumerable.Range(0, columns).Sum(c => values[r, c]))).ToList();
        var columnTotals = Enumerable.Range(0, columns).Select(c => model.Add(Enumerable.Range(0, rows).Sum(r => values[r, c]))).ToList();
        var grid = new CountGrid(cells, rowTotals, columnTotals, model.Add(values.Cast<long>().Sum()));
        model.Grid(grid);
        foreach (var id in cells.Cast<int>().Concat(rowTotals).Concat(columnTotals).Append(grid.Total))
        {
            model.Publish(id);
        }

        return grid;
    }
}
