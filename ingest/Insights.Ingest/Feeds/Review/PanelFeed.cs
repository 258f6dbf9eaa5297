using Insights.Ingest.Datasets;
using Insights.Ingest.Datasets.Columns;
using Insights.Model.Review;

namespace Insights.Ingest.Feeds.Review;

/// <summary>Panel membership (评审组): which judge sits on which panel of which track and stage.</summary>
public sealed class PanelFeed : Feed
{
    private const int Season = 0, Track = 1, StageField = 2, Panel = 3, Judge = 4, Role = 5;

    /// <inheritdoc />
    public override string Id => "panels";

    /// <inheritdoc />
    public override string NameZh => "评审组";

    /// <inheritdoc />
    public override string NameEn => "panels";

    /// <inheritdoc />
    public override LakeDataset Dataset => LakeDatasets.PanelMember;

    /// <inheritdoc />
    public override IReadOnlyList<FeedField> Fields { get; } =
    [
        new("season", ValueKind.Text, false),
        new("track", ValueKind.Text, true),
        new("stage", ValueKind.Text, true),
        new("panel_id", ValueKind.Text, true),
        new("judge_id", ValueKind.Text, true),
        new("role", ValueKind.Text, false),
    ];

    /// <inheritdoc />
    public override void Land(FeedRow row, LandingContext context)
    {
        var season = row.Text(Season) ?? context.DefaultSeason;
        var reference = context.Season(season);
        var track = row.Required(Track);
        var stage = row.Required(StageField);
        var panel = row.Required(Panel);
        var judge = row.Required(Judge);
        var roleText = row.Text(Role);
        if (row.Ok && reference.Catalog is not null)
        {
            var trackText = track!;
            if (!reference.TryTrack(trackText, out track))
            {
                row.Reject(Track, trackText, $"赛季 {season} 没有这个赛道", $"season {season} has no such track");
            }

            if (reference.TryStage(stage!, out var s))
            {
                stage = s.Code();
            }
            else
            {
                row.Reject(StageField, stage, "无法识别的评审阶段", "unknown review stage");
            }
        }

        string? role = roleText switch
        {
            null => null,
            "组长" or "chair" or "Chair" or "主任" => "chair",
            "成员" or "组员" or "member" or "Member" or "委员" => "member",
            _ => roleText,
        };
        if (!row.Ok || context.IsDuplicate(row, season, stage, panel, judge))
        {
            return;
        }

        var b = context.Land(Dataset, season, row);
        b.Set(PanelMemberColumns.TrackCode, track);
        b.Set(PanelMemberColumns.Stage, stage);
        b.Set(PanelMemberColumns.PanelId, panel);
        b.Set(PanelMemberColumns.JudgeId, judge);
        b.Set(PanelMemberColumns.Role, role);
    }
}
