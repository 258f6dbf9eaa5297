namespace Insights.Analytics.Severity;

/// <summary>
/// Damped Newton iterations on a smooth function of two variables with the gradient and Hessian taken by
/// central finite differences: a cheap, quadratically convergent finish after a coarse simplex search.
/// </summary>
internal static class NewtonPolish
{
    /// <summary>
    /// Iterates from <paramref name="start"/> until the Newton step is shorter than <paramref name="stepTolerance"/>
    /// (that last step is still taken when it does not increase the value) or a step lowers the value by no more
    /// than <paramref name="valueTolerance"/> (a flat minimum, such as a quartic one at a boundary).
    /// Fails (Converged = false) when the Hessian is not positive definite or a step does not decrease the value.
    /// </summary>
    /// <returns>The best point, its value, the evaluations used and whether the step tolerance was met.</returns>
    public static (double[] Point, double Value, int Evaluations, bool Converged) Minimize(
        Func<double[], double> f, double[] start, double startValue, double h, double stepTolerance, double valueTolerance, int maxEvaluations)
    {
        var x = (double[])start.Clone();
        var fx = startValue;
        var evaluations = 0;
        double Eval(double a, double b)
        {
            evaluations++;
            return f([a, b]);
        }

        while (evaluations + 10 <= maxEvaluations)
        {
            double x0 = x[0], x1 = x[1];
            double fp0 = Eval(x0 + h, x1), fm0 = Eval(x0 - h, x1), fp1 = Eval(x0, x1 + h), fm1 = Eval(x0, x1 - h);
            double fpp = Eval(x0 + h, x1 + h), fmm = Eval(x0 - h, x1 - h);
            var g0 = (fp0 - fm0) / (2 * h);
            var g1 = (fp1 - fm1) / (2 * h);
            var h00 = (fp0 - (2 * fx) + fm0) / (h * h);
            var h11 = (fp1 - (2 * fx) + fm1) / (h * h);
            var h01 = (fpp - fp0 - fp1 + (2 * fx) - fm0 - fm1 + fmm) / (2 * h * h);
            var det = (h00 * h11) - (h01 * h01);
            if (!(h00 > 0 && h11 > 0 && det > 0) || !double.IsFinite(det))
            {
                return (x, fx, evaluations, false);
            }

            var s0 = -((h11 * g0) - (h01 * g1)) / det;
            var s1 = -((h00 * g1) - (h01 * g0)) / det;
            var small = Math.Max(Math.Abs(s0), Math.Abs(s1)) <= stepTolerance;
            var accepted = false;
            var previous = fx;
            for (var halving = 0; halving < 4 && !accepted; halving++, s0 /= 2, s1 /= 2)
            {
                var trial = Eval(x0 + s0, x1 + s1);
                if (trial <= fx)
                {
                    (x, fx, accepted) = ([x0 + s0, x1 + s1], trial, true);
                }
            }

            if (small || !accepted || previous - fx <= valueTolerance)
            {
                return (x, fx, evaluations, accepted || small);
            }
        }

        return (x, fx, evaluations, false);
    }
}
