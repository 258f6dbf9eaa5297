namespace Insights.Reports;

/// <summary>How the preliminary and the final stage link (analytics_stage_link).</summary>
/// <param name="CommonProjects">Projects scored in both stages.</param>
/// <param name="SharedJudges">Judges on both panels (the notice forbids them).</param>
/// <param name="Spearman">Spearman's rank correlation of the common projects.</param>
/// <param name="RankReversals">Pairs whose order reverses beyond noise.</param>
/// <param name="PairsCompared">Pairs compared.</param>
public sealed record ReportLink(int CommonProjects, IReadOnlyList<string> SharedJudges, double? Spearman, int RankReversals, int PairsCompared);
