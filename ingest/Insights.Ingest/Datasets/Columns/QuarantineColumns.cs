namespace Insights.Ingest.Datasets.Columns;

/// <summary>
/// The columns of <see cref="LakeDatasets.Quarantine"/> the ingest sets, each found by its name once (an unknown name
/// throws when the class is first used; the ingest tests touch every such class).
/// </summary>
internal static class QuarantineColumns
{
    internal static readonly LakeField<string> Feed = LakeDatasets.Quarantine.TextField("feed");

    internal static readonly LakeField<string> SourceColumn = LakeDatasets.Quarantine.TextField("source_column");

    internal static readonly LakeField<string> Value = LakeDatasets.Quarantine.TextField("value");

    internal static readonly LakeField<string> ReasonZh = LakeDatasets.Quarantine.TextField("reason_zh");

    internal static readonly LakeField<string> ReasonEn = LakeDatasets.Quarantine.TextField("reason_en");

    internal static readonly LakeField<string> Scope = LakeDatasets.Quarantine.TextField("scope");
}
