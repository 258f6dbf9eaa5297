namespace Insights.Ingest.Datasets.Columns;

/// <summary>
/// The columns of <see cref="LakeDatasets.PanelMember"/> the ingest sets, each found by its name once (an unknown name
/// throws when the class is first used; the ingest tests touch every such class).
/// </summary>
internal static class PanelMemberColumns
{
    internal static readonly LakeField<string> TrackCode = LakeDatasets.PanelMember.TextField("track_code");

    internal static readonly LakeField<string> Stage = LakeDatasets.PanelMember.TextField("stage");

    internal static readonly LakeField<string> PanelId = LakeDatasets.PanelMember.TextField("panel_id");

    internal static readonly LakeField<string> JudgeId = LakeDatasets.PanelMember.TextField("judge_id");

    internal static readonly LakeField<string> Role = LakeDatasets.PanelMember.TextField("role");
}
