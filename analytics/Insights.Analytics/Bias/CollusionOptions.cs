namespace Insights.Analytics.Bias;

/// <summary>
/// Settings of <see cref="Collusion"/>.
/// </summary>
/// <param name="MinCommonProjects">Fewest projects both judges scored for a pair to be examined (k).</param>
/// <param name="RobustZ">The residual correlation must lie this many robust SDs (1.4826 × MAD) above the median
/// pair of the unit; error beyond twice that.</param>
/// <param name="Alpha">Family-wise level of the Fisher-z test against the median pair correlation; a pair is flagged
/// when p &lt; Alpha / number of pairs examined (Bonferroni).</param>
public sealed record CollusionOptions(int MinCommonProjects = 10, double RobustZ = 3, double Alpha = 0.05)
{
    /// <summary>The residual correlation a pair reported clean must have been found at with 80 % power: 0.9, a copier
    /// who keeps his partner's marks plus noise of half the model's residual SD (r = 1 / √1.25 ≈ 0.89). The
    /// validation's copying (noise SD 3 % of the range against a residual SD of about 6.8 %) gives about 0.915; a
    /// pair of 15 common projects (a final panel) cannot promise 80 % power much below 0.87.</summary>
    public double MaterialCorrelation { get; init; } = 0.9;

    /// <summary>The default settings.</summary>
    public static CollusionOptions Default { get; } = new();
}
