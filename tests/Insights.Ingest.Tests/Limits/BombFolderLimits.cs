using Insights.Ingest.Pipeline;
using Insights.Ingest.Reading;

namespace Insights.Ingest.Tests.Limits;

/// <summary>Lands a <see cref="BombFolder"/> with limits of the test's choosing (kept apart: the option is new with issue 12).</summary>
public static class BombFolderLimits
{
    public static Task<IReadOnlyList<FileOutcome>> IngestAsync(this BombFolder folder, TableReadOptions limits) =>
        new LakeIngestor(new IngestOptions(folder.Source, folder.Lake, "2024-JS", BombFolder.Key, Limits: limits))
            .IngestAsync(cancellationToken: TestContext.Current.CancellationToken);
}
