namespace Insights.Ingest.Datasets.Columns;

/// <summary>
/// The columns of <see cref="LakeDatasets.Representative"/> the ingest sets, each found by its name once (an unknown name
/// throws when the class is first used; the ingest tests touch every such class).
/// </summary>
internal static class RepresentativeColumns
{
    internal static readonly LakeField<string> TeamId = LakeDatasets.Representative.TextField("team_id");

    internal static readonly LakeField<long> Seq = LakeDatasets.Representative.WholeNumberField("seq");

    internal static readonly LakeField<string> PersonName = LakeDatasets.Representative.TextField("person_name");

    internal static readonly LakeField<string> PhoneHash = LakeDatasets.Representative.TextField("phone_hash");

    internal static readonly LakeField<string> PhoneMasked = LakeDatasets.Representative.TextField("phone_masked");

    internal static readonly LakeField<string> IdNumberHash = LakeDatasets.Representative.TextField("id_number_hash");

    internal static readonly LakeField<string> IdNumberMasked = LakeDatasets.Representative.TextField("id_number_masked");

    internal static readonly LakeField<string> UnitName = LakeDatasets.Representative.TextField("unit_name");

    internal static readonly LakeField<string> Position = LakeDatasets.Representative.TextField("position");

    internal static readonly LakeField<bool> IsTeamLead = LakeDatasets.Representative.BooleanField("is_team_lead");
}
