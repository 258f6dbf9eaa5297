namespace Insights.Dashboard.Suppression;

/// <summary>
/// Small-cell suppression of published counts. Primary: every count from 1 to k − 1 (cells and totals) is
/// suppressed. Complementary: a row or column whose total is shown must not have exactly one suppressed cell (it
/// could be recovered by subtraction), so the smallest other non-zero shown cell of that line is suppressed too, and
/// the total itself when no such cell exists; repeated until no line has a lone suppressed cell. Zeros are shown
/// (a zero reveals nobody). Anything derived from a suppressed count (a share, a rate) must be suppressed with it.
/// </summary>
public static class SmallCellSuppression
{
    /// <summary>Suppresses a table.</summary>
    /// <param name="rowLabels">Row labels.</param>
    /// <param name="columnLabels">Column labels.</param>
    /// <param name="counts">The counts [row, column], non-negative.</param>
    /// <param name="k">The threshold: counts 1..k − 1 are suppressed; at least 2.</param>
    /// <returns>The table as it may be published.</returns>
    /// <exception cref="ArgumentException">Shapes do not match, a count is negative or k &lt; 2.</exception>
    public static CountTable Suppress(IReadOnlyList<string> rowLabels, IReadOnlyList<string> columnLabels, long[,] counts, int k)
    {
        ArgumentNullException.ThrowIfNull(rowLabels);
        ArgumentNullException.ThrowIfNull(columnLabels);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 2);
        int rows = counts.GetLength(0), columns = counts.GetLength(1);
        if (rows != rowLabels.Count || columns != columnLabels.Count)
        {
            throw new ArgumentException($"The counts are {rows} x {columns} but there are {rowLabels.Count} row and {columnLabels.Count} column labels.", nameof(counts));
        }

        if (counts.Cast<long>().Any(c => c < 0))
        {
            throw new ArgumentException("Counts must be non-negative.", nameof(counts));
        }

        bool Small(long n) => n >= 1 && n < k;
        var cell = new bool[rows, columns];
        var rowTotal = new bool[rows];
        var columnTotal = new bool[columns];
        var rowSum = new long[rows];
        var columnSum = new long[columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                cell[r, c] = Small(counts[r, c]);
                rowSum[r] += counts[r, c];
                columnSum[c] += counts[r, c];
            }
        }

        for (var r = 0; r < rows; r++)
        {
            rowTotal[r] = Small(rowSum[r]);
        }

        for (var c = 0; c < columns; c++)
        {
            columnTotal[c] = Small(columnSum[c]);
        }

        var grand = Small(rowSum.Sum());
        bool changed;
        do
        {
            changed = false;
            for (var r = 0; r < rows; r++)
            {
                changed |= Protect(columns, c => cell[r, c], c => counts[r, c], c => cell[r, c] = true, ref rowTotal[r]);
            }

            for (var c = 0; c < columns; c++)
            {
                changed |= Protect(rows, r => cell[r, c], r => counts[r, c], r => cell[r, c] = true, ref columnTotal[c]);
            }

            // The totals form a line of their own with the grand total.
            changed |= Protect(rows, r => rowTotal[r], r => rowSum[r], r => rowTotal[r] = true, ref grand);
            changed |= Protect(columns, c => columnTotal[c], c => columnSum[c], c => columnTotal[c] = true, ref grand);
        }
        while (changed);

        return new CountTable(rowLabels, columnLabels, (long[,])counts.Clone(), cell, rowTotal, columnTotal, grand);
    }

    /// <summary>Suppresses a one-column table (a count per category with a total).</summary>
    /// <param name="labels">Category labels.</param>
    /// <param name="counts">Count per category.</param>
    /// <param name="column">The column label.</param>
    /// <param name="k">The threshold.</param>
    /// <returns>The table as it may be published.</returns>
    public static CountTable Suppress(IReadOnlyList<string> labels, IReadOnlyList<long> counts, string column, int k)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var matrix = new long[counts.Count, 1];
        for (var i = 0; i < counts.Count; i++)
        {
            matrix[i, 0] = counts[i];
        }

        return Suppress(labels, [column], matrix, k);
    }

    /// <summary>
    /// One line with a shown total: if exactly one of its cells is suppressed, suppresses the smallest other non-zero
    /// shown cell, or the total when there is none. Returns whether anything changed.
    /// </summary>
    private static bool Protect(int length, Func<int, bool> suppressed, Func<int, long> count, Action<int> suppress, ref bool totalSuppressed)
    {
        if (totalSuppressed)
        {
            return false;
        }

        var lone = -1;
        var hidden = 0;
        for (var i = 0; i < length; i++)
        {
            if (suppressed(i))
            {
                hidden++;
                lone = i;
            }
        }

        if (hidden != 1)
        {
            return false;
        }

        var partner = -1;
        for (var i = 0; i < length; i++)
        {
            if (i != lone && !suppressed(i) && count(i) > 0 && (partner < 0 || count(i) < count(partner)))
            {
                partner = i;
            }
        }

        if (partner >= 0)
        {
            suppress(partner);
        }
        else
        {
            totalSuppressed = true;
        }

        return true;
    }
}
