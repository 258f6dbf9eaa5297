using Insights.Ingest.Converters;
using Insights.Ingest.Pipeline;
using Insights.Ingest.Tests.Converters;

namespace Insights.Ingest.Tests.Feeds;

/// <summary>
/// The real rating data sets of ../shared/datasets load through the generic long score path: converted, then
/// ingested with no registrations, every converted row lands (none quarantined) and the unregistered projects are
/// a warning per season, not a rejection.
/// </summary>
public sealed class RealDatasetsIngestTests : IDisposable
{
    private static readonly byte[] s_key = "real-datasets-key-0123456789"u8.ToArray();
    private readonly string _root = Path.Combine(Path.GetTempPath(), "insights-real-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task Isu_figure_skating_scores_land_in_full()
    {
        var csv = Path.Combine(_root, "isu.csv");
        var converted = IsuFigureSkatingConverter.Convert(SharedDatasets.Isu, csv);
        var outcome = await IngestAsync(csv);
        Assert.Equal(converted.RowsWritten, outcome.RowsRead);
        Assert.Equal(outcome.RowsRead, outcome.RowsLanded);
        Assert.Equal(0, outcome.RowsQuarantined);
        Assert.Contains(outcome.Warnings, w => w.StartsWith("W-SCORE-UNREGISTERED:ISU-2016-17", StringComparison.Ordinal));
        Assert.Contains(outcome.Warnings, w => w.StartsWith("W-SCORE-UNREGISTERED:ISU-2017-18", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Essay_ratings_land_in_full()
    {
        var csv = Path.Combine(_root, "essays.csv");
        var converted = EssayRatingsConverter.Convert(SharedDatasets.Essays, csv);
        var outcome = await IngestAsync(csv);
        // 7,812 rater-essay rows x 4 domains (datasets README).
        Assert.Equal(31_248, converted.RowsWritten);
        Assert.Equal(31_248, outcome.RowsLanded);
        Assert.Equal(0, outcome.RowsQuarantined);
    }

    private async Task<FileOutcome> IngestAsync(string csv)
    {
        var outcomes = await new LakeIngestor(new IngestOptions(csv, Path.Combine(_root, "lake"), "2024-JS", s_key))
            .IngestAsync(cancellationToken: TestContext.Current.CancellationToken);
        var outcome = Assert.Single(outcomes);
        Assert.Equal("scores_long", outcome.Feed);
        return outcome;
    }
}
