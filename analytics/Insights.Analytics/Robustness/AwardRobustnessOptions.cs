namespace Insights.Analytics.Robustness;

/// <summary>
/// Settings of the judge bootstrap of <see cref="AwardRobustness"/>.
/// </summary>
/// <param name="Resamples">Number of bootstrap resamples B (default 1,000).</param>
/// <param name="Seed">Seed of the resampling generator; the same seed gives identical output.</param>
/// <param name="Threshold">
/// An awarded project whose probability of keeping its tier is below this value is reported as
/// <see cref="RobustnessKinds.AwardUnstable"/> (default 0.5: the tier is more likely lost than kept).
/// </param>
public sealed record AwardRobustnessOptions(int Resamples = 1000, int Seed = 20240906, double Threshold = 0.5)
{
    /// <summary>The default settings.</summary>
    public static AwardRobustnessOptions Default { get; } = new();
}
