using System.Text.Json;
using Insights.Ingest.Pipeline;

namespace Insights.Ingest.PeakIngest;

/// <summary>
/// Lands one source folder with the default limits in a process of its own and writes the outcomes and the process's
/// peak resident set size (VmHWM of /proc/self/status, which the kernel keeps for the process's whole life) as JSON,
/// so that PeakMemoryTests can hold an ingest's peak memory against its bound without the test runner's own memory.
/// Usage: PeakIngest SOURCE LAKE KEY_BASE64 OUTPUT.json
/// </summary>
public static class Program
{
    /// <summary>Runs the ingest.</summary>
    /// <param name="args">Source folder, lake folder, the personal-data key (Base64) and the output file.</param>
    /// <returns>0 when the output was written, 2 on bad arguments.</returns>
    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length != 4)
        {
            await Console.Error.WriteLineAsync("usage: PeakIngest SOURCE LAKE KEY_BASE64 OUTPUT.json");
            return 2;
        }

        var outcomes = await new LakeIngestor(new IngestOptions(args[0], args[1], "2024-JS", Convert.FromBase64String(args[2]))).IngestAsync();
        var peak = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kilobytes = long.Parse(peak["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        await File.WriteAllTextAsync(args[3], JsonSerializer.Serialize(new { PeakBytes = kilobytes * 1024, Files = outcomes }));
        return 0;
    }
}
