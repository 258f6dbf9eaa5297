using Insights.Ingest.Datasets;
using Insights.Ingest.Datasets.Columns;
using Insights.Ingest.Feeds;
using Insights.Ingest.Lake;
using Insights.Ingest.Reading;

namespace Insights.Ingest.Pipeline;

/// <summary>
/// Lands source rows one by one through a feed: each row is landed or quarantined with its first problem, and the
/// counts, seasons and samples of the file are kept. The row-by-row path sends every row here; the bulk path only
/// the rows its SQL did not land, which must then all be quarantined.
/// </summary>
internal sealed class RowLanding(Feed feed, FeedBinding binding, LandingContext context, BatchSink sink, string defaultSeason)
{
    private const int SamplesPerFile = 20;
    private readonly FeedRow _row = new(binding);
    private string? _lastSeason;

    /// <summary>Rows read.</summary>
    public long Read { get; set; }

    /// <summary>Rows landed.</summary>
    public long Landed { get; set; }

    /// <summary>Rows quarantined.</summary>
    public long Quarantined { get; private set; }

    /// <summary>The first quarantined rows, for the report.</summary>
    public List<QuarantineSample> Samples { get; } = [];

    /// <summary>The seasons of the rows read.</summary>
    public SortedSet<string> Seasons { get; } = new(StringComparer.Ordinal);

    /// <summary>Lands or quarantines one row; returns whether it landed.</summary>
    /// <param name="source">The source row.</param>
    public bool Land(SourceRow source)
    {
        var row = _row;
        Read++;
        row.Reset(source);
        var before = context.LakeRows;
        var cellsBefore = context.CellsQuarantined;
        if (row.Ok)
        {
            feed.Land(row, context);
        }

        var season = row.Binding.Has(0) && row.Text(0) is { } s ? s : defaultSeason;
        if (row.Ok && context.LakeRows == before && context.CellsQuarantined == cellsBefore)
        {
            row.RejectColumn(string.Empty, string.Empty, "内部错误：该行既未入库也未隔离", "internal error: the row was neither landed nor quarantined");
        }

        if (!ReferenceEquals(season, _lastSeason))
        {
            Seasons.Add(season);
            _lastSeason = season;
        }

        if (row.Ok)
        {
            Landed++;
            return true;
        }

        Quarantined++;
        var problem = row.Problem!;
        var q = sink.Row(LakeDatasets.Quarantine, season, source.RowNumber);
        q.Set(QuarantineColumns.Feed, feed.Id);
        q.Set(QuarantineColumns.SourceColumn, problem.Column);
        q.Set(QuarantineColumns.Value, problem.Value);
        q.Set(QuarantineColumns.ReasonZh, problem.ReasonZh);
        q.Set(QuarantineColumns.ReasonEn, problem.ReasonEn);
        q.Set(QuarantineColumns.Scope, "row");
        if (Samples.Count < SamplesPerFile)
        {
            Samples.Add(new QuarantineSample(source.RowNumber, problem.Column, problem.Value, problem.ReasonZh, problem.ReasonEn));
        }

        return false;
    }
}
