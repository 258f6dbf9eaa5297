namespace Insights.Analytics.Robustness;

/// <summary>
/// The finding kinds reported by the robustness analyses, as written in findings.
/// </summary>
public static class RobustnessKinds
{
    /// <summary>
    /// An awarded project whose tier changes when one judge is removed from the panel, or when one mark changes by at
    /// most the panel's residual SD (<see cref="AwardRobustness"/>, <see cref="AwardMargins"/>).
    /// </summary>
    public const string AwardUnstable = "award_unstable";
}
