using Insights.Warehouse.Tests.Support;

namespace Insights.Warehouse.Tests;

/// <summary>Mistakes on the command line exit with 2 and a bilingual message, before anything is created.</summary>
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
}
