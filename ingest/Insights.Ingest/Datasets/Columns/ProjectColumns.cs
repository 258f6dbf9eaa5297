namespace Insights.Ingest.Datasets.Columns;

/// <summary>
/// The columns of <see cref="LakeDatasets.Project"/> the ingest sets, each found by its name once (an unknown name
/// throws when the class is first used; the ingest tests touch every such class).
/// </summary>
internal static class ProjectColumns
{
    internal static readonly LakeField<string> ProjectId = LakeDatasets.Project.TextField("project_id");

    internal static readonly LakeField<string> TeamId = LakeDatasets.Project.TextField("team_id");

    internal static readonly LakeField<string> ProjectName = LakeDatasets.Project.TextField("project_name");

    internal static readonly LakeField<string> TrackCode = LakeDatasets.Project.TextField("track_code");

    internal static readonly LakeField<string> ProblemCode = LakeDatasets.Project.TextField("problem_code");

    internal static readonly LakeField<DateTime> SubmittedAt = LakeDatasets.Project.DateTimeField("submitted_at");
}
