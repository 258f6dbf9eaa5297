namespace Insights.Ingest.Datasets.Columns;

/// <summary>
/// The columns of <see cref="LakeDatasets.Unit"/> the ingest sets, each found by its name once (an unknown name
/// throws when the class is first used; the ingest tests touch every such class).
/// </summary>
internal static class UnitColumns
{
    internal static readonly LakeField<string> CreditCode = LakeDatasets.Unit.TextField("credit_code");

    internal static readonly LakeField<string> CreditCodeProblem = LakeDatasets.Unit.TextField("credit_code_problem");

    internal static readonly LakeField<string> UnitName = LakeDatasets.Unit.TextField("unit_name");

    internal static readonly LakeField<string> UnitType = LakeDatasets.Unit.TextField("unit_type");

    internal static readonly LakeField<string> City = LakeDatasets.Unit.TextField("city");

    internal static readonly LakeField<string> ParentUnitName = LakeDatasets.Unit.TextField("parent_unit_name");

    internal static readonly LakeField<DateOnly> RegisteredOn = LakeDatasets.Unit.DateField("registered_on");
}
