namespace Insights.Analytics.Robustness;

/// <summary>
/// The finding kinds reported by the robustness analyses, as written in findings.
/// </summary>
public static class RobustnessKinds
{
    /// <summary>
    /// An awarded project whose bootstrap probability of keeping its tier is below the threshold
    /// (<see cref="AwardRobustness"/>).
    /// </summary>
    public const string AwardUnstable = "award_unstable";
}
