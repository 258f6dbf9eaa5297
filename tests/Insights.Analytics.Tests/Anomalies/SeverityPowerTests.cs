using Insights.Analytics.Anomalies;

namespace Insights.Analytics.Tests.Anomalies;

/// <summary>The minimum detectable severity of <see cref="SeverityTest"/> (power.csv's <c>severity</c> rows).</summary>
public sealed class SeverityPowerTests
{
    /// <summary>
    /// SE 2 % on 30 df, level 0.001 (two-sided), power 0.8: (t(0.9995; 30) + t(0.80; 30)) × 2 with the Student t
    /// table's 3.646 (two-sided 0.001 column) and 0.854 (one-sided 0.20 column) = 9.000; the table's three decimals
    /// allow ±0.002 on the sum, so two decimals are asserted.
    /// </summary>
    [Fact]
    public void Minimum_detectable_severity_matches_the_t_table()
    {
        var candidate = new SeverityCandidate(0, 0, 2, 30, 0.5, 1, 0);
        Assert.Equal(9.000, SeverityTest.MinimumDetectable(candidate, 0.001, 0.8), 2);
        // Twice the SE, twice the effect; a stricter level, a larger effect.
        Assert.Equal(2 * SeverityTest.MinimumDetectable(candidate, 0.001, 0.8), SeverityTest.MinimumDetectable(candidate with { StandardError = 4 }, 0.001, 0.8), 10);
        Assert.True(SeverityTest.MinimumDetectable(candidate, 0.0001, 0.8) > SeverityTest.MinimumDetectable(candidate, 0.001, 0.8));
        Assert.True(double.IsNaN(SeverityTest.MinimumDetectable(candidate with { StandardError = double.NaN }, 0.001, 0.8)));
        Assert.True(double.IsNaN(SeverityTest.MinimumDetectable(candidate with { DegreesOfFreedom = 0 }, 0.001, 0.8)));
        Assert.Throws<ArgumentOutOfRangeException>(() => SeverityTest.MinimumDetectable(candidate, 0, 0.8));
        Assert.Throws<ArgumentOutOfRangeException>(() => SeverityTest.MinimumDetectable(candidate, 0.001, 1));
    }
}
