namespace Insights.Ingest.Datasets.Columns;

/// <summary>
/// The columns of <see cref="LakeDatasets.Judge"/> the ingest sets, each found by its name once (an unknown name
/// throws when the class is first used; the ingest tests touch every such class).
/// </summary>
internal static class JudgeColumns
{
    internal static readonly LakeField<string> JudgeId = LakeDatasets.Judge.TextField("judge_id");

    internal static readonly LakeField<string> JudgeName = LakeDatasets.Judge.TextField("judge_name");

    internal static readonly LakeField<string> UnitName = LakeDatasets.Judge.TextField("unit_name");

    internal static readonly LakeField<string> City = LakeDatasets.Judge.TextField("city");

    internal static readonly LakeField<string> ExpertType = LakeDatasets.Judge.TextField("expert_type");

    internal static readonly LakeField<string> Title = LakeDatasets.Judge.TextField("title");

    internal static readonly LakeField<string> PhoneHash = LakeDatasets.Judge.TextField("phone_hash");

    internal static readonly LakeField<string> PhoneMasked = LakeDatasets.Judge.TextField("phone_masked");
}
