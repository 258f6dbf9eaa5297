using MathNet.Numerics.Distributions;

namespace Insights.Analytics.Testing;

/// <summary>
/// Quantiles of Student's t distribution that hold in the far tails. Math.NET's <c>StudentT.InvCDF</c> searches a
/// bracket of ±737 and throws beyond it, which a Bonferroni level on one or two degrees of freedom reaches (a unit of
/// 150 judges at 5 % family-wise asks for the 0.99967 quantile of t(1), about 960).
/// </summary>
public static class StudentTQuantile
{
    /// <summary>The p-quantile of the standard t distribution with <paramref name="degreesOfFreedom"/> degrees of freedom.</summary>
    /// <param name="degreesOfFreedom">Degrees of freedom, positive.</param>
    /// <param name="p">The probability, in (0, 1).</param>
    /// <returns>The quantile.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Non-positive degrees of freedom or p outside (0, 1).</exception>
    public static double Of(double degreesOfFreedom, double p)
    {
        if (!(degreesOfFreedom > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom, "Degrees of freedom must be positive.");
        }

        if (!(p is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "The probability must lie in (0, 1).");
        }

        // Closed forms where the tails are heaviest: t(1) is Cauchy, t(2) has an algebraic inverse.
        if (degreesOfFreedom == 1)
        {
            return Math.Tan(Math.PI * (p - 0.5));
        }

        if (degreesOfFreedom == 2)
        {
            return (2 * p - 1) / Math.Sqrt(2 * p * (1 - p));
        }

        try
        {
            return StudentT.InvCDF(0, 1, degreesOfFreedom, p);
        }
        catch (MathNet.Numerics.NonConvergenceException)
        {
            return Bisect(degreesOfFreedom, p);
        }
    }

    private static double Bisect(double df, double p)
    {
        // The CDF is monotone: widen the bracket until it holds p, then halve it to machine precision.
        double low = -1, high = 1;
        while (StudentT.CDF(0, 1, df, low) > p)
        {
            low *= 2;
        }

        while (StudentT.CDF(0, 1, df, high) < p)
        {
            high *= 2;
        }

        for (var i = 0; i < 200 && high - low > 1e-12 * Math.Max(1, Math.Abs(high)); i++)
        {
            var middle = (low + high) / 2;
            if (StudentT.CDF(0, 1, df, middle) < p)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return (low + high) / 2;
    }
}
