using Insights.Ingest.Datasets;
using Insights.Ingest.Datasets.Columns;
using Insights.Ingest.Privacy;

namespace Insights.Ingest.Feeds.Registration;

/// <summary>Team representatives (参赛代表). Phone and ID numbers land only as keyed hashes and masks.</summary>
public sealed class RepresentativeFeed : Feed
{
    private const int Season = 0, TeamId = 1, Seq = 2, Name = 3, Phone = 4, IdNumber = 5, Unit = 6, Position = 7, IsLead = 8;

    /// <inheritdoc />
    public override string Id => "representatives";

    /// <inheritdoc />
    public override string NameZh => "参赛代表";

    /// <inheritdoc />
    public override string NameEn => "representatives";

    /// <inheritdoc />
    public override LakeDataset Dataset => LakeDatasets.Representative;

    /// <inheritdoc />
    public override IReadOnlyList<FeedField> Fields { get; } =
    [
        new("season", ValueKind.Text, false),
        new("team_id", ValueKind.Text, true),
        new("seq", ValueKind.WholeNumber, false),
        new("person_name", ValueKind.Text, true),
        new("phone", ValueKind.Text, true),
        new("id_number", ValueKind.Text, false),
        new("unit_name", ValueKind.Text, false),
        new("position", ValueKind.Text, false),
        new("is_team_lead", ValueKind.Boolean, false),
    ];

    /// <inheritdoc />
    public override void Land(FeedRow row, LandingContext context)
    {
        var season = row.Text(Season) ?? context.DefaultSeason;
        var team = row.Required(TeamId);
        var seq = row.Whole(Seq);
        var name = row.Required(Name);
        var phone = row.Required(Phone);
        var isLead = row.Bool(IsLead);
        var idNumber = row.Text(IdNumber);
        var phoneHash = context.Protector.Hash("phone", phone);
        if (!row.Ok || context.IsDuplicate(row, season, team, name, phoneHash))
        {
            return;
        }

        var b = context.Land(Dataset, season, row);
        b.Set(RepresentativeColumns.TeamId, team);
        b.Set(RepresentativeColumns.Seq, seq);
        b.Set(RepresentativeColumns.PersonName, name);
        b.Set(RepresentativeColumns.PhoneHash, phoneHash);
        b.Set(RepresentativeColumns.PhoneMasked, PersonalDataProtector.MaskPhone(phone));
        b.Set(RepresentativeColumns.IdNumberHash, context.Protector.Hash("id", idNumber));
        b.Set(RepresentativeColumns.IdNumberMasked, PersonalDataProtector.MaskId(idNumber));
        b.Set(RepresentativeColumns.UnitName, row.Text(Unit));
        b.Set(RepresentativeColumns.Position, row.Text(Position));
        b.Set(RepresentativeColumns.IsTeamLead, isLead);
    }
}
