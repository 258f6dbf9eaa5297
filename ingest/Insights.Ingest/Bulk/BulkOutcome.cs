using Insights.Ingest.Lake;
using Insights.Ingest.Pipeline;

namespace Insights.Ingest.Bulk;

/// <summary>What the bulk path landed from one file, for its manifest and report.</summary>
/// <param name="Files">The batch's Parquet files (scores and quarantine).</param>
/// <param name="Seasons">The seasons of the rows read.</param>
/// <param name="Read">Rows read.</param>
/// <param name="Landed">Rows landed.</param>
/// <param name="Quarantined">Rows quarantined.</param>
/// <param name="Samples">The first quarantined rows.</param>
/// <param name="Warnings">Warnings, as the manifest lists them.</param>
public sealed record BulkOutcome(
    IReadOnlyList<BatchFile> Files, IReadOnlyList<string> Seasons, long Read, long Landed, long Quarantined,
    IReadOnlyList<QuarantineSample> Samples, IReadOnlyList<string> Warnings)
{
    /// <summary>Seconds of each step (raw copy, distinct texts, lake files, duplicates, quarantine), for the report and the benchmark.</summary>
    public IReadOnlyDictionary<string, double> Seconds { get; init; } = new Dictionary<string, double>();
}
