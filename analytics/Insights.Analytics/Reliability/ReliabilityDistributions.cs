using MathNet.Numerics;

namespace Insights.Analytics.Reliability;

/// <summary>
/// Tail probabilities and quantiles of the F and chi-square distributions, computed from the regularized
/// incomplete beta and gamma functions so that small upper-tail probabilities keep their relative precision
/// (as R's <c>-expm1(pf(..., log.p = TRUE))</c> does). Math.NET's <c>FisherSnedecor.InvCDF</c> is documented as
/// "slow and unreliable", hence the bisection here.
/// </summary>
internal static class ReliabilityDistributions
{
    /// <summary>P(F &gt; <paramref name="f"/>) for an F distribution with <paramref name="df1"/> and <paramref name="df2"/> degrees of freedom.</summary>
    public static double FUpperTail(double f, double df1, double df2)
    {
        if (double.IsNaN(f))
        {
            return double.NaN;
        }

        if (f <= 0)
        {
            return 1.0;
        }

        if (double.IsPositiveInfinity(f))
        {
            return 0.0;
        }

        // P(F > f) = I_u(df2/2, df1/2) with u = df2 / (df2 + df1 f).
        var u = df2 / (df2 + (df1 * f));
        return SpecialFunctions.BetaRegularized(df2 / 2.0, df1 / 2.0, u);
    }

    /// <summary>
    /// The quantile of the F distribution with upper-tail probability <paramref name="upperTail"/>,
    /// i.e. R's <c>qf(1 - upperTail, df1, df2)</c>.
    /// </summary>
    public static double FQuantileUpper(double upperTail, double df1, double df2)
    {
        if (double.IsNaN(df1) || double.IsNaN(df2) || df1 <= 0 || df2 <= 0)
        {
            return double.NaN;
        }

        // Solve I_u(df2/2, df1/2) = upperTail for u in (0, 1); I_u increases with u. Then f = df2 (1 - u) / (df1 u).
        double lo = 0.0, hi = 1.0;
        for (var iteration = 0; iteration < 2000; iteration++)
        {
            var mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi)
            {
                break;
            }

            if (SpecialFunctions.BetaRegularized(df2 / 2.0, df1 / 2.0, mid) < upperTail)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        var root = 0.5 * (lo + hi);
        return df2 * (1.0 - root) / (df1 * root);
    }

    /// <summary>P(X &gt; <paramref name="x"/>) for a chi-square distribution with <paramref name="df"/> degrees of freedom.</summary>
    public static double ChiSquareUpperTail(double x, double df)
    {
        if (double.IsNaN(x))
        {
            return double.NaN;
        }

        return x <= 0 ? 1.0 : SpecialFunctions.GammaUpperRegularized(df / 2.0, x / 2.0);
    }
}
