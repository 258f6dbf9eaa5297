using Insights.Ingest.Datasets;
using Insights.Model.Reference;

namespace Insights.Ingest.Feeds.Review.Sheets;

/// <summary>
/// Review sheets as competitions export them (评审结果汇总表): one row per project, a group of columns per judge and
/// stage (专家一编码, 专家一原始分, 专家一标准分, 专家一复议分, ..., 专家一编码（二）...), per-project totals, rank and
/// award. Each mark lands as one score (criterion <c>total</c>, round 0, with the standardized mark); a reconsidered
/// mark as a second (round 1); the award as one award row. A mark that cannot be read is quarantined alone, with its
/// cell; the rest of the row lands. Outside data only: the season must have no reference data.
/// </summary>
/// <param name="defaultSeason">Reference data of the default season (a review sheet cannot land in such a season), or null.</param>
/// <param name="defaultSeasonId">The default season's id, for the message.</param>
public sealed class ReviewSheetFeed(ReferenceCatalog? defaultSeason, string defaultSeasonId) : Feed
{
    private const int Project = 1, Track = 2;

    /// <inheritdoc />
    public override string Id => "review_sheet";

    /// <inheritdoc />
    public override bool IsOutsideData => true;

    /// <inheritdoc />
    public override string NameZh => "评审结果汇总表（每个项目一行，每位专家一组列）";

    /// <inheritdoc />
    public override string NameEn => "review sheet (one row per project, a group of columns per judge)";

    /// <inheritdoc />
    public override LakeDataset Dataset => LakeDatasets.Score;

    /// <inheritdoc />
    public override IReadOnlyList<FeedField> Fields { get; } =
    [
        new("season", ValueKind.Text, false),
        new("project_id", ValueKind.Text, false),
        new("track", ValueKind.Text, false),
        new("judge_groups", ValueKind.Text, true),
    ];

    /// <inheritdoc />
    public override FeedBinding? Bind(IReadOnlyList<string> header, string fileName) =>
        SheetRecognizer.Recognise(header) is { } layout ? BindLayout(header, layout) : null;

    /// <summary>Binds a header to a layout (recognised, or read from a layout file).</summary>
    /// <param name="header">The header.</param>
    /// <param name="layout">Where everything is.</param>
    /// <exception cref="FeedException">The default season has reference data: a review sheet is outside data.</exception>
    public FeedBinding BindLayout(IReadOnlyList<string> header, SheetLayout layout)
    {
        if (defaultSeason is not null)
        {
            throw new FeedException(
                $"这是一张评审结果汇总表（每个项目一行），属于外部赛事数据；赛季 {defaultSeasonId} 有参考数据，其评分细则没有“total”评分项。请用 --season 给出该赛事自己的赛季名，例如 --season 2023-XX",
                $"this is a review sheet (one row per project) of another competition; season {defaultSeasonId} has reference data whose rubric has no criterion 'total'. Name the competition's own season with --season NAME, e.g. --season 2023-XX");
        }

        return new SheetBinding(this, header, [-1, layout.Project, layout.Track, layout.FirstJudgeColumn], layout);
    }

    /// <summary>The layout a binding of this feed holds, or null for another feed's binding.</summary>
    /// <param name="binding">A binding.</param>
    public static SheetLayout? LayoutOf(FeedBinding binding) => (binding as SheetBinding)?.Layout;

    /// <inheritdoc />
    public override void Land(FeedRow row, LandingContext context)
    {
        var layout = ((SheetBinding)row.Binding).Layout;
        var season = context.DefaultSeason;
        string? project;
        if (layout.Project >= 0)
        {
            project = row.Cell(layout.Project);
            if (project is null)
            {
                row.Reject(Project, null, "项目编号为空", "the project id is missing");
                return;
            }
        }
        else
        {
            project = "row-" + row.RowNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Warn("W-SHEET-ROW-ID", "评审表没有项目编号列：以行号 row-N 作项目编号", "the review sheet has no project id column: the row number row-N is the project id");
        }

        var track = layout.Track >= 0 ? row.Cell(layout.Track) : layout.FixedTrack;
        if (track is null)
        {
            row.Reject(Track, null, "赛道为空", "the track is missing");
            return;
        }

        if (context.IsDuplicate(row, season, "review_sheet", track, project))
        {
            return;
        }

        var lakeBefore = context.LakeRows;
        var cellsBefore = context.CellsQuarantined;
        var marks = new SheetRowMarks(row, context, season, track, project, layout);
        foreach (var stage in layout.Stages)
        {
            marks.LandStage(stage);
        }

        if (context.LakeRows == lakeBefore && context.CellsQuarantined == cellsBefore)
        {
            row.RejectColumn(string.Empty, string.Empty, "该行没有任何专家评分", "the row has no judge's mark");
        }
    }

    /// <summary>A file's binding to a review sheet's layout.</summary>
    private sealed class SheetBinding(Feed feed, IReadOnlyList<string> header, int[] columns, SheetLayout layout)
        : FeedBinding(feed, header, columns)
    {
        public SheetLayout Layout { get; } = layout;

        public override int Matched => base.Matched + Layout.Stages.Sum(s => s.Judges.Sum(j => j.Columns.Count()));
    }
}
