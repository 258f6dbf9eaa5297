using Insights.Analytics.Drift;

namespace Insights.Analytics.Tests.Drift;

/// <summary>The minimum detectable drift of <see cref="SeverityDrift"/> (power.csv's <c>drift</c> rows).</summary>
public sealed class DriftPowerTests
{
    /// <summary>
    /// SE 0.1 points per day over 10 days, level 0.005 (two-sided), power 0.8. Normal test (df 0): (z(0.9975) + z(0.80))
    /// × 0.1 × 10 = 2.8070 + 0.8416 = 3.6486 (standard normal table). Student t on 20 df: 3.153 (the t table's two-sided
    /// 0.005 column) + 0.860 (one-sided 0.20) = 4.013; three-decimal table values, so two decimals are asserted.
    /// </summary>
    [Fact]
    public void Minimum_detectable_change_matches_the_tables()
    {
        var normal = new JudgeDrift(0, DriftStatus.Tested, 40, 5, 10, 0.05, 0.1, 0.5, 0.6, 0.5);
        Assert.Equal(3.6486, SeverityDrift.MinimumDetectableChange(normal, 0.005, 0.8), 3);
        var t = normal with { DegreesOfFreedom = 20 };
        Assert.Equal(4.013, SeverityDrift.MinimumDetectableChange(t, 0.005, 0.8), 2);
        Assert.True(double.IsNaN(SeverityDrift.MinimumDetectableChange(normal with { Status = DriftStatus.TooFewDays }, 0.005, 0.8)));
        Assert.Throws<ArgumentOutOfRangeException>(() => SeverityDrift.MinimumDetectableChange(normal, 0.005, 0));
    }
}
