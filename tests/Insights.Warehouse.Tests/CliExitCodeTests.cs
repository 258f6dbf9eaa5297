using System.Text;
using System.Text.Json;
using Insights.Ingest.Lake;
using Insights.Warehouse.Tests.Support;

namespace Insights.Warehouse.Tests;

/// <summary>The exit codes of <c>insights ingest</c>, run as the user runs it.</summary>
[Collection(RunsAlone.Name)]
public sealed class CliExitCodeTests
{
    private const string Header = "season,stage,track,panel,judge,project,criterion,score";
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(3);

    /// <summary>
    /// Proves, with the real CLI: exit 0 when every row of every file landed and there is no finding or failing data
    /// test (a clean generic score CSV of an outside season: its W-SCORE-UNREGISTERED warning does not count); exit 1 when
    /// a row was quarantined (the --json summary says which); exit 2 when a file cannot be read at all, and then the
    /// readable file beside it still lands while nothing of the unreadable one reaches the lake.
    /// </summary>
    [Fact]
    public void Exit_codes_say_landed_quarantined_or_unreadable()
    {
        using var work = new TempDirectory("exit");
        var clean = work.Combine("clean");
        Write(Path.Combine(clean, "a.csv"), Header, "EXT-1,r1,T,P,J1,X1,c,1", "EXT-1,r1,T,P,J2,X1,c,-2");
        var (exit0, summary0) = Ingest(clean, work.Combine("w0", "W.duckdb"));
        Assert.Equal(0, exit0);
        Assert.Equal(0, summary0.GetProperty("exit_code").GetInt32());

        var quarantined = work.Combine("quarantined");
        Write(Path.Combine(quarantined, "a.csv"), Header, "EXT-1,r1,T,P,J1,X1,c,1", "EXT-1,r1,T,P,J2,X1,c,");
        var (exit1, summary1) = Ingest(quarantined, work.Combine("w1", "W.duckdb"));
        Assert.Equal(1, exit1);
        var file1 = Assert.Single(summary1.GetProperty("files").EnumerateArray());
        Assert.Equal((2, 1, 1), (file1.GetProperty("rows_read").GetInt32(), file1.GetProperty("rows_landed").GetInt32(), file1.GetProperty("rows_quarantined").GetInt32()));

        var unreadable = work.Combine("unreadable");
        Write(Path.Combine(unreadable, "a.csv"), Header, "EXT-1,r1,T,P,J1,X1,c,1");
        var noise = new byte[4096];
        new Random(3).NextBytes(noise);
        File.WriteAllBytes(Path.Combine(unreadable, "b.csv"), noise);
        var (exit2, summary2) = Ingest(unreadable, work.Combine("w2", "W.duckdb"));
        Assert.Equal(2, exit2);
        var files = summary2.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("file").GetString()!, f => f.GetProperty("status").GetString());
        Assert.Equal("landed", files["a.csv"]);
        Assert.Equal("failed", files["b.csv"]);
        var manifests = new LakeStore(work.Combine("w2", "lake")).Manifests();
        Assert.Equal(["a.csv"], manifests.Select(m => m.SourceFile));
    }

    private static (int Exit, JsonElement Summary) Ingest(string source, string warehouse)
    {
        var run = Cli.Run(s_timeout, "ingest", source, "--warehouse", warehouse, "--json");
        Assert.False(string.IsNullOrWhiteSpace(run.Stdout), $"no JSON summary (exit {run.Exit}): {run.Stderr}");
        using var document = JsonDocument.Parse(run.Stdout);
        return (run.Exit, document.RootElement.Clone());
    }

    private static void Write(string path, params string[] lines)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, string.Join("\n", lines) + "\n", new UTF8Encoding(false));
    }
}
