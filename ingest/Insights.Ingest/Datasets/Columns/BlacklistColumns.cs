namespace Insights.Ingest.Datasets.Columns;

/// <summary>
/// The columns of <see cref="LakeDatasets.Blacklist"/> the ingest sets, each found by its name once (an unknown name
/// throws when the class is first used; the ingest tests touch every such class).
/// </summary>
internal static class BlacklistColumns
{
    internal static readonly LakeField<string> CreditCode = LakeDatasets.Blacklist.TextField("credit_code");

    internal static readonly LakeField<string> UnitName = LakeDatasets.Blacklist.TextField("unit_name");

    internal static readonly LakeField<string> ListType = LakeDatasets.Blacklist.TextField("list_type");

    internal static readonly LakeField<DateOnly> ListedOn = LakeDatasets.Blacklist.DateField("listed_on");

    internal static readonly LakeField<string> ListSource = LakeDatasets.Blacklist.TextField("list_source");
}
