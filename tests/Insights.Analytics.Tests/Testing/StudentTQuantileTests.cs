using Insights.Analytics.Testing;

namespace Insights.Analytics.Tests.Testing;

/// <summary>
/// Student's t quantiles in the far tails, where Math.NET's search gave up and crashed an analyze of a 150-project
/// season (a Bonferroni level over many judges on one degree of freedom). Reference values: R 4.x
/// <c>qt(p, df)</c>, which agree with the printed t tables (e.g. Fisher &amp; Yates) to the digits given.
/// </summary>
public sealed class StudentTQuantileTests
{
    [Theory]
    // R: qt(0.9995, 1) = 636.6192; qt(0.99967, 1) = 964.5 (tan(pi * 0.49967)); qt(0.9999, 1) = 3183.099
    [InlineData(1, 0.9995, 636.6192, 1e-4)]
    [InlineData(1, 0.9999, 3183.099, 1e-3)]
    // R: qt(0.999, 2) = 22.32712; qt(0.975, 2) = 4.302653
    [InlineData(2, 0.999, 22.32712, 1e-5)]
    [InlineData(2, 0.975, 4.302653, 1e-6)]
    // R: qt(0.999, 3) = 10.21453; qt(0.975, 10) = 2.228139; qt(0.8, 5) = 0.9195438
    [InlineData(3, 0.999, 10.21453, 1e-5)]
    [InlineData(10, 0.975, 2.228139, 1e-6)]
    [InlineData(5, 0.8, 0.9195438, 1e-6)]
    public void Quantiles_match_R(double df, double p, double expected, double tolerance)
    {
        Assert.Equal(expected, StudentTQuantile.Of(df, p), tolerance * Math.Max(1, Math.Abs(expected)));
        // Symmetric about zero.
        Assert.Equal(-expected, StudentTQuantile.Of(df, 1 - p), tolerance * Math.Max(1, Math.Abs(expected)) * 10);
    }

    [Fact]
    public void A_far_tail_on_three_degrees_of_freedom_is_found_beyond_the_old_bracket()
    {
        // qt(1 - 1e-9, 3) = 1,000 and more; Math.NET's bracket stops at 737. The answer is checked by the CDF it inverts.
        var q = StudentTQuantile.Of(3, 1 - 1e-9);
        Assert.True(q > 737, $"q = {q}");
        Assert.Equal(1 - 1e-9, MathNet.Numerics.Distributions.StudentT.CDF(0, 1, 3, q), 1e-12);
    }

    [Fact]
    public void Bad_arguments_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StudentTQuantile.Of(0, 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => StudentTQuantile.Of(3, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => StudentTQuantile.Of(3, double.NaN));
    }
}
