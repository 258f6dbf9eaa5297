namespace Insights.Analytics.Severity;

/// <summary>
/// A plain Nelder–Mead simplex minimiser (reflection 1, expansion 2, contraction ½, shrink ½) for a few
/// unconstrained parameters. Bounds are handled by the caller through a change of variables.
/// </summary>
internal static class NelderMead
{
    /// <summary>Minimises <paramref name="f"/> from <paramref name="start"/>.</summary>
    /// <returns>The best point, its value, the evaluations used and whether the tolerance was met.</returns>
    public static (double[] Point, double Value, int Evaluations, bool Converged) Minimize(
        Func<double[], double> f, double[] start, double step, double tolerance, int maxEvaluations)
    {
        var n = start.Length;
        var points = new double[n + 1][];
        var values = new double[n + 1];
        var evaluations = 0;
        double Eval(double[] x)
        {
            evaluations++;
            return f(x);
        }

        for (var i = 0; i <= n; i++)
        {
            points[i] = (double[])start.Clone();
            if (i > 0)
            {
                points[i][i - 1] += step;
            }

            values[i] = Eval(points[i]);
        }

        var xTolerance = Math.Sqrt(tolerance);
        while (true)
        {
            Array.Sort(values, points);
            if (values[n] - values[0] <= tolerance && Diameter(points) <= xTolerance)
            {
                return (points[0], values[0], evaluations, true);
            }

            if (evaluations >= maxEvaluations)
            {
                return (points[0], values[0], evaluations, false);
            }

            var centroid = new double[n];
            for (var i = 0; i < n; i++)
            {
                for (var k = 0; k < n; k++)
                {
                    centroid[k] += points[i][k] / n;
                }
            }

            var reflected = Along(centroid, points[n], -1);
            var fr = Eval(reflected);
            if (fr < values[0])
            {
                var expanded = Along(centroid, points[n], -2);
                var fe = Eval(expanded);
                (points[n], values[n]) = fe < fr ? (expanded, fe) : (reflected, fr);
                continue;
            }

            if (fr < values[n - 1])
            {
                (points[n], values[n]) = (reflected, fr);
                continue;
            }

            var outside = fr < values[n];
            var contracted = outside ? Along(centroid, points[n], -0.5) : Along(centroid, points[n], 0.5);
            var fc = Eval(contracted);
            if (fc < (outside ? fr : values[n]))
            {
                (points[n], values[n]) = (contracted, fc);
                continue;
            }

            for (var i = 1; i <= n; i++)
            {
                points[i] = Along(points[0], points[i], 0.5);
                values[i] = Eval(points[i]);
            }
        }
    }

    private static double[] Along(double[] origin, double[] toward, double t)
    {
        var x = new double[origin.Length];
        for (var k = 0; k < x.Length; k++)
        {
            x[k] = origin[k] + (t * (toward[k] - origin[k]));
        }

        return x;
    }

    private static double Diameter(double[][] points)
    {
        var d = 0.0;
        for (var i = 1; i < points.Length; i++)
        {
            for (var k = 0; k < points[i].Length; k++)
            {
                d = Math.Max(d, Math.Abs(points[i][k] - points[0][k]));
            }
        }

        return d;
    }
}
