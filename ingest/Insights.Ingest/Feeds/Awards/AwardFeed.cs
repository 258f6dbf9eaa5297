using Insights.Ingest.Datasets;
using Insights.Ingest.Datasets.Columns;

namespace Insights.Ingest.Feeds.Awards;

/// <summary>Award lists (获奖名单): tier or single award per project, national-final recommendation, publicity dates.</summary>
public sealed class AwardFeed : Feed
{
    private const int Season = 0, Track = 1, Project = 2, Lead = 3, Tier = 4, SingleName = 5, FinalScore = 6, National = 7, Start = 8, End = 9;

    /// <inheritdoc />
    public override string Id => "awards";

    /// <inheritdoc />
    public override string NameZh => "获奖名单";

    /// <inheritdoc />
    public override string NameEn => "awards";

    /// <inheritdoc />
    public override LakeDataset Dataset => LakeDatasets.Award;

    /// <inheritdoc />
    public override IReadOnlyList<FeedField> Fields { get; } =
    [
        new("season", ValueKind.Text, false),
        new("track", ValueKind.Text, true),
        new("project_id", ValueKind.Text, true),
        new("lead_unit", ValueKind.Text, false),
        new("tier", ValueKind.Text, true),
        new("single_award_name", ValueKind.Text, false),
        new("final_score", ValueKind.Real, false),
        new("national_final", ValueKind.Boolean, false),
        new("publicity_start", ValueKind.Date, false),
        new("publicity_end", ValueKind.Date, false),
    ];

    /// <inheritdoc />
    public override void Land(FeedRow row, LandingContext context)
    {
        var season = row.Text(Season) ?? context.DefaultSeason;
        var reference = context.Season(season);
        var trackText = row.Required(Track);
        var project = row.Required(Project);
        var tierText = row.Required(Tier);
        var finalScore = row.Real(FinalScore);
        var national = row.Bool(National);
        var start = row.Date(Start);
        var end = row.Date(End);
        var track = trackText;
        if (row.Ok && reference.Catalog is not null && !reference.TryTrack(trackText!, out track))
        {
            row.Reject(Track, trackText, $"赛季 {season} 没有这个赛道", $"season {season} has no such track");
        }

        string? tier = null;
        if (row.Ok && (!AwardTiers.TryRead(tierText, null, out tier) || tier is null))
        {
            row.Reject(Tier, tierText, "奖项须为 一等奖/二等奖/三等奖/单项奖/特等奖/优秀奖", "the award must be a first, second, third, special or merit prize or a single award");
        }

        if (!row.Ok || context.IsDuplicate(row, season, track, project, tier, row.Text(SingleName)))
        {
            return;
        }

        var b = context.Land(Dataset, season, row);
        b.Set(AwardColumns.TrackCode, track);
        b.Set(AwardColumns.ProjectId, project);
        b.Set(AwardColumns.LeadUnitName, row.Text(Lead));
        b.Set(AwardColumns.Tier, tier);
        b.Set(AwardColumns.SingleAwardName, row.Text(SingleName));
        b.Set(AwardColumns.FinalScore, finalScore);
        b.Set(AwardColumns.NationalFinal, national);
        b.Set(AwardColumns.PublicityStart, start);
        b.Set(AwardColumns.PublicityEnd, end);
        b.Set(AwardColumns.TierLabel, tierText);
    }
}
