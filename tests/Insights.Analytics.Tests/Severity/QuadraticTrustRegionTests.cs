using System.Globalization;
using Insights.Analytics.Severity;

namespace Insights.Analytics.Tests.Severity;

/// <summary>The derivative-free trust-region minimiser of the severity model on functions with known minima.</summary>
public sealed class QuadraticTrustRegionTests
{
    /// <summary>A convex quadratic is minimised to 1e-6 in few evaluations (its model is exact).</summary>
    [Fact]
    public void Minimises_a_quadratic_quickly()
    {
        static double F(double[] x) => (3 * Math.Pow(x[0] - 0.3, 2)) + ((x[0] - 0.3) * (x[1] + 0.7)) + Math.Pow(x[1] + 0.7, 2) + 5;
        var (point, value, evaluations, converged) = QuadraticTrustRegion.Minimize(F, [1.0, 1.0], 0.25, 1e-5, 1e-3, 500);
        Assert.True(converged);
        Assert.True(Math.Abs(point[0] - 0.3) < 1e-6 && Math.Abs(point[1] + 0.7) < 1e-6, Describe(point, evaluations));
        Assert.True(value - 5 < 1e-10);
        Assert.True(evaluations < 40, Describe(point, evaluations));
    }

    /// <summary>Rosenbrock's banana valley, far from quadratic, is followed to its minimum (1, 1).</summary>
    [Fact]
    public void Follows_the_rosenbrock_valley()
    {
        static double F(double[] x) => Math.Pow(1 - x[0], 2) + (100 * Math.Pow(x[1] - (x[0] * x[0]), 2));
        var (point, _, evaluations, converged) = QuadraticTrustRegion.Minimize(F, [-1.2, 1.0], 0.25, 1e-7, 1e-4, 2000);
        Assert.True(converged, Describe(point, evaluations));
        Assert.True(Math.Abs(point[0] - 1) < 1e-5 && Math.Abs(point[1] - 1) < 1e-5, Describe(point, evaluations));
    }

    /// <summary>A minimum on a symmetry line x₂ = 0 (as a boundary θ = 0 in x = √θ) is found.</summary>
    [Fact]
    public void Finds_a_minimum_at_zero_of_an_even_coordinate()
    {
        static double F(double[] x) => Math.Pow(x[0] - 0.8, 2) + (0.5 * Math.Pow(x[1], 2)) + Math.Pow(x[1], 4);
        var (point, _, evaluations, converged) = QuadraticTrustRegion.Minimize(F, [1.0, 1.0], 0.25, 1e-5, 1e-3, 500);
        Assert.True(converged);
        Assert.True(Math.Abs(point[0] - 0.8) < 1e-5 && Math.Abs(point[1]) < 1e-5, Describe(point, evaluations));
    }

    private static string Describe(double[] point, int evaluations) =>
        string.Create(CultureInfo.InvariantCulture, $"({point[0]:R}, {point[1]:R}) after {evaluations} evaluations");
}
