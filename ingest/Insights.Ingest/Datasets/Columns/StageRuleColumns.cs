namespace Insights.Ingest.Datasets.Columns;

/// <summary>
/// The columns of <see cref="LakeDatasets.StageRule"/> the ingest sets, each found by its name once (an unknown name
/// throws when the class is first used; the ingest tests touch every such class).
/// </summary>
internal static class StageRuleColumns
{
    internal static readonly LakeField<string> Stage = LakeDatasets.StageRule.TextField("stage");

    internal static readonly LakeField<long> StageOrder = LakeDatasets.StageRule.WholeNumberField("stage_order");

    internal static readonly LakeField<string> NameZh = LakeDatasets.StageRule.TextField("name_zh");

    internal static readonly LakeField<string> NameEn = LakeDatasets.StageRule.TextField("name_en");

    internal static readonly LakeField<string> ScoreMethod = LakeDatasets.StageRule.TextField("score_method");

    internal static readonly LakeField<string> ScoreBasis = LakeDatasets.StageRule.TextField("score_basis");

    internal static readonly LakeField<long> AdvanceCount = LakeDatasets.StageRule.WholeNumberField("advance_count");

    internal static readonly LakeField<double> AdvanceShare = LakeDatasets.StageRule.RealField("advance_share");

    internal static readonly LakeField<string> Tier = LakeDatasets.StageRule.TextField("tier");

    internal static readonly LakeField<long> TierOrder = LakeDatasets.StageRule.WholeNumberField("tier_order");

    internal static readonly LakeField<long> TierCount = LakeDatasets.StageRule.WholeNumberField("tier_count");

    internal static readonly LakeField<double> TierShare = LakeDatasets.StageRule.RealField("tier_share");

    internal static readonly LakeField<double> TierMinScore = LakeDatasets.StageRule.RealField("tier_min_score");

    internal static readonly LakeField<long> TierAtLeast = LakeDatasets.StageRule.WholeNumberField("tier_at_least");

    internal static readonly LakeField<string> TierNames = LakeDatasets.StageRule.TextField("tier_names");
}
