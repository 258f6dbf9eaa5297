namespace Insights.Warehouse.Reading.Reports;

/// <summary>How the preliminary stage and the final roadshow of a track link (analytics_stage_link).</summary>
/// <param name="PreliminaryStage">The preliminary stage linked (the on-site review, else the written one).</param>
/// <param name="CommonProjects">Finalists scored in both stages.</param>
/// <param name="JudgesOnBoth">Judges on both panels.</param>
/// <param name="Spearman">Spearman correlation of the finalists' scores.</param>
/// <param name="SpearmanP">Its p-value.</param>
/// <param name="RankReversals">Rank reversals beyond both stages' noise.</param>
/// <param name="PairsCompared">Pairs of finalists compared.</param>
/// <param name="Notes">Caveats (English).</param>
public sealed record StageLink(
    string PreliminaryStage, int CommonProjects, IReadOnlyList<string> JudgesOnBoth, double? Spearman, double? SpearmanP, int RankReversals, int PairsCompared,
    IReadOnlyList<string> Notes)
{
    /// <summary>The later stage linked: the final roadshow, or an outside competition's last stage.</summary>
    public string Stage { get; init; } = "final_roadshow";
}
