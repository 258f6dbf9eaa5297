using System.Text;
using System.Text.Json;
using Insights.Warehouse.Tests.Support;

namespace Insights.Warehouse.Tests;

/// <summary><c>insights ingest</c> says which seasons' data tests it carried, and <c>--retest-all</c> carries none.</summary>
[Collection(RunsAlone.Name)]
public sealed class CliRetestAllTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(3);

    /// <summary>
    /// Proves, with the real CLI: a first ingest carries nothing; a second ingest of another season into the same
    /// warehouse carries the first season (and the reference season), in the JSON summary (<c>data_tests_carried</c>,
    /// each scoped test's <c>seasons_carried</c>) and in the printed one; a third with <c>--retest-all</c> carries none.
    /// </summary>
    [Fact]
    public void Ingest_names_the_carried_seasons_and_retest_all_carries_none()
    {
        using var work = new TempDirectory("retest");
        var warehouse = work.Combine("W.duckdb");
        string Source(string season)
        {
            var folder = work.Combine(season);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "scores.csv"), $"season,stage,track,panel,judge,project,criterion,score\n{season},r1,T,P,J1,X1,c,1\n{season},r1,T,P,J2,X1,c,2\n", new UTF8Encoding(false));
            return folder;
        }

        var first = Json(Cli.Run(s_timeout, "ingest", Source("EXT-1"), "--warehouse", warehouse, "--json"));
        Assert.Empty(first.GetProperty("data_tests_carried").EnumerateArray());

        var second = Json(Cli.Run(s_timeout, "ingest", Source("EXT-2"), "--warehouse", warehouse, "--json"));
        Assert.Equal(["2024-JS", "EXT-1"], second.GetProperty("data_tests_carried").EnumerateArray().Select(s => s.GetString()));
        var scoped = second.GetProperty("data_tests").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "unique_fact_score");
        Assert.Equal(2, scoped.GetProperty("seasons_carried").GetInt32());

        var printed = Cli.Run(s_timeout, "ingest", Source("EXT-3"), "--warehouse", warehouse);
        Assert.Equal(0, printed.Exit);
        Assert.Contains("season-scoped data tests carried (passed before, input unchanged): 2024-JS, EXT-1, EXT-2", printed.Stdout.ReplaceLineEndings(" "), StringComparison.Ordinal);

        var retested = Json(Cli.Run(s_timeout, "ingest", Source("EXT-4"), "--warehouse", warehouse, "--retest-all", "--json"));
        Assert.Empty(retested.GetProperty("data_tests_carried").EnumerateArray());
        Assert.All(retested.GetProperty("data_tests").EnumerateArray(), t => Assert.Equal(0, t.GetProperty("seasons_carried").GetInt32()));
    }

    private static JsonElement Json((int Exit, string Stdout, string Stderr, TimeSpan Elapsed) run)
    {
        Assert.True(run.Exit == 0, $"exit {run.Exit}: {run.Stderr}");
        using var document = JsonDocument.Parse(run.Stdout);
        return document.RootElement.Clone();
    }
}
