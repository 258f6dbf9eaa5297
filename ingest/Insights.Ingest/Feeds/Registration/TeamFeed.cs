using Insights.Ingest.Datasets;
using Insights.Ingest.Datasets.Columns;

namespace Insights.Ingest.Feeds.Registration;

/// <summary>Teams (参赛团队): lead unit, partner units, registration time and status.</summary>
public sealed class TeamFeed : Feed
{
    private const int Season = 0, TeamId = 1, TeamName = 2, Lead = 3, LeadCode = 4, Partners = 5, PartnerCodes = 6, RegisteredAt = 7, Status = 8, Division = 9;

    /// <inheritdoc />
    public override string Id => "teams";

    /// <inheritdoc />
    public override string NameZh => "参赛团队";

    /// <inheritdoc />
    public override string NameEn => "teams";

    /// <inheritdoc />
    public override LakeDataset Dataset => LakeDatasets.Team;

    /// <inheritdoc />
    public override IReadOnlyList<FeedField> Fields { get; } =
    [
        new("season", ValueKind.Text, false),
        new("team_id", ValueKind.Text, true),
        new("team_name", ValueKind.Text, true),
        new("lead_unit", ValueKind.Text, true),
        new("lead_credit_code", ValueKind.Text, false),
        new("partner_units", ValueKind.Text, false),
        new("partner_credit_codes", ValueKind.Text, false),
        new("registered_at", ValueKind.DateTime, false),
        new("review_status", ValueKind.Text, false),
        new("division", ValueKind.Text, false),
    ];

    /// <inheritdoc />
    public override void Land(FeedRow row, LandingContext context)
    {
        var season = row.Text(Season) ?? context.DefaultSeason;
        var id = row.Required(TeamId);
        var name = row.Required(TeamName);
        var lead = row.Required(Lead);
        var registeredAt = row.DateTime(RegisteredAt);
        if (!row.Ok || context.IsDuplicate(row, season, id))
        {
            return;
        }

        var b = context.Land(Dataset, season, row);
        b.Set(TeamColumns.TeamId, id);
        b.Set(TeamColumns.TeamName, name);
        b.Set(TeamColumns.LeadUnitName, lead);
        b.Set(TeamColumns.LeadCreditCode, row.Text(LeadCode)?.ToUpperInvariant());
        b.Set(TeamColumns.PartnerUnitNames, FeedText.JoinList(row.Text(Partners)));
        b.Set(TeamColumns.PartnerCreditCodes, FeedText.JoinList(row.Text(PartnerCodes)?.ToUpperInvariant()));
        b.Set(TeamColumns.RegisteredAt, registeredAt);
        b.Set(TeamColumns.ReviewStatus, row.Text(Status));
        b.Set(TeamColumns.Division, row.Text(Division));
    }
}
