using MathNet.Numerics.LinearAlgebra;

namespace Insights.Analytics.Anomalies;

/// <summary>
/// The slope fit of one judge for <see cref="ScaleUse"/>: least squares of the judge's marks on the other judges'
/// mean with one intercept per criterion, and its CR2 cluster-robust standard error with the judge's sheets
/// (projects) as clusters.
/// </summary>
internal static class ScaleUseFit
{
    /// <summary>Fits the slope; null when there is no spread in x or no residual degree of freedom.</summary>
    /// <param name="marks">The judge's marks with the other judges' mean on the same cell.</param>
    /// <returns>The fit, or null.</returns>
    public static Result? Fit(IReadOnlyList<Mark> marks)
    {
        var means = marks.GroupBy(q => q.Criterion).ToDictionary(g => g.Key, g => (X: g.Average(q => q.X), Y: g.Average(q => q.Y), N: g.Count()));
        var m = marks.Count;
        var x = new double[m];
        var y = new double[m];
        double sxx = 0, sxy = 0, syy = 0;
        for (var i = 0; i < m; i++)
        {
            var c = means[marks[i].Criterion];
            x[i] = marks[i].X - c.X;
            y[i] = marks[i].Y - c.Y;
            sxx += x[i] * x[i];
            sxy += x[i] * y[i];
            syy += y[i] * y[i];
        }

        var freedom = m - means.Count - 1;
        if (!(sxx > 0) || freedom < 1)
        {
            return null;
        }

        var slope = sxy / sxx;
        var e = new double[m];
        for (var i = 0; i < m; i++)
        {
            e[i] = y[i] - (slope * x[i]);
        }

        // CR2: the criterion dummies and the centred x are orthogonal, so the hat matrix of a sheet's rows is
        // H_gg[i, k] = [c_i = c_k] / n_c + x_i x_k / Sxx, and the slope row of (X'X)^-1 X_g' is x_g' / Sxx.
        double meat = 0, residualSquares = 0;
        var sheets = marks.Select((q, i) => (q.Project, i)).GroupBy(q => q.Project, q => q.i).ToList();
        var sheetSquares = new List<(double Squares, int Count)>(sheets.Count);
        foreach (var sheet in sheets)
        {
            var rows = sheet.ToArray();
            var n = rows.Length;
            var residualMaker = Matrix<double>.Build.Dense(n, n, (a, b) =>
                (a == b ? 1 : 0) - (marks[rows[a]].Criterion == marks[rows[b]].Criterion ? 1.0 / means[marks[rows[a]].Criterion].N : 0) - (x[rows[a]] * x[rows[b]] / sxx));
            var evd = residualMaker.Evd(Symmetricity.Symmetric);
            var values = evd.EigenValues.Select(v => v.Real > 1e-10 ? 1 / Math.Sqrt(v.Real) : 0).ToArray();
            var adjust = evd.EigenVectors * Matrix<double>.Build.DiagonalOfDiagonalArray(values) * evd.EigenVectors.Transpose();
            var adjusted = adjust * Vector<double>.Build.Dense(n, a => e[rows[a]]);
            double u = 0, squares = 0;
            for (var a = 0; a < n; a++)
            {
                u += x[rows[a]] * adjusted[a];
                squares += e[rows[a]] * e[rows[a]];
            }

            meat += u * u;
            residualSquares += squares;
            sheetSquares.Add((squares, n));
        }

        // The residual variance per mark and the cluster-robust (delta-method) SE of its logarithm.
        var perMark = residualSquares / m;
        var g = sheetSquares.Count;
        var spreadOfSquares = sheetSquares.Sum(s => Math.Pow(s.Squares - (perMark * s.Count), 2));
        var logSe = g > 1 && perMark > 0 ? Math.Sqrt(g / (g - 1.0) * spreadOfSquares) / m / perMark : double.NaN;
        return new Result(slope, Math.Sqrt(meat) / sxx, Math.Sqrt(residualSquares / freedom / sxx), g, syy / (m - means.Count),
            Math.Sqrt(residualSquares / freedom), logSe, Math.Sqrt(2.0 / freedom));
    }

    /// <summary>A judge's mark y and the other judges' mean x on one project and criterion.</summary>
    public readonly record struct Mark(int Project, int Criterion, double X, double Y);

    /// <summary>Slope, CR2 and OLS SEs, clusters, within-criterion variance of y, residual SD, the cluster-robust and
    /// the normal-theory SE of ln(residual variance).</summary>
    public sealed record Result(double Slope, double StandardError, double OlsStandardError, int Sheets, double Variance, double ResidualSd,
        double LogResidualVarianceSe, double NormalLogResidualVarianceSe);
}
