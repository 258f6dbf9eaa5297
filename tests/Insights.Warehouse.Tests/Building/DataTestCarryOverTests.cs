using System.Globalization;
using System.Text;
using Insights.Ingest.Lake;
using Insights.Warehouse.Building;
using Insights.Warehouse.Tests.Support;

namespace Insights.Warehouse.Tests.Building;

/// <summary>
/// A rebuild carries the passes of the season-scoped data tests of the seasons whose inputs are unchanged, tests the
/// others, and gives the same results as a build that tests everything; a failing season is never carried.
/// </summary>
public sealed class DataTestCarryOverTests
{
    private const string Header = "season,stage,track,panel,judge,project,criterion,score,max_score";

    /// <summary>
    /// Proves: with two outside seasons landed and built, a new batch of season B makes the next build carry season A
    /// (and the reference-only season) and test B; its data test results (names, failures, samples) equal those of a
    /// fresh build of the same lake that tested every season, the lake views read both seasons again after the build
    /// (row counts per season equal the fresh build's), <c>etl_data_test_season</c> says which seasons were carried,
    /// and <c>--retest-all</c>'s option carries none.
    /// </summary>
    [Fact]
    public async Task An_unchanged_season_is_carried_and_the_results_equal_a_full_retest()
    {
        using var work = new TempDirectory("carry");
        var lake = work.Combine("lake");
        Write(work.Combine("a", "a.csv"), "EXT-A", "preliminary_written", file: 1, withStage: true);
        Write(work.Combine("b1", "b.csv"), "EXT-B", "preliminary_written", file: 2, withStage: true);
        await LakeRuns.LandAsync(work.Combine("a"), lake);
        await LakeRuns.LandAsync(work.Combine("b1"), lake);
        var warehouse = work.Combine("W.duckdb");
        var first = LakeRuns.Build(lake, warehouse);
        Assert.Empty(first.DataTestsCarried);
        Assert.True(first.TestsPassed, Failures(first));

        // A corrected sheet of season B (same feed and stage: it supersedes the first).
        Write(work.Combine("b2", "b.csv"), "EXT-B", "preliminary_written", file: 3, withStage: true);
        await LakeRuns.LandAsync(work.Combine("b2"), lake);
        var second = LakeRuns.Build(lake, warehouse);
        Assert.Contains("EXT-A", second.DataTestsCarried);
        Assert.Contains(LakeRuns.Season, second.DataTestsCarried);
        Assert.DoesNotContain("EXT-B", second.DataTestsCarried);
        Assert.Contains(second.Tests, t => t.SeasonsCarried > 0);

        var fresh = work.Combine("fresh.duckdb");
        var full = LakeRuns.Build(lake, fresh);
        Assert.Empty(full.DataTestsCarried);
        Assert.Equal(Results(full), Results(second));
        Assert.True(second.TestsPassed, Failures(second));

        const string perSeason = "SELECT season, count(*) AS n FROM lake_score GROUP BY ALL ORDER BY ALL";
        Assert.Equal(Rows(fresh, perSeason), Rows(warehouse, perSeason));
        Assert.Equal("EXT-A:6000,EXT-B:6000", Rows(warehouse, perSeason));
        const string facts = "SELECT season, count(*), sum(score) FROM fact_score GROUP BY ALL ORDER BY ALL";
        Assert.Equal(Rows(fresh, facts), Rows(warehouse, facts));
        Assert.Equal("2024-JS:True,EXT-A:True,EXT-B:False", Rows(warehouse, "SELECT season, carried FROM etl_data_test_season ORDER BY ALL"));

        var retested = WarehouseBuilder.Build(new LakeStore(lake), warehouse, retestAll: true);
        Assert.Empty(retested.DataTestsCarried);
        Assert.All(retested.Tests, t => Assert.Equal(0, t.SeasonsCarried));
        Assert.Equal(Results(full), Results(retested));
    }

    /// <summary>
    /// Proves: the same written-review sheet landed twice in season A, once with a stage column and once as a
    /// <c>*_written.csv</c> without one (two supersede keys, so both stay current), makes <c>unique_fact_score</c> fail
    /// for season A; the season is not recorded as passed, and after a new batch of season B the next build tests A
    /// again and reports the same failures, where B and the unchanged seasons pass.
    /// </summary>
    [Fact]
    public async Task A_failing_season_is_tested_again_in_every_build()
    {
        using var work = new TempDirectory("carry-fail");
        var lake = work.Combine("lake");
        Write(work.Combine("in", "a.csv"), "EXT-A", "preliminary_written", file: 1, withStage: true);
        Write(work.Combine("in", "a_written.csv"), "EXT-A", "preliminary_written", file: 1, withStage: false);
        Write(work.Combine("in", "b.csv"), "EXT-B", "preliminary_written", file: 2, withStage: true);
        await LakeRuns.LandAsync(work.Combine("in"), lake);
        var warehouse = work.Combine("W.duckdb");
        var first = LakeRuns.Build(lake, warehouse);
        var duplicated = Assert.Single(first.Tests, t => t.Name == "unique_fact_score");
        Assert.Equal(6000, duplicated.Failures);     // every key of the sheet, once per key
        Assert.All(duplicated.Sample, s => Assert.StartsWith("EXT-A | ", s, StringComparison.Ordinal));
        Assert.Equal("2024-JS,EXT-B", Rows(warehouse, "SELECT season FROM etl_data_test_season ORDER BY ALL"));

        Write(work.Combine("b2", "b_onsite.csv"), "EXT-B", "preliminary_onsite", file: 4, withStage: false);
        await LakeRuns.LandAsync(work.Combine("b2"), lake);
        var second = LakeRuns.Build(lake, warehouse);
        Assert.DoesNotContain("EXT-A", second.DataTestsCarried);
        Assert.Contains(LakeRuns.Season, second.DataTestsCarried);
        Assert.Equal(6000, Assert.Single(second.Tests, t => t.Name == "unique_fact_score").Failures);
        Assert.Equal(Results(first).Where(r => r.Name != "unique_fact_score").Select(r => r.Failures), Results(second).Where(r => r.Name != "unique_fact_score").Select(r => r.Failures));
        Assert.Equal("2024-JS,EXT-B", Rows(warehouse, "SELECT season FROM etl_data_test_season ORDER BY ALL"));
    }

    // One sheet: 60 projects x 20 judges x 5 criteria of one track and panel; its marks depend on the file number.
    private static void Write(string path, string season, string stage, int file, bool withStage)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var b = new StringBuilder(withStage ? Header : Header.Replace("stage,", string.Empty, StringComparison.Ordinal)).Append('\n');
        string[] criteria = ["solution", "data_elements", "application_value", "business_model", "team"];
        for (var p = 1; p <= 60; p++)
        {
            for (var j = 1; j <= 20; j++)
            {
                foreach (var (c, k) in criteria.Select((c, k) => (c, k)))
                {
                    var score = ((file * 7) + (p * 3) + (j * 5) + k) % 101;
                    b.Append(CultureInfo.InvariantCulture, $"{season},{(withStage ? stage + "," : string.Empty)}T01,P1,J{j},{season}-P{p},{c},{score},100\n");
                }
            }
        }

        File.WriteAllText(path, b.ToString(), new UTF8Encoding(false));
    }

    private static List<(string Name, long Failures, string Sample)> Results(BuildReport report) =>
        [.. report.Tests.Select(t => (t.Name, t.Failures, string.Join("\n", t.Sample)))];

    private static string Failures(BuildReport report) =>
        string.Join("\n", report.Tests.Where(t => !t.Passed).Select(t => $"{t.Name}: {t.Failures}: {string.Join(" / ", t.Sample)}"));

    private static string Rows(string warehouse, string sql) =>
        string.Join(",", LakeRuns.Query(warehouse, sql).Select(r => string.Join(":", r.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)))));
}
