namespace Insights.Warehouse.Reading.Reports;

/// <summary>
/// One complete panel's marks as residuals of the additive fit: x_jp − (judge mean + project mean − grand mean) on the
/// judge × project matrix of criterion-averaged marks, so that a cell shows how far a judge's mark for a project lies
/// from what his general level and the project's explain (halo, favouritism and copying show up as patterns).
/// </summary>
/// <param name="Stage">The stage.</param>
/// <param name="Judges">Judge ids (rows).</param>
/// <param name="Projects">Project ids (columns).</param>
/// <param name="Residuals">Residual per [judge, project].</param>
public sealed record ResidualMatrix(string Stage, IReadOnlyList<string> Judges, IReadOnlyList<string> Projects, double[,] Residuals)
{
    /// <summary>The residuals of a complete matrix; null when a cell is missing (sparse panels have no such fit).</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="judges">Row ids.</param>
    /// <param name="projects">Column ids.</param>
    /// <param name="marks">Criterion-averaged mark per [judge, project]; NaN where missing.</param>
    /// <returns>The residual matrix, or null.</returns>
    public static ResidualMatrix? FromMarks(string stage, IReadOnlyList<string> judges, IReadOnlyList<string> projects, double[,] marks)
    {
        ArgumentNullException.ThrowIfNull(marks);
        int rows = marks.GetLength(0), columns = marks.GetLength(1);
        if (rows < 2 || columns < 2 || marks.Cast<double>().Any(double.IsNaN))
        {
            return null;
        }

        var rowMean = new double[rows];
        var columnMean = new double[columns];
        var grand = 0.0;
        for (var j = 0; j < rows; j++)
        {
            for (var p = 0; p < columns; p++)
            {
                rowMean[j] += marks[j, p] / columns;
                columnMean[p] += marks[j, p] / rows;
                grand += marks[j, p] / (rows * columns);
            }
        }

        var residuals = new double[rows, columns];
        for (var j = 0; j < rows; j++)
        {
            for (var p = 0; p < columns; p++)
            {
                residuals[j, p] = marks[j, p] - rowMean[j] - columnMean[p] + grand;
            }
        }

        return new ResidualMatrix(stage, judges, projects, residuals);
    }
}
