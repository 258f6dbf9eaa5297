using System.Diagnostics;
using System.Text.Json;

namespace Insights.Ingest.Tests.Limits;

/// <summary>
/// Proves the peak memory of an ingest of each bomb at the default limits stays under 1 GB, as docs/ingest.md says.
/// </summary>
/// <remarks>
/// How it is measured, and why so: memory is a property of a process, and this test process runs other tests in
/// parallel and keeps what they allocated, so its own working set or the GC's counters say nothing about one ingest
/// (<c>GC.GetTotalAllocatedBytes</c> counts what was allocated over time, not what was held at once). Each bomb is
/// therefore landed in a child process, the small program tests/tools/PeakIngest, which reports the kernel's
/// high-water mark of its resident set (VmHWM) when the ingest is done: the peak of the whole process, runtime
/// included, so an upper bound on the ingest's own. The figures are in the test
/// output. Before the limits these runs reached 4.2 GB (shared strings), 2.7 GB (header row), 2.5 GB (JSON record),
/// 3.0 GB (wide rows) and 22 GB (seasons, out of memory).
/// </remarks>
public sealed class PeakMemoryTests(ITestOutputHelper output)
{
    private const long OneGigabyte = 1_000_000_000;

    [Theory]
    [InlineData("sst")]
    [InlineData("header")]
    [InlineData("record")]
    [InlineData("columns")]
    [InlineData("seasons")]
    public void An_ingest_of_a_bomb_stays_under_1_GB(string bomb)
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Skip("reads the peak resident set size from /proc (Linux)");
        }

        using var folder = new BombFolder();
        var (file, landed) = bomb switch
        {
            "sst" => Make("sst-bomb.xlsx", p => InputBombs.SharedStrings(p, 75_000_000), false),
            "header" => Make("header-bomb.xlsx", p => InputBombs.HeaderRow(p, 40_000_000), false),
            "record" => Make("record-bomb.json", p => InputBombs.JsonRecord(p, 300_000_000), false),
            "columns" => Make("columns-bomb.csv", p => InputBombs.WideHeaderCsv(p, 40_000), true),
            _ => Make("seasons-bomb.csv", p => InputBombs.SeasonsCsv(p, 3_000), false),
        };

        (string, bool) Make(string name, Action<string> write, bool lands)
        {
            write(folder.In(name));
            return (name, lands);
        }

        var result = RunChild(folder);
        var size = new FileInfo(folder.In(file)).Length;
        output.WriteLine($"{file} ({size:N0} bytes): peak resident set {result.PeakBytes / 1_000_000.0:N0} MB");
        var outcome = Assert.Single(result.Files, f => f.File == file);
        output.WriteLine($"{outcome.Status}: {outcome.ErrorEn}");
        Assert.True(result.PeakBytes < OneGigabyte, $"{file}: the ingest peaked at {result.PeakBytes:N0} bytes");
        Assert.Equal(landed ? "landed" : "failed", outcome.Status);
        Assert.Equal(2, Assert.Single(result.Files, f => f.File == "good.csv").RowsLanded);
    }

    private static PeakMemoryResult RunChild(BombFolder folder)
    {
        // tests/tools/PeakIngest, started with this test assembly's runtime configuration and dependency file (the
        // project reference puts the program and what it needs beside this assembly).
        var here = typeof(PeakMemoryTests).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        var result = Path.Combine(folder.Root, "peak.json");
        foreach (var argument in new[]
        {
            "exec", "--runtimeconfig", Path.ChangeExtension(here, ".runtimeconfig.json"), "--depsfile", Path.ChangeExtension(here, ".deps.json"),
            typeof(Insights.Ingest.PeakIngest.Program).Assembly.Location, folder.Source, Path.Combine(folder.Root, "lake"), Convert.ToBase64String(BombFolder.Key), result,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        var stdout = child.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = child.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        child.WaitForExit();
        Assert.True(child.ExitCode == 0 && File.Exists(result), $"the child process failed ({child.ExitCode}):\n{stdout.Result}\n{stderr.Result}");
        return JsonSerializer.Deserialize<PeakMemoryResult>(File.ReadAllText(result))!;
    }
}
