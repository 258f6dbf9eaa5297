using Insights.Ingest.Feeds.Layouts;
using Insights.Ingest.Pipeline;

namespace Insights.Ingest.Tests.Feeds.ReviewSheets;

/// <summary>Lands one file or folder in a fresh lake of its own, as <c>insights ingest</c> does.</summary>
public sealed class ReviewSheetIngest : IDisposable
{
    private static readonly byte[] s_key = "review-sheet-tests-key-0123456789"u8.ToArray();

    /// <summary>The test's temporary folder.</summary>
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "insights-sheet-" + Guid.NewGuid().ToString("N"));

    /// <summary>Lands a source into the lake <paramref name="lakeName"/> under the root.</summary>
    public async Task<(IReadOnlyList<FileOutcome> Outcomes, string Lake)> RunAsync(string source, string lakeName, string season = "2023-XX", LayoutFile? layout = null)
    {
        var lake = Path.Combine(Root, lakeName);
        var outcomes = await new LakeIngestor(new IngestOptions(source, lake, season, s_key, Layout: layout)).IngestAsync(cancellationToken: TestContext.Current.CancellationToken);
        return (outcomes, lake);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
