using Insights.Analytics.Testing;

namespace Insights.Analytics.Tests.Testing;

/// <summary>
/// <see cref="FalseDiscovery"/> against R's <c>p.adjust(p, method = "BH")</c>: the numbers below are the output of
/// ReferenceData/Testing/bh.R (R 4, stats package), with ties, an NA (NaN here, not counted in m = 13) and p = 1.
/// </summary>
public sealed class FalseDiscoveryTests
{
    private static readonly double[] s_p = [0.010, 0.001, 0.039, 0.041, 0.042, 0.060, 0.074, 0.205, 0.212, 0.216, double.NaN, 0.0001, 0.041, 1];

    private static readonly double[] s_r =
    [
        0.043333333333333328, 0.0065000000000000006, 0.078000000000000014, 0.078000000000000014, 0.078000000000000014,
        0.097500000000000003, 0.10688888888888888, 0.23399999999999999, 0.23399999999999999, 0.23399999999999999,
        double.NaN, 0.0013000000000000002, 0.078000000000000014, 1,
    ];

    [Fact]
    public void Adjusted_p_values_match_R()
    {
        var adjusted = FalseDiscovery.Adjust(s_p);
        Assert.Equal(s_r.Length, adjusted.Length);
        for (var i = 0; i < s_r.Length; i++)
        {
            if (double.IsNaN(s_r[i]))
            {
                Assert.True(double.IsNaN(adjusted[i]));
            }
            else
            {
                Assert.Equal(s_r[i], adjusted[i], 1e-12);
            }
        }
    }

    [Fact]
    public void Rejections_at_q_are_the_step_up_set()
    {
        // R: which(p.adjust(p, "BH") <= 0.05) is 1 2 12 (one-based). By hand: sorted p 0.0001, 0.001, 0.010, 0.039
        // against k 0.05 / 13: 0.0038, 0.0077, 0.0115, 0.0154: the first three pass, the fourth and every later fail.
        var rejected = FalseDiscovery.Reject(s_p, 0.05);
        Assert.Equal([0, 1, 11], Enumerable.Range(0, s_p.Length).Where(i => rejected[i]));
        Assert.Empty(FalseDiscovery.Adjust([]));
        Assert.Throws<ArgumentException>(() => FalseDiscovery.Adjust([1.5]));
        Assert.Throws<ArgumentOutOfRangeException>(() => FalseDiscovery.Reject(s_p, 0));
    }
}
