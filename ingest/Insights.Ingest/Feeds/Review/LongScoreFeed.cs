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
    private const int Season = LongScoreRules.Season, StageField = LongScoreRules.Stage, Track = LongScoreRules.Track,
        Panel = LongScoreRules.Panel, Judge = LongScoreRules.Judge, Project = LongScoreRules.Project, Criterion = LongScoreRules.Criterion,
        Score = LongScoreRules.Score, MinScore = LongScoreRules.MinScore, MaxScore = LongScoreRules.MaxScore,
        JudgeGroup = LongScoreRules.JudgeGroup, ProjectGroup = LongScoreRules.ProjectGroup, StandardScore = LongScoreRules.StandardScore;

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
        var binding = (StageBinding)row.Binding;
        var fileStage = binding.Stage;
        var (text, number) = (binding.Texts, binding.Numbers);
        Array.Clear(text);
        Array.Clear(number);
        DateTime? scoredAt = null;
        int round = 0;
        string? roundLabel = null;
        foreach (var rule in LongScoreRules.Reading)
        {
            var f = rule.Field;
            switch (rule.Kind)
            {
                case ScoreRuleKind.Required when f == StageField && !row.Binding.Has(StageField):
                    text[f] = fileStage?.Code();
                    break;
                case ScoreRuleKind.Required:
                    text[f] = row.Required(f);
                    break;
                case ScoreRuleKind.Number:
                    number[f] = row.Real(f);
                    break;
                case ScoreRuleKind.DateTime:
                    scoredAt = row.DateTime(f);
                    break;
                case ScoreRuleKind.Round when row.Text(f) is { } roundText:
                    if (!ScoreRounds.TryParse(roundText, out round))
                    {
                        row.Reject(f, roundText, "轮次应是 0（原始评分）、1、2…… 或“复议”", "a round is 0 (the original mark), 1, 2, ... or a word such as 复议/reconsidered");
                        return;
                    }

                    roundLabel = round == 0 ? null : roundText;
                    break;
                case ScoreRuleKind.Round:
                    break;
                default:
                    throw new InvalidOperationException($"rule {rule.Kind} is not a reading rule");
            }
        }

        var mark = new ScoreLanding.Mark(
            row.Text(Season) ?? context.DefaultSeason, text[StageField], text[Track], text[Panel], text[Judge], text[Project], text[Criterion],
            number[Score], number[MinScore], number[MaxScore], scoredAt, null, row.Text(JudgeGroup), row.Text(ProjectGroup))
        {
            StandardScore = number[StandardScore],
            Round = round,
            RoundLabel = roundLabel,
        };

        if (!row.Ok || !ScoreLanding.Check(row, context, ref mark, (StageField, Track, Criterion, Score, Project, Judge)))
        {
            return;
        }

        if (context.IsDuplicate(row, Key(mark)))
        {
            return;
        }

        ScoreLanding.Write(row, context, mark);
    }

    /// <summary>The duplicate key of a checked mark, in the order of <see cref="LongScoreRules.Key"/>.</summary>
    /// <param name="mark">The mark.</param>
    internal static string?[] Key(in ScoreLanding.Mark mark) =>
        [mark.Season, mark.Stage, mark.Track, mark.Panel, mark.Judge, mark.Project, mark.Criterion, mark.Round.ToString(System.Globalization.CultureInfo.InvariantCulture)];

    /// <summary>The stage a file's name gives its rows when the file has no stage column, as a code; else null.</summary>
    /// <param name="binding">A binding of this feed.</param>
    internal static string? FileStage(FeedBinding binding) =>
        binding is StageBinding { Stage: { } stage } && !binding.Has(StageField) ? stage.Code() : null;

    private sealed class StageBinding(Feed feed, IReadOnlyList<string> header, int[] columns, Stage? stage)
        : FeedBinding(feed, header, columns)
    {
        public Stage? Stage { get; } = stage;

        // The values of the row being landed, one per field: the rows of a file are landed one after another, so
        // the binding (one per file) holds them and no row allocates.
        public string?[] Texts { get; } = new string?[columns.Length];

        public double?[] Numbers { get; } = new double?[columns.Length];
    }
}
