namespace Insights.Ingest.Datasets.Columns;

/// <summary>
/// The columns of <see cref="LakeDatasets.Award"/> the ingest sets, each found by its name once (an unknown name
/// throws when the class is first used; the ingest tests touch every such class).
/// </summary>
internal static class AwardColumns
{
    internal static readonly LakeField<string> TrackCode = LakeDatasets.Award.TextField("track_code");

    internal static readonly LakeField<string> ProjectId = LakeDatasets.Award.TextField("project_id");

    internal static readonly LakeField<string> LeadUnitName = LakeDatasets.Award.TextField("lead_unit_name");

    internal static readonly LakeField<string> Tier = LakeDatasets.Award.TextField("tier");

    internal static readonly LakeField<string> SingleAwardName = LakeDatasets.Award.TextField("single_award_name");

    internal static readonly LakeField<double> FinalScore = LakeDatasets.Award.RealField("final_score");

    internal static readonly LakeField<bool> NationalFinal = LakeDatasets.Award.BooleanField("national_final");

    internal static readonly LakeField<DateOnly> PublicityStart = LakeDatasets.Award.DateField("publicity_start");

    internal static readonly LakeField<DateOnly> PublicityEnd = LakeDatasets.Award.DateField("publicity_end");

    internal static readonly LakeField<string> Stage = LakeDatasets.Award.TextField("stage");

    internal static readonly LakeField<long> PublishedRank = LakeDatasets.Award.WholeNumberField("published_rank");

    internal static readonly LakeField<string> TierLabel = LakeDatasets.Award.TextField("tier_label");
}
