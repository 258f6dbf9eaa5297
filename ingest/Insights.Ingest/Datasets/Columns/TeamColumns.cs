namespace Insights.Ingest.Datasets.Columns;

/// <summary>
/// The columns of <see cref="LakeDatasets.Team"/> the ingest sets, each found by its name once (an unknown name
/// throws when the class is first used; the ingest tests touch every such class).
/// </summary>
internal static class TeamColumns
{
    internal static readonly LakeField<string> TeamId = LakeDatasets.Team.TextField("team_id");

    internal static readonly LakeField<string> TeamName = LakeDatasets.Team.TextField("team_name");

    internal static readonly LakeField<string> LeadUnitName = LakeDatasets.Team.TextField("lead_unit_name");

    internal static readonly LakeField<string> LeadCreditCode = LakeDatasets.Team.TextField("lead_credit_code");

    internal static readonly LakeField<string> PartnerUnitNames = LakeDatasets.Team.TextField("partner_unit_names");

    internal static readonly LakeField<string> PartnerCreditCodes = LakeDatasets.Team.TextField("partner_credit_codes");

    internal static readonly LakeField<DateTime> RegisteredAt = LakeDatasets.Team.DateTimeField("registered_at");

    internal static readonly LakeField<string> ReviewStatus = LakeDatasets.Team.TextField("review_status");

    internal static readonly LakeField<string> Division = LakeDatasets.Team.TextField("division");
}
