using MathNet.Numerics.LinearAlgebra;

namespace Insights.Analytics.Bias;

/// <summary>
/// Ordinary least squares of y_i = a_cell(i) + s_judge(i) + b_column(i) + e_i with one absorbed (fixed) effect per
/// cell (a project, or a project × criterion), one effect per judge and a few 0/1 bonus columns; a row carries at
/// most one bonus column. The cell effects are absorbed by taking every row's deviation from its cell mean (the
/// within transformation), so only judges + bonus columns are solved for, by a pseudo-inverse (disconnected panels
/// leave the judge effects unidentified between them, which does not touch an estimable bonus). Whatever a cell has
/// in common (its project's quality) cannot reach a bonus: the bonus is a contrast within cells.
/// </summary>
internal sealed class WithinProjectFit
{
    private readonly int[] _cell;
    private readonly int[] _judge;
    private readonly int[] _column;
    private readonly int[] _cellSize;
    private readonly Matrix<double> _inverse;
    private readonly Matrix<double> _projector;
    private readonly int _judges;

    private WithinProjectFit(int[] cell, int[] judge, int[] column, int[] cellSize, int judges, Matrix<double> inverse, Matrix<double> projector,
        double[] coefficients, double[] residuals, double residualVariance, int degreesOfFreedom)
    {
        _cell = cell;
        _judge = judge;
        _column = column;
        _cellSize = cellSize;
        _judges = judges;
        _inverse = inverse;
        _projector = projector;
        Coefficients = coefficients;
        Residuals = residuals;
        ResidualVariance = residualVariance;
        DegreesOfFreedom = degreesOfFreedom;
    }

    /// <summary>Judge effects (0 .. judges-1) then bonus columns, from the pseudo-inverse.</summary>
    public double[] Coefficients { get; }

    /// <summary>Per row: the residual (0 in cells of one row, which carry no information).</summary>
    public double[] Residuals { get; }

    /// <summary>RSS / degrees of freedom.</summary>
    public double ResidualVariance { get; }

    /// <summary>Rows in cells of two or more, minus those cells, minus the rank of the within design.</summary>
    public int DegreesOfFreedom { get; }

    /// <summary>Fits the model.</summary>
    /// <param name="cell">Per row, its cell (dense index).</param>
    /// <param name="judge">Per row, its judge (dense index below <paramref name="judges"/>).</param>
    /// <param name="column">Per row, its bonus column (below <paramref name="columns"/>) or -1.</param>
    /// <param name="y">Per row, the mark.</param>
    /// <param name="judges">Number of judges.</param>
    /// <param name="columns">Number of bonus columns.</param>
    public static WithinProjectFit Fit(int[] cell, int[] judge, int[] column, double[] y, int judges, int columns)
    {
        var n = y.Length;
        var cells = n == 0 ? 0 : cell.Max() + 1;
        var size = new int[cells];
        var sumY = new double[cells];
        foreach (var (c, i) in cell.Select((c, i) => (c, i)))
        {
            size[c]++;
            sumY[c] += y[i];
        }

        var d = judges + columns;
        var xtx = Matrix<double>.Build.Dense(d, d);
        var xty = new double[d];
        // Σ over rows of x x' and x y, then minus per cell (Σx)(Σx)' / n and (Σx)(Σy) / n: the within cross-products.
        var cellX = new Dictionary<int, double>[cells];
        for (var i = 0; i < n; i++)
        {
            if (size[cell[i]] < 2)
            {
                continue;
            }

            var map = cellX[cell[i]] ??= [];
            foreach (var a in Columns(judges, judge[i], column[i]))
            {
                map[a] = map.GetValueOrDefault(a) + 1;
                xty[a] += y[i];
                foreach (var b in Columns(judges, judge[i], column[i]))
                {
                    xtx[a, b] += 1;
                }
            }
        }

        var rowsUsed = 0;
        var cellsUsed = 0;
        for (var c = 0; c < cells; c++)
        {
            if (cellX[c] is not { } map)
            {
                continue;
            }

            rowsUsed += size[c];
            cellsUsed++;
            foreach (var (a, va) in map)
            {
                xty[a] -= va * sumY[c] / size[c];
                foreach (var (b, vb) in map)
                {
                    xtx[a, b] -= va * vb / size[c];
                }
            }
        }

        var evd = xtx.Evd(Symmetricity.Symmetric);
        var values = evd.EigenValues.Select(v => v.Real).ToArray();
        var tolerance = 1e-10 * Math.Max(1, values.Length == 0 ? 0 : values.Max());
        var inverse = Matrix<double>.Build.Dense(d, d);
        var projector = Matrix<double>.Build.Dense(d, d);
        var rank = 0;
        for (var k = 0; k < d; k++)
        {
            if (values[k] > tolerance)
            {
                var v = evd.EigenVectors.Column(k);
                inverse += v.OuterProduct(v) / values[k];
                projector += v.OuterProduct(v);
                rank++;
            }
        }

        var theta = (inverse * Vector<double>.Build.DenseOfArray(xty)).ToArray();
        var fitted = new double[n];
        for (var i = 0; i < n; i++)
        {
            fitted[i] = theta[judge[i]] + (column[i] >= 0 ? theta[judges + column[i]] : 0);
        }

        var residuals = Within(cell, size, fitted.Select((f, i) => y[i] - f).ToArray());
        var df = rowsUsed - cellsUsed - rank;
        var rss = residuals.Sum(r => r * r);
        return new WithinProjectFit(cell, judge, column, size, judges, inverse, projector, theta, residuals, df > 0 ? rss / df : double.NaN, df);
    }

    /// <summary>Whether the bonus column is estimable (its unit vector lies in the row space of the within design).</summary>
    /// <param name="bonusColumn">The bonus column.</param>
    public bool Estimable(int bonusColumn)
    {
        var a = _judges + bonusColumn;
        return Math.Abs(_projector[a, a] - 1) < 1e-8 && _inverse[a, a] > 0;
    }

    /// <summary>The (pseudo-)inverse's diagonal element of a bonus column: its variance / σ² (1 / the information
    /// Σ r² of the column residualised on every other column).</summary>
    /// <param name="bonusColumn">The bonus column.</param>
    public double VarianceFactor(int bonusColumn) => _inverse[_judges + bonusColumn, _judges + bonusColumn];

    /// <summary>
    /// Per row, the bonus column residualised on the cells, the judges and every other bonus column (Frisch–Waugh):
    /// X G e_a / G_aa in the within space, G the pseudo-inverse.
    /// </summary>
    /// <param name="bonusColumn">The bonus column (estimable).</param>
    public double[] Residualised(int bonusColumn)
    {
        var a = _judges + bonusColumn;
        var g = _inverse.Column(a);
        var gaa = g[a];
        var u = new double[_cell.Length];
        for (var i = 0; i < u.Length; i++)
        {
            u[i] = (g[_judge[i]] + (_column[i] >= 0 ? g[_judges + _column[i]] : 0)) / gaa;
        }

        return Within(_cell, _cellSize, u);
    }

    private static IEnumerable<int> Columns(int judges, int judge, int column) => column >= 0 ? [judge, judges + column] : [judge];

    /// <summary>Deviations from the cell means (0 in cells of one row).</summary>
    private static double[] Within(int[] cell, int[] size, double[] values)
    {
        var sums = new double[size.Length];
        for (var i = 0; i < values.Length; i++)
        {
            sums[cell[i]] += values[i];
        }

        return [.. values.Select((v, i) => size[cell[i]] < 2 ? 0 : v - (sums[cell[i]] / size[cell[i]]))];
    }
}
