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
    /// <summary>The default thresholds.</summary>
    public static HaloOptions Default { get; } = new();
}
