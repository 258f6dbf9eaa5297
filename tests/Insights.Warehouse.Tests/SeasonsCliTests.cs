using System.Text;
using Insights.Warehouse.Tests.Support;

namespace Insights.Warehouse.Tests;

/// <summary>
/// Seasons that should not exist: a mistyped <c>--season</c> for files of the notice's format is refused, outside
/// data still takes a new season name, and <c>insights seasons list|drop</c> shows and removes a season while the
/// lake's audit trail stays.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class SeasonsCliTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(3);

    // Two outside seasons in one generic long CSV: 4 rows of OUT-A, 2 of OUT-B.
    private const string Csv = """
        season,stage,track,panel,judge,project,criterion,score
        OUT-A,heat,Latin,P1,R1,C1,technique,7
        OUT-A,heat,Latin,P1,R2,C1,technique,6
        OUT-A,heat,Latin,P1,R1,C2,technique,8
        OUT-A,heat,Latin,P1,R2,C2,technique,5
        OUT-B,final,Latin,P2,R3,C1,technique,9
        OUT-B,final,Latin,P2,R4,C1,technique,8

        """;

    /// <summary>
    /// Proves: a team list (a file of the notice's format) ingested with a mistyped season exits 2 with a bilingual
    /// message naming the season, the known seasons (2024-JS) and the file, and lands nothing of that season; a generic
    /// long CSV with a new season name still lands.
    /// </summary>
    [Fact]
    public void A_mistyped_season_is_refused_for_notice_files_but_outside_data_takes_a_new_one()
    {
        using var work = new TempDirectory("season-typo");
        var teams = work.Combine("in", "teams.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(teams)!);
        File.WriteAllText(teams, "团队编号,团队名称,牵头单位\nJSTD000001,一队,甲公司\n");
        var warehouse = work.Combine("W.duckdb");

        var typo = Cli.Run(s_timeout, "ingest", teams, "--warehouse", warehouse, "--season", "2024-SJ");

        var output = typo.Stdout + typo.Stderr;
        Assert.Equal(2, typo.Exit);
        Assert.Contains("未知赛季 '2024-SJ'", output, StringComparison.Ordinal);
        Assert.Contains("unknown season '2024-SJ' (known seasons: 2024-JS)", output, StringComparison.Ordinal);
        Assert.Contains("teams.csv", output, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateDirectories(work.Combine("lake"), "season=2024-SJ", SearchOption.AllDirectories));

        var outside = work.Combine("in2", "scores.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(outside)!);
        File.WriteAllText(outside, Csv, new UTF8Encoding(false));
        var landed = Cli.Run(s_timeout, "ingest", outside, "--warehouse", warehouse, "--season", "OUT-A");
        Assert.True(landed.Exit is 0 or 1, landed.Stdout + landed.Stderr);
        Assert.Equal(4L, LakeRuns.Query(warehouse, "SELECT count(*) AS n FROM fact_score WHERE season = 'OUT-A'").Single()["n"]);
    }

    /// <summary>
    /// Proves: <c>seasons list</c> shows both seasons with their rows (4 and 2, counted by hand from the CSV); <c>seasons
    /// drop</c> without <c>--yes</c> refuses and removes nothing; with it, the rebuilt warehouse has no row of the
    /// dropped season and every row of the other, <c>etl_batch</c> still holds the batch and <c>etl_season_drop</c>
    /// says who dropped what; ingesting the same file again brings the season back.
    /// </summary>
    [Fact]
    public void Seasons_list_and_drop_remove_a_season_and_keep_the_audit_trail()
    {
        using var work = new TempDirectory("season-drop");
        var csv = work.Combine("in", "scores.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(csv)!);
        File.WriteAllText(csv, Csv, new UTF8Encoding(false));
        var warehouse = work.Combine("W.duckdb");
        var ingest = Cli.Run(s_timeout, "ingest", csv, "--warehouse", warehouse, "--season", "OUT-A");
        Assert.True(ingest.Exit is 0 or 1, ingest.Stdout + ingest.Stderr);

        var list = Cli.Run(s_timeout, "seasons", "list", "--warehouse", warehouse);
        Assert.True(list.Exit == 0, list.Stderr);
        Assert.Contains("OUT-A\t外部数据 / outside\t1\t4\t1\t否 / no", list.Stdout, StringComparison.Ordinal);
        Assert.Contains("OUT-B\t外部数据 / outside\t1\t2\t1\t否 / no", list.Stdout, StringComparison.Ordinal);

        var refused = Cli.Run(s_timeout, "seasons", "drop", "OUT-A", "--warehouse", warehouse);
        Assert.Equal(2, refused.Exit);
        Assert.Contains("--yes", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(4L, Count(warehouse, "OUT-A"));

        var unknown = Cli.Run(s_timeout, "seasons", "drop", "OUT-C", "--warehouse", warehouse, "--yes");
        Assert.Equal(2, unknown.Exit);
        Assert.Contains("holds no season 'OUT-C'; its seasons: OUT-A, OUT-B", unknown.Stderr, StringComparison.Ordinal);

        var drop = Cli.Run(s_timeout, "seasons", "drop", "OUT-A", "--warehouse", warehouse, "--yes");
        Assert.True(drop.Exit == 0, drop.Stdout + drop.Stderr);
        Assert.Equal(0L, Count(warehouse, "OUT-A"));
        Assert.Equal(2L, Count(warehouse, "OUT-B"));
        Assert.Equal(1L, LakeRuns.Query(warehouse, "SELECT count(*) AS n FROM etl_batch").Single()["n"]);
        var record = LakeRuns.Query(warehouse, "SELECT season, dropped_by, lake_rows FROM etl_season_drop").Single();
        Assert.Equal(("OUT-A", Environment.UserName, 4L), ((string)record["season"]!, (string)record["dropped_by"]!, (long)record["lake_rows"]!));
        Assert.Contains("dropped", Cli.Run(s_timeout, "seasons", "list", "--warehouse", warehouse).Stdout, StringComparison.Ordinal);

        var again = Cli.Run(s_timeout, "ingest", csv, "--warehouse", warehouse, "--season", "OUT-A");
        Assert.True(again.Exit is 0 or 1, again.Stdout + again.Stderr);
        Assert.Equal(4L, Count(warehouse, "OUT-A"));
        Assert.Equal(2L, Count(warehouse, "OUT-B"));
    }

    private static long Count(string warehouse, string season) =>
        (long)LakeRuns.Query(warehouse, $"SELECT count(*) AS n FROM fact_score WHERE season = '{season}'").Single()["n"]!;
}
