using System.Globalization;
using Insights.Ingest.Datasets;
using Insights.Ingest.Datasets.Columns;

namespace Insights.Ingest.Feeds.Registration;

/// <summary>Projects (参赛项目): each with its team, track and one problem statement.</summary>
public sealed class ProjectFeed : Feed
{
    private const int Season = 0, ProjectId = 1, TeamId = 2, Name = 3, Track = 4, Problem = 5, ProblemTitle = 6, SubmittedAt = 7;

    /// <inheritdoc />
    public override string Id => "projects";

    /// <inheritdoc />
    public override string NameZh => "参赛项目";

    /// <inheritdoc />
    public override string NameEn => "projects";

    /// <inheritdoc />
    public override LakeDataset Dataset => LakeDatasets.Project;

    /// <inheritdoc />
    public override IReadOnlyList<FeedField> Fields { get; } =
    [
        new("season", ValueKind.Text, false),
        new("project_id", ValueKind.Text, true),
        new("team_id", ValueKind.Text, true),
        new("project_name", ValueKind.Text, true),
        new("track", ValueKind.Text, true),
        new("problem", ValueKind.Text, true),
        new("problem_title", ValueKind.Text, false),
        new("submitted_at", ValueKind.DateTime, false),
    ];

    /// <inheritdoc />
    public override void Land(FeedRow row, LandingContext context)
    {
        var season = row.Text(Season) ?? context.DefaultSeason;
        var reference = context.Season(season);
        var id = row.Required(ProjectId);
        var team = row.Required(TeamId);
        var name = row.Required(Name);
        var trackText = row.Required(Track);
        var problemText = row.Required(Problem);
        var submittedAt = row.DateTime(SubmittedAt);
        var track = trackText;
        var problem = problemText;
        if (row.Ok && reference.Catalog is not null)
        {
            if (!reference.TryTrack(trackText!, out track))
            {
                row.Reject(Track, trackText, $"赛季 {season} 没有这个赛道", $"season {season} has no such track");
            }
            else if (!reference.TryProblem(track, problemText!, out problem)
                && !(row.Text(ProblemTitle) is { } title && reference.TryProblem(track, title, out problem)))
            {
                row.Reject(Problem, problemText, string.Create(CultureInfo.InvariantCulture, $"赛道 {track} 没有这个赛题"), string.Create(CultureInfo.InvariantCulture, $"track {track} has no such problem"));
            }
        }

        // A project listed twice with the same problem is a duplicate; with two problems it lands twice and the
        // one-problem rule reports it.
        if (!row.Ok || context.IsDuplicate(row, season, id, problem))
        {
            return;
        }

        var b = context.Land(Dataset, season, row);
        b.Set(ProjectColumns.ProjectId, id);
        b.Set(ProjectColumns.TeamId, team);
        b.Set(ProjectColumns.ProjectName, name);
        b.Set(ProjectColumns.TrackCode, track);
        b.Set(ProjectColumns.ProblemCode, problem);
        b.Set(ProjectColumns.SubmittedAt, submittedAt);
    }
}
