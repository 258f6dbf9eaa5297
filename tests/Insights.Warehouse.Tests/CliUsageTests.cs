using Insights.Warehouse.Tests.Support;

namespace Insights.Warehouse.Tests;

/// <summary>
/// Mistakes on the command line exit with 2 and a bilingual message, before anything is created; <c>report</c> and
/// <c>publish</c> take <c>--season</c>, and an unknown season is such a mistake.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class CliUsageTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(2);

    [Theory]
    [InlineData("missing-source", "no source folder or file")]
    [InlineData("--encoding", "unknown encoding")]
    [InlineData("--feed", "no feed named")]
    public void A_usage_mistake_exits_2_and_creates_nothing(string mistake, string english)
    {
        using var work = new TempDirectory("usage");
        var source = work.Combine("teams.csv");
        File.WriteAllText(source, "团队编号,团队名称,牵头单位\nJSTD000001,一队,甲公司\n");
        var warehouse = work.Combine("out", "W.duckdb");
        string[] arguments = mistake switch
        {
            "missing-source" => ["ingest", work.Combine("no-such-folder"), "--warehouse", warehouse],
            "--encoding" => ["ingest", source, "--warehouse", warehouse, "--encoding", "latin-9"],
            _ => ["ingest", source, "--warehouse", warehouse, "--feed", "teams-and-more"],
        };

        var run = Cli.Run(s_timeout, arguments);

        Assert.Equal(2, run.Exit);
        Assert.Contains(english, run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.Contains("错误", run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(work.Combine("out")));
    }

    [Fact]
    public async Task Report_with_an_unknown_season_exits_2_listing_the_warehouse_seasons()
    {
        using var work = new TempDirectory("report-season");
        var lake = work.Combine("lake");
        await LakeRuns.LandAsync(GeneratedSeasonFiles.Shared(600, 7).ExportFolder, lake);
        var warehouse = work.Combine("W.duckdb");
        LakeRuns.Build(lake, warehouse);

        var unknown = Cli.Run(s_timeout, "report", "--warehouse", warehouse, "--out", work.Combine("unknown"), "--season", "2099-XX", "--no-pdf");
        Assert.Equal(2, unknown.Exit);
        Assert.Contains("错误 / error: 未知赛季 '2099-XX'", unknown.Stderr, StringComparison.Ordinal);
        Assert.Contains("unknown season '2099-XX'; the warehouse's seasons: 2024-JS", unknown.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", unknown.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(work.Combine("unknown")));

        var named = Cli.Run(s_timeout, "report", "--warehouse", warehouse, "--out", work.Combine("named"), "--season", "2024-JS", "--track", "T01", "--no-pdf");
        Assert.True(named.Exit == 0, named.Stderr);
        Assert.True(File.Exists(work.Combine("named", "report-T01.zh.html")));

        foreach (var verb in new[] { "report", "publish" })
        {
            var help = Cli.Run(s_timeout, verb, "--help");
            Assert.Contains("--season", help.Stdout, StringComparison.Ordinal);
        }
    }
}
