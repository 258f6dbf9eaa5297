using Insights.Ingest.Datasets;
using Insights.Ingest.Datasets.Columns;
using Insights.Ingest.Privacy;

namespace Insights.Ingest.Feeds.Awards;

/// <summary>Publicity-period complaints (公示期举报). The reporter's name and phone land only masked and hashed.</summary>
public sealed class ComplaintFeed : Feed
{
    private const int Season = 0, ComplaintId = 1, Project = 2, Track = 3, FiledAt = 4, ReporterType = 5, ReporterName = 6,
        ReporterPhone = 7, HasEvidence = 8, EvidenceFiles = 9, Reason = 10, Status = 11;

    /// <inheritdoc />
    public override string Id => "complaints";

    /// <inheritdoc />
    public override string NameZh => "公示期举报";

    /// <inheritdoc />
    public override string NameEn => "complaints";

    /// <inheritdoc />
    public override LakeDataset Dataset => LakeDatasets.Complaint;

    /// <inheritdoc />
    public override IReadOnlyList<FeedField> Fields { get; } =
    [
        new("season", ValueKind.Text, false),
        new("complaint_id", ValueKind.Text, true),
        new("project_id", ValueKind.Text, true),
        new("track", ValueKind.Text, false),
        new("filed_at", ValueKind.DateTime, true),
        new("reporter_type", ValueKind.Text, true),
        new("reporter_name", ValueKind.Text, false),
        new("reporter_phone", ValueKind.Text, false),
        new("has_evidence", ValueKind.Boolean, false),
        new("evidence_files", ValueKind.Text, false),
        new("reason", ValueKind.Text, false),
        new("status", ValueKind.Text, false),
    ];

    /// <inheritdoc />
    public override void Land(FeedRow row, LandingContext context)
    {
        var season = row.Text(Season) ?? context.DefaultSeason;
        var reference = context.Season(season);
        var id = row.Required(ComplaintId);
        var project = row.Required(Project);
        var filedAt = row.DateTime(FiledAt);
        var typeText = row.Required(ReporterType);
        var hasEvidence = row.Bool(HasEvidence);
        var trackText = row.Text(Track);
        var track = trackText;
        if (row.Ok && trackText is not null && reference.Catalog is not null && !reference.TryTrack(trackText, out track))
        {
            row.Reject(Track, trackText, $"赛季 {season} 没有这个赛道", $"season {season} has no such track");
        }

        var type = typeText switch
        {
            null => null,
            "实名" or "实名举报" or "real_name" or "real name" => "real_name",
            "匿名" or "匿名举报" or "anonymous" => "anonymous",
            _ => null,
        };
        if (row.Ok && type is null)
        {
            row.Reject(ReporterType, typeText, "举报方式须为 实名/匿名", "the reporter type must be real name or anonymous");
        }

        if (!row.Ok || context.IsDuplicate(row, season, id))
        {
            return;
        }

        var phone = row.Text(ReporterPhone);
        var b = context.Land(Dataset, season, row);
        b.Set(ComplaintColumns.ComplaintId, id);
        b.Set(ComplaintColumns.ProjectId, project);
        b.Set(ComplaintColumns.TrackCode, track);
        b.Set(ComplaintColumns.FiledAt, filedAt);
        b.Set(ComplaintColumns.ReporterType, type);
        b.Set(ComplaintColumns.ReporterNameMasked, PersonalDataProtector.MaskName(row.Text(ReporterName)));
        b.Set(ComplaintColumns.ReporterPhoneHash, context.Protector.Hash("phone", phone));
        b.Set(ComplaintColumns.ReporterPhoneMasked, PersonalDataProtector.MaskPhone(phone));
        b.Set(ComplaintColumns.HasEvidence, hasEvidence);
        b.Set(ComplaintColumns.EvidenceFiles, FeedText.JoinList(row.Text(EvidenceFiles)));
        b.Set(ComplaintColumns.Reason, row.Text(Reason));
        b.Set(ComplaintColumns.Status, row.Text(Status));
    }
}
