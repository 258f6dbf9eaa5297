namespace Insights.Analytics.Pipeline.Season;

/// <summary>How the preliminary and the final stage of one track are linked (summary.json).</summary>
/// <param name="Season">Season.</param>
/// <param name="Track">Track.</param>
/// <param name="PreliminaryStage">The preliminary stage compared (the on-site review where there is one).</param>
/// <param name="CommonProjects">Projects scored in both (the finalists).</param>
/// <param name="OverlapJudges">Judges found on both panels (the notice forbids it).</param>
/// <param name="Spearman">Spearman correlation of the finalists' preliminary and final scores (NaN under 3 common projects).</param>
/// <param name="SpearmanPValue">Its two-sided p-value.</param>
/// <param name="Reversals">Pairs whose order reverses beyond both stages' noise.</param>
/// <param name="PairsCompared">Pairs compared.</param>
/// <param name="Notes">Caveats (restricted range of finalists, weak link, the selection correction's assumptions).</param>
/// <param name="Selection">The link corrected for the finalists' selection on the preliminary score, with the
/// near-cut non-finalists' chances; null when fewer than 4 finalists link the stages.</param>
public sealed record TrackLink(
    string Season,
    string Track,
    string PreliminaryStage,
    int CommonProjects,
    IReadOnlyList<string> OverlapJudges,
    double Spearman,
    double SpearmanPValue,
    int Reversals,
    int PairsCompared,
    IReadOnlyList<string> Notes,
    Insights.Analytics.Linking.SelectionCorrectedLink? Selection = null)
{
    /// <summary>The later stage of the link (the notice's final roadshow, an outside competition's last stage).</summary>
    public string Stage { get; init; } = "final_roadshow";
}
