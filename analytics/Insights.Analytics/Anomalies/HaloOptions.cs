namespace Insights.Analytics.Anomalies;

/// <summary>
/// Thresholds of <see cref="Halo"/>.
/// </summary>
/// <param name="RobustZThreshold">A judge is flagged when the robust z-score (median/MAD across the unit's judges)
/// of the log ratio is below −RobustZThreshold (Iglewicz and Hoaglin's 3.5).</param>
/// <param name="RatioThreshold">Practical threshold: the spread-adjusted within-project variance ratio must also
/// be below it (error below a fifth of it).</param>
/// <param name="MinimumProjects">Fewest projects with two or more criteria that a judge shares with other judges.</param>
public sealed record HaloOptions(double RobustZThreshold = 3.5, double RatioThreshold = 0.1, int MinimumProjects = 5)
{
    /// <summary>The halo weight w (each mark w parts one impression of the project; R = (1 − w)²) a judge reported clean
    /// of halo must have been found at with 80 % power: 0.8 (R = 0.04), a judge whose marks are mostly one impression.</summary>
    public double MaterialWeight { get; init; } = 0.8;

    /// <summary>The default thresholds.</summary>
    public static HaloOptions Default { get; } = new();
}
