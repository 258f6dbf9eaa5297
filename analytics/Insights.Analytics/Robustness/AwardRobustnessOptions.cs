namespace Insights.Analytics.Robustness;

/// <summary>
/// Settings of the judge bootstrap of <see cref="AwardRobustness"/>.
/// </summary>
/// <param name="Resamples">Number of bootstrap resamples B (default 1,000).</param>
/// <param name="Seed">Seed of the resampling generator; the same seed gives identical output.</param>
/// <param name="RescaleDeviations">
/// Whether a resampled judge's total is the project's panel mean plus √(J/(J − 1)) times the judge's deviation from
/// it (default true): the plain bootstrap of J judges has the variance of a mean times (J − 1)/J, which with J = 5-9
/// understates it by 11-20 %. False gives the plain bootstrap.
/// </param>
public sealed record AwardRobustnessOptions(int Resamples = 1000, int Seed = 20240906, bool RescaleDeviations = true)
{
    /// <summary>The default settings.</summary>
    public static AwardRobustnessOptions Default { get; } = new();
}
