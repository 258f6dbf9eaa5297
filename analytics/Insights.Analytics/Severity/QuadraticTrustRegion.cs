namespace Insights.Analytics.Severity;

/// <summary>
/// A derivative-free trust-region minimiser of a smooth function of two variables, in the spirit of Powell's UOBYQA:
/// a full quadratic model interpolates the function at six points, each iteration minimises the model within the
/// trust region and spends one evaluation there, and the new point replaces the interpolation point farthest from
/// the best one, so that the set contracts around the minimum and the model's Newton steps converge quickly.
/// Where the interpolation system is degenerate (four points on a line, say), five fresh points are placed around the
/// best one; where the model's step is nil while the points are still spread, a geometry step moves the farthest point
/// closer in (in the one of eight directions that keeps the system best posed).
/// </summary>
internal static class QuadraticTrustRegion
{
    private const int Points = 6;

    /// <summary>Minimises <paramref name="f"/> from <paramref name="start"/>.</summary>
    /// <param name="f">The function.</param>
    /// <param name="start">Starting point.</param>
    /// <param name="radius">Initial trust-region radius and spacing of the initial points.</param>
    /// <param name="stepTolerance">Converged when the model's step is shorter than this and the points lie within
    /// <paramref name="localRadius"/> of the best one.</param>
    /// <param name="localRadius">Largest spread of the interpolation points at convergence.</param>
    /// <param name="maxEvaluations">Evaluation budget.</param>
    /// <returns>The best point, its value, the evaluations used and whether the tolerance was met.</returns>
    public static (double[] Point, double Value, int Evaluations, bool Converged) Minimize(
        Func<double[], double> f, double[] start, double radius, double stepTolerance, double localRadius, int maxEvaluations)
    {
        var y = new double[Points][];
        var fy = new double[Points];
        double[][] offsets = [[0, 0], [1, 0], [0, 1], [-1, 0], [0, -1], [1, 1]];
        for (var k = 0; k < Points; k++)
        {
            y[k] = [start[0] + (radius * offsets[k][0]), start[1] + (radius * offsets[k][1])];
            fy[k] = f(y[k]);
        }

        var evaluations = Points;
        var delta = radius;
        while (evaluations < maxEvaluations)
        {
            var b = ArgMin(fy);
            var xb = y[b];
            var (far, spread) = Farthest(y, xb);
            if (!Fit(y, fy, xb, spread, out var g, out var h))
            {
                // Degenerate geometry (such as four points on a line): a fresh stencil around the best point.
                var fresh = Math.Max(Math.Min(delta, spread / 2), stepTolerance);
                var (oldPoint, oldValue) = (y[b], fy[b]);
                for (var k = 0; k < Points && evaluations < maxEvaluations; k++)
                {
                    if (k == 0)
                    {
                        (y[0], fy[0]) = (oldPoint, oldValue);
                    }
                    else
                    {
                        Replace(f, y, fy, k, [oldPoint[0] + (fresh * offsets[k][0]), oldPoint[1] + (fresh * offsets[k][1])], ref evaluations);
                    }
                }

                delta = fresh;
                continue;
            }

            var s = Step(g, h, delta);
            var length = Math.Sqrt((s[0] * s[0]) + (s[1] * s[1]));
            if (length <= stepTolerance && spread <= localRadius)
            {
                if (length > 0 && evaluations < maxEvaluations)
                {
                    double[] trial = [xb[0] + s[0], xb[1] + s[1]];
                    var value = f(trial);
                    evaluations++;
                    if (value < fy[b])
                    {
                        return (trial, value, evaluations, true);
                    }
                }

                return (xb, fy[b], evaluations, true);
            }

            if (length <= 1e-3 * stepTolerance)
            {
                // The model's minimum is at the best point, the points are spread: bring the farthest one in.
                delta = Math.Max(Math.Min(delta, spread / 4), stepTolerance);
                Replace(f, y, fy, far, GeometryPoint(y, far, xb, Math.Max(spread / 8, stepTolerance)), ref evaluations);
                continue;
            }

            double[] next = [xb[0] + s[0], xb[1] + s[1]];
            var fNext = f(next);
            evaluations++;
            var predicted = -((g[0] * s[0]) + (g[1] * s[1]) + (0.5 * ((h[0] * s[0] * s[0]) + (2 * h[1] * s[0] * s[1]) + (h[2] * s[1] * s[1]))));
            var ratio = predicted > 0 ? (fy[b] - fNext) / predicted : -1;
            delta = ratio >= 0.75 && length >= 0.9 * delta ? 2 * delta
                : ratio >= 0.25 ? Math.Max(length, delta / 2)
                : Math.Max(length / 2, stepTolerance);

            // The new point replaces the point farthest from the best point after the step.
            var center = fNext < fy[b] ? next : xb;
            var (drop, _) = Farthest(y, center);
            if (drop == b && fNext >= fy[b])
            {
                continue;
            }

            y[drop] = next;
            fy[drop] = fNext;
        }

        var best = ArgMin(fy);
        return (y[best], fy[best], evaluations, false);
    }

    private static void Replace(Func<double[], double> f, double[][] y, double[] fy, int k, double[] point, ref int evaluations)
    {
        y[k] = point;
        fy[k] = f(point);
        evaluations++;
    }

    private static int ArgMin(double[] values)
    {
        var b = 0;
        for (var k = 1; k < values.Length; k++)
        {
            if (values[k] < values[b])
            {
                b = k;
            }
        }

        return b;
    }

    private static (int Index, double Distance) Farthest(double[][] y, double[] center)
    {
        var (index, distance) = (0, -1.0);
        for (var k = 0; k < y.Length; k++)
        {
            var d = Math.Sqrt(Square(y[k][0] - center[0]) + Square(y[k][1] - center[1]));
            if (d > distance)
            {
                (index, distance) = (k, d);
            }
        }

        return (index, distance);
    }

    // Among eight directions at distance r from the best point, the replacement for point k that keeps the
    // interpolation system best conditioned (largest |determinant| in coordinates scaled by r).
    private static double[] GeometryPoint(double[][] y, int k, double[] xb, double r)
    {
        var old = y[k];
        double[] best = [xb[0] + r, xb[1]];
        var bestDet = -1.0;
        for (var a = 0; a < 8; a++)
        {
            var angle = a * Math.PI / 4;
            double[] candidate = [xb[0] + (r * Math.Cos(angle)), xb[1] + (r * Math.Sin(angle))];
            y[k] = candidate;
            var det = Math.Abs(Determinant(y, xb, r));
            if (det > bestDet)
            {
                (best, bestDet) = (candidate, det);
            }
        }

        y[k] = old;
        return best;
    }

    private static double[,] System(double[][] y, double[] center, double scale)
    {
        var m = new double[Points, Points];
        for (var k = 0; k < Points; k++)
        {
            double d0 = (y[k][0] - center[0]) / scale, d1 = (y[k][1] - center[1]) / scale;
            m[k, 0] = 1;
            m[k, 1] = d0;
            m[k, 2] = d1;
            m[k, 3] = 0.5 * d0 * d0;
            m[k, 4] = d0 * d1;
            m[k, 5] = 0.5 * d1 * d1;
        }

        return m;
    }

    private static double Determinant(double[][] y, double[] center, double scale)
    {
        var m = System(y, center, scale);
        var rhs = new double[Points];
        return Eliminate(m, rhs);
    }

    // Quadratic model around xb: gradient g and Hessian (h11, h12, h22) in the original coordinates.
    private static bool Fit(double[][] y, double[] fy, double[] xb, double scale, out double[] g, out double[] h)
    {
        var m = System(y, xb, scale);
        var rhs = (double[])fy.Clone();
        var det = Eliminate(m, rhs);
        g = [rhs[1] / scale, rhs[2] / scale];
        h = [rhs[3] / (scale * scale), rhs[4] / (scale * scale), rhs[5] / (scale * scale)];
        return Math.Abs(det) > 1e-8 && double.IsFinite(det) && rhs.All(double.IsFinite);
    }

    // Gaussian elimination with partial pivoting; solves in place into rhs and returns the determinant.
    private static double Eliminate(double[,] m, double[] rhs)
    {
        var det = 1.0;
        for (var c = 0; c < Points; c++)
        {
            var p = c;
            for (var r = c + 1; r < Points; r++)
            {
                if (Math.Abs(m[r, c]) > Math.Abs(m[p, c]))
                {
                    p = r;
                }
            }

            if (m[p, c] == 0)
            {
                return 0;
            }

            if (p != c)
            {
                det = -det;
                (rhs[p], rhs[c]) = (rhs[c], rhs[p]);
                for (var k = 0; k < Points; k++)
                {
                    (m[p, k], m[c, k]) = (m[c, k], m[p, k]);
                }
            }

            det *= m[c, c];
            for (var r = c + 1; r < Points; r++)
            {
                var factor = m[r, c] / m[c, c];
                for (var k = c; k < Points; k++)
                {
                    m[r, k] -= factor * m[c, k];
                }

                rhs[r] -= factor * rhs[c];
            }
        }

        for (var c = Points - 1; c >= 0; c--)
        {
            for (var k = c + 1; k < Points; k++)
            {
                rhs[c] -= m[c, k] * rhs[k];
            }

            rhs[c] /= m[c, c];
        }

        return det;
    }

    // Minimiser of g's + s'Hs/2 over ‖s‖ ≤ delta: the Newton step when it is inside, else (H + μI)s = −g on the
    // boundary, by bisection on μ in the eigenbasis of H.
    private static double[] Step(double[] g, double[] h, double delta)
    {
        double a = h[0], bb = h[1], c = h[2];
        var mean = (a + c) / 2;
        var radius = Math.Sqrt(Square((a - c) / 2) + (bb * bb));
        double l1 = mean - radius, l2 = mean + radius;
        var v1 = Normalize([bb, l1 - a], l1 - c, bb);
        double[] v2 = [-v1[1], v1[0]];
        double g1 = (v1[0] * g[0]) + (v1[1] * g[1]), g2 = (v2[0] * g[0]) + (v2[1] * g[1]);
        double[] At(double mu, double tau) =>
        [
            (-(g1 / (l1 + mu)) * v1[0]) - ((g2 / (l2 + mu)) * v2[0]) + (tau * v1[0]),
            (-(g1 / (l1 + mu)) * v1[1]) - ((g2 / (l2 + mu)) * v2[1]) + (tau * v1[1]),
        ];
        double Norm(double mu) => Math.Sqrt(Square(g1 / (l1 + mu)) + Square(g2 / (l2 + mu)));
        if (l1 > 0 && Norm(0) <= delta)
        {
            return At(0, 0);
        }

        var low = Math.Max(0, -l1);
        if (l1 <= 0 && (Math.Abs(g1) < 1e-14 * (Math.Abs(g2) + 1e-300) || Norm(low + 1e-12) < delta))
        {
            // Hard case: the boundary is reached along the eigenvector of the smallest eigenvalue.
            var inner = l2 + low > 0 ? Square(g2 / (l2 + low)) : 0;
            var tau = Math.Sqrt(Math.Max(0, (delta * delta) - inner));
            double[] s = [(-(g2 / (l2 + low)) * v2[0]) + (tau * v1[0]), (-(g2 / (l2 + low)) * v2[1]) + (tau * v1[1])];
            return double.IsFinite(s[0]) && double.IsFinite(s[1]) ? s : [delta * v1[0], delta * v1[1]];
        }

        var high = low + (Math.Sqrt((g[0] * g[0]) + (g[1] * g[1])) / delta) + 1;
        while (Norm(high) > delta)
        {
            high *= 2;
        }

        for (var i = 0; i < 200 && high - low > 1e-15 * high; i++)
        {
            var mid = (low + high) / 2;
            if (Norm(mid) > delta)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        return At(high, 0);
    }

    private static double[] Normalize(double[] v, double alternative0, double alternative1)
    {
        var n = Math.Sqrt((v[0] * v[0]) + (v[1] * v[1]));
        if (n > 0)
        {
            return [v[0] / n, v[1] / n];
        }

        // (l1 − c, b) is the other form of the same eigenvector.
        var m = Math.Sqrt((alternative0 * alternative0) + (alternative1 * alternative1));
        return m > 0 ? [alternative0 / m, alternative1 / m] : [1, 0];
    }

    private static double Square(double x) => x * x;
}
