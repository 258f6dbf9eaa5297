using Insights.Ingest.Datasets;
using Insights.Model.Reference;
using Insights.Model.Review;

namespace Insights.Ingest.Feeds.Review;

/// <summary>
/// Score sheets in wide form, one row per judge and project with a column per rubric criterion (the on-site review
/// and final roadshow exports: 解决方案与关键技术, 数据要素利用, ..., 总分). Criterion columns are recognised by the
/// rubric's names; a row lands as one score per criterion, all or none.
/// </summary>
/// <param name="catalog">Reference data of the default season, whose rubric names the criterion columns.</param>
public sealed class WideScoreFeed(ReferenceCatalog? catalog) : Feed
{
    private const int Season = 0, StageField = 1, Track = 2, Panel = 3, Judge = 4, Project = 5, Total = 6, ScoredAt = 7;

    private readonly HashSet<string> _criterionNames = catalog is null
        ? []
        : [.. catalog.Rubrics.SelectMany(r => r.Criteria).SelectMany(c => new[] { c.Code, c.NameZh, c.NameEn }).Select(HeaderAliases.Normalize)];

    /// <inheritdoc />
    public override string Id => "scores_wide";

    /// <inheritdoc />
    public override string NameZh => "评分（宽表）";

    /// <inheritdoc />
    public override string NameEn => "scores (wide form)";

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
        new("total", ValueKind.Real, false),
        new("scored_at", ValueKind.DateTime, false),
    ];

    /// <inheritdoc />
    public override FeedBinding? Bind(IReadOnlyList<string> header, string fileName)
    {
        var binding = base.Bind(header, fileName);
        var criteria = header.Select((h, i) => (h, i)).Where(x => _criterionNames.Contains(HeaderAliases.Normalize(x.h))).Select(x => x.i).ToArray();
        if (binding is null || criteria.Length == 0)
        {
            return null;
        }

        var stage = StageHint.FromFileName(fileName);
        if (!binding.Has(StageField) && stage is null)
        {
            throw new FeedException(
                "评分表没有“评审阶段”列，文件名也看不出阶段（onsite/final 或 现场/路演）",
                "the score sheet has no stage column and its file name names no stage (onsite/final or 现场/路演)");
        }

        return new WideBinding(this, header, [.. binding.Columns], criteria, stage);
    }

    /// <inheritdoc />
    public override string SupersedeKey(FeedBinding binding) =>
        binding is WideBinding { Stage: { } stage } && !binding.Has(StageField) ? Id + ":" + stage.Code() : Id;

    /// <inheritdoc />
    public override void Land(FeedRow row, LandingContext context)
    {
        var binding = (WideBinding)row.Binding;
        var season = row.Text(Season) ?? context.DefaultSeason;
        var stage = binding.Has(StageField) ? row.Required(StageField) : binding.Stage?.Code();
        var track = row.Required(Track);
        var panel = row.Required(Panel);
        var judge = row.Required(Judge);
        var project = row.Required(Project);
        var total = row.Real(Total);
        var scoredAt = row.DateTime(ScoredAt);
        var marks = new ScoreLanding.Mark[binding.Criteria.Length];
        for (var i = 0; i < marks.Length && row.Ok; i++)
        {
            var column = binding.Criteria[i];
            var header = binding.Header[column];
            var text = row.Cell(column);
            double? score = null;
            if (text is null)
            {
                row.RejectColumn(header, null, "评分项为空", "the criterion has no mark");
            }
            else if (Reading.ValueParsers.TryParseDouble(text, out var value))
            {
                score = value;
            }
            else
            {
                row.RejectColumn(header, text, $"“{text}”不是数字", $"'{text}' is not a number");
            }

            marks[i] = new ScoreLanding.Mark(season, stage, track, panel, judge, project, header, score, null, null, scoredAt, total, null, null);
            if (row.Ok && !ScoreLanding.Check(row, context, ref marks[i], (StageField, Track, -1, -1, Project, Judge)))
            {
                break;
            }
        }

        if (!row.Ok || context.IsDuplicate(row, season, marks[0].Stage, marks[0].Track, panel, judge, project))
        {
            return;
        }

        foreach (var mark in marks)
        {
            ScoreLanding.Write(row, context, mark);
        }
    }

    private sealed class WideBinding(Feed feed, IReadOnlyList<string> header, int[] columns, int[] criteria, Stage? stage)
        : FeedBinding(feed, header, columns)
    {
        public int[] Criteria { get; } = criteria;

        public Stage? Stage { get; } = stage;

        public override int Matched => base.Matched + Criteria.Length;
    }
}
