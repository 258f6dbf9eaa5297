using Insights.Ingest.Datasets;
using Insights.Model.Review;

namespace Insights.Ingest.Feeds.Review;

/// <summary>
/// Scores in long form, one row per judge, project and criterion: the written-review export (评分项, 得分) and the
/// generic score CSV any rating data can be given in (<c>season, stage, track, panel, judge, project, criterion,
/// score</c>, optional <c>max_score, scored_at, judge_group, project_group, round, standard_score</c>). A sheet without a stage column takes
/// its stage from its file name.
/// </summary>
public sealed class LongScoreFeed : Feed
{
    private const int Season = 0, StageField = 1, Track = 2, Panel = 3, Judge = 4, Project = 5, Criterion = 6, Score = 7,
        MinScore = 8, MaxScore = 9, ScoredAt = 10, JudgeGroup = 11, ProjectGroup = 12, RoundField = 13, StandardScore = 14;

    /// <inheritdoc />
    public override string Id => "scores_long";

    /// <inheritdoc />
    public override bool IsOutsideData => true;

    /// <inheritdoc />
    public override string NameZh => "评分（长表）";

    /// <inheritdoc />
    public override string NameEn => "scores (long form)";

    /// <inheritdoc />
    public override LakeDataset Dataset => LakeDatasets.Score;

    /// <inheritdoc />
    public override IReadOnlyList<FeedField> Fields { get; } =
    [
        new("season", ValueKind.Text, false),
        new("stage", ValueKind.Text, false),
        new("track", ValueKind.Text, true),
        new("panel_id", ValueKind.Text, true),
        new("judge_id", ValueKind.Text, true),
        new("project_id", ValueKind.Text, true),
        new("criterion", ValueKind.Text, true),
        new("score", ValueKind.Real, true),
        new("min_score", ValueKind.Real, false),
        new("max_score", ValueKind.Real, false),
        new("scored_at", ValueKind.DateTime, false),
        new("judge_group", ValueKind.Text, false),
        new("project_group", ValueKind.Text, false),
        new("round", ValueKind.Text, false),
        new("standard_score", ValueKind.Real, false),
    ];

    /// <inheritdoc />
    public override FeedBinding? Bind(IReadOnlyList<string> header, string fileName)
    {
        var binding = base.Bind(header, fileName);
        if (binding is null)
        {
            return null;
        }

        if (!binding.Has(StageField) && StageHint.FromFileName(fileName) is null)
        {
            throw new FeedException(
                "评分表没有“评审阶段”列，文件名也看不出阶段（written/onsite/final 或 书面/现场/路演）",
                "the score sheet has no stage column and its file name names no stage (written/onsite/final or 书面/现场/路演)");
        }

        return new StageBinding(this, header, [.. Enumerable.Range(0, Fields.Count).Select(i => binding.Columns[i])], StageHint.FromFileName(fileName));
    }

    /// <inheritdoc />
    public override string SupersedeKey(FeedBinding binding) =>
        binding is StageBinding { Stage: { } stage } && !binding.Has(StageField) ? Id + ":" + stage.Code() : Id;

    /// <inheritdoc />
    public override void Land(FeedRow row, LandingContext context)
    {
        var fileStage = ((StageBinding)row.Binding).Stage;
        var mark = new ScoreLanding.Mark(
            row.Text(Season) ?? context.DefaultSeason,
            row.Binding.Has(StageField) ? row.Required(StageField) : fileStage?.Code(),
            row.Required(Track),
            row.Required(Panel),
            row.Required(Judge),
            row.Required(Project),
            row.Required(Criterion),
            row.Real(Score),
            row.Real(MinScore),
            row.Real(MaxScore),
            row.DateTime(ScoredAt),
            null,
            row.Text(JudgeGroup),
            row.Text(ProjectGroup));
        mark = mark with { StandardScore = row.Real(StandardScore) };
        if (row.Text(RoundField) is { } roundText)
        {
            if (!ScoreRounds.TryParse(roundText, out var round))
            {
                row.Reject(RoundField, roundText, "轮次应是 0（原始评分）、1、2…… 或“复议”", "a round is 0 (the original mark), 1, 2, ... or a word such as 复议/reconsidered");
                return;
            }

            mark = mark with { Round = round, RoundLabel = round == 0 ? null : roundText };
        }

        if (!row.Ok || !ScoreLanding.Check(row, context, ref mark, (StageField, Track, Criterion, Score, Project, Judge)))
        {
            return;
        }

        if (context.IsDuplicate(row, mark.Season, mark.Stage, mark.Track, mark.Panel, mark.Judge, mark.Project, mark.Criterion, mark.Round.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            return;
        }

        ScoreLanding.Write(row, context, mark);
    }

    private sealed class StageBinding(Feed feed, IReadOnlyList<string> header, int[] columns, Stage? stage)
        : FeedBinding(feed, header, columns)
    {
        public Stage? Stage { get; } = stage;
    }
}
