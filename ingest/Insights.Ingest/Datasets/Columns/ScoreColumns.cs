namespace Insights.Ingest.Datasets.Columns;

/// <summary>
/// The columns of <see cref="LakeDatasets.Score"/> the ingest sets, each found by its name once (an unknown name
/// throws when the class is first used; the ingest tests touch every such class).
/// </summary>
internal static class ScoreColumns
{
    internal static readonly LakeField<string> Stage = LakeDatasets.Score.TextField("stage");

    internal static readonly LakeField<string> Track = LakeDatasets.Score.TextField("track");

    internal static readonly LakeField<string> PanelId = LakeDatasets.Score.TextField("panel_id");

    internal static readonly LakeField<string> JudgeId = LakeDatasets.Score.TextField("judge_id");

    internal static readonly LakeField<string> ProjectId = LakeDatasets.Score.TextField("project_id");

    internal static readonly LakeField<string> Criterion = LakeDatasets.Score.TextField("criterion");

    internal static readonly LakeField<double> Score = LakeDatasets.Score.RealField("score");

    internal static readonly LakeField<double> MinScore = LakeDatasets.Score.RealField("min_score");

    internal static readonly LakeField<double> MaxScore = LakeDatasets.Score.RealField("max_score");

    internal static readonly LakeField<DateTime> ScoredAt = LakeDatasets.Score.DateTimeField("scored_at");

    internal static readonly LakeField<double> ReportedTotal = LakeDatasets.Score.RealField("reported_total");

    internal static readonly LakeField<string> JudgeGroup = LakeDatasets.Score.TextField("judge_group");

    internal static readonly LakeField<string> ProjectGroup = LakeDatasets.Score.TextField("project_group");

    internal static readonly LakeField<long> Round = LakeDatasets.Score.WholeNumberField("round");

    internal static readonly LakeField<string> RoundLabel = LakeDatasets.Score.TextField("round_label");

    internal static readonly LakeField<double> StandardScore = LakeDatasets.Score.RealField("standard_score");

    internal static readonly LakeField<string> SourceColumn = LakeDatasets.Score.TextField("source_column");
}
