namespace Insights.Analytics.Linking;

/// <summary>The kinds of finding the linking analyses report (the <c>kind</c> of a fact_finding row).</summary>
public static class LinkingFindingKinds
{
    /// <summary>The scoring graph of an analysis unit has more than one connected component.</summary>
    public const string Disconnected = "disconnected";

    /// <summary>A judge scores in both the preliminary and the final stage of a track (notice 三（七） forbids it).</summary>
    public const string PanelOverlap = "panel_overlap";

    /// <summary>Fewer than <see cref="StageLinking.MinimumCommonProjects"/> projects link the preliminary and final stages.</summary>
    public const string WeakStageLink = "weak_stage_link";
}
