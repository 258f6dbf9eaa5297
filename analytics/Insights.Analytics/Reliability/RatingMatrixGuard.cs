namespace Insights.Analytics.Reliability;

/// <summary>
/// Argument checks shared by the reliability statistics. A rating matrix has projects
/// (targets, units) in rows and judges (raters, coders) in columns; <see cref="double.NaN"/> marks a missing score.
/// </summary>
internal static class RatingMatrixGuard
{
    /// <summary>Requires at least <paramref name="minRows"/> rows and <paramref name="minColumns"/> columns, and no infinite value.</summary>
    public static void RequireShape(double[,] scores, int minRows, int minColumns, string paramName)
    {
        ArgumentNullException.ThrowIfNull(scores, paramName);
        int rows = scores.GetLength(0), columns = scores.GetLength(1);
        if (rows < minRows || columns < minColumns)
        {
            throw new ArgumentException(
                $"The rating matrix must have at least {minRows} projects (rows) and {minColumns} judges (columns); it has {rows} x {columns}.",
                paramName);
        }

        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                if (double.IsInfinity(scores[i, j]))
                {
                    throw new ArgumentException($"The score of project {i}, judge {j} is infinite.", paramName);
                }
            }
        }
    }

    /// <summary>Requires every cell to hold a score (no <see cref="double.NaN"/>).</summary>
    public static void RequireComplete(double[,] scores, string statistic, string paramName)
    {
        for (var i = 0; i < scores.GetLength(0); i++)
        {
            for (var j = 0; j < scores.GetLength(1); j++)
            {
                if (double.IsNaN(scores[i, j]))
                {
                    throw new ArgumentException(
                        $"{statistic} needs a complete rating matrix, but the score of project {i}, judge {j} is missing (NaN). "
                        + "Drop incomplete projects or judges first, or use KrippendorffAlpha.Interval, which allows missing scores.",
                        paramName);
                }
            }
        }
    }
}
