namespace Insights.Analytics.Linking;

/// <summary>How the preliminary and final stages of one track are linked.</summary>
/// <param name="TrackCode">The track.</param>
/// <param name="CommonProjects">Projects scored in both stages (the finalists linking them), in ordinal order.</param>
/// <param name="OverlapJudges">Judges who score in both stages, in ordinal order; normally none (notice 三（七）).</param>
/// <param name="Correlation">Spearman's ρ of the common projects' preliminary and final scores; null under 3 common projects.</param>
/// <param name="Reversals">Rank reversals beyond measurement noise, by decreasing final difference magnitude.</param>
/// <param name="PairsCompared">Number of pairs of common projects examined for reversal, n (n - 1) / 2.</param>
/// <param name="Z">The multiplier of the pair standard error a difference must exceed.</param>
/// <param name="Findings"><see cref="LinkingFindingKinds.PanelOverlap"/> (one per judge) and <see cref="LinkingFindingKinds.WeakStageLink"/> findings.</param>
/// <param name="Notes">Caveats in words: the restricted-range caveat of the correlation, few links.</param>
public sealed record StageLinkingResult(
    string TrackCode,
    IReadOnlyList<string> CommonProjects,
    IReadOnlyList<string> OverlapJudges,
    SpearmanResult? Correlation,
    IReadOnlyList<RankReversal> Reversals,
    int PairsCompared,
    double Z,
    IReadOnlyList<LinkingFinding> Findings,
    IReadOnlyList<string> Notes);
