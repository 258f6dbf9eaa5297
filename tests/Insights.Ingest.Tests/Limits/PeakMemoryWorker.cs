using System.Text.Json;
using Insights.Ingest.Pipeline;

namespace Insights.Ingest.Tests.Limits;

/// <summary>
/// The child process of <see cref="PeakMemoryTests"/>: this test assembly, started again to run only this test, lands
/// the folder named in <see cref="SourceVariable"/> with the default limits and writes the outcomes and its own peak
/// resident set size (VmHWM of /proc/self/status, which the kernel keeps for the process's whole life) to the file
/// named in <see cref="OutputVariable"/>. Run any other way, it is skipped.
/// </summary>
public sealed class PeakMemoryWorker
{
    public const string SourceVariable = "INSIGHTS_PEAK_SOURCE";
    public const string OutputVariable = "INSIGHTS_PEAK_OUTPUT";

    [Fact]
    public async Task Ingest_in_a_child_process()
    {
        var source = Environment.GetEnvironmentVariable(SourceVariable);
        var output = Environment.GetEnvironmentVariable(OutputVariable);
        if (source is null || output is null)
        {
            Assert.Skip($"runs only as the child process of {nameof(PeakMemoryTests)}");
        }

        var lake = Path.Combine(Path.GetDirectoryName(source)!, "lake");
        var outcomes = await new LakeIngestor(new IngestOptions(source, lake, "2024-JS", BombFolder.Key)).IngestAsync(cancellationToken: TestContext.Current.CancellationToken);
        var peak = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kilobytes = long.Parse(peak["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        await File.WriteAllTextAsync(output, JsonSerializer.Serialize(new PeakMemoryResult(kilobytes * 1024, [.. outcomes])), TestContext.Current.CancellationToken);
    }
}
