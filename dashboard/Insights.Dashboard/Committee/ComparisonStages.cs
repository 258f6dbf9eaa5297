namespace Insights.Dashboard.Committee;

/// <summary>The stages of a notice season, in the notice's order.</summary>
public static class ComparisonStages
{
    /// <summary>The stage codes: the written review, the on-site review, the final roadshow.</summary>
    public static IReadOnlyList<string> All { get; } = ["preliminary_written", "preliminary_onsite", "final_roadshow"];
}
