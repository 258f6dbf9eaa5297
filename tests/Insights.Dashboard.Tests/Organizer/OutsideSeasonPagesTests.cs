using System.Net;
using DuckDB.NET.Data;
using Insights.Analytics.Pipeline;
using Insights.Analytics.Pipeline.Output;
using Insights.Analytics.Pipeline.Season;
using Insights.Analytics.Pipeline.Warehouse;
using Insights.Dashboard.Tests.Support;
using Insights.Generator.Review;
using Insights.Ingest.Lake;
using Insights.Ingest.Pipeline;
using Insights.Warehouse.Building;

namespace Insights.Dashboard.Tests.Organizer;

/// <summary>
/// An outside competition's review workbook (the generator's two-stage review.xlsx: a row per project, a group of
/// columns per expert, reconsidered marks, published awards) through ingest and analyze, then the organizers' pages:
/// the season and its own track labels are listed, a track's report shows its stages, and the reconsideration and
/// decision exports hold exactly the warehouse's rows.
/// </summary>
public sealed class OutsideSeasonPagesTests : IDisposable
{
    private const string Season = "REVIEW-T";
    private readonly string _root = Directory.CreateTempSubdirectory("insights-outside-pages-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Organizers_see_an_outside_competitions_tracks_reports_and_exports()
    {
        var export = Path.Combine(_root, "export");
        ReviewSheetGenerator.Generate(new ReviewSheetOptions(export, Path.Combine(_root, "truth"), Projects: 600, Seed: 3));
        var lake = Path.Combine(_root, "lake");
        await new LakeIngestor(new IngestOptions(export, lake, Season, "outside-pages-key-0123456789abcd"u8.ToArray())).IngestAsync(cancellationToken: TestContext.Current.CancellationToken);
        var warehouse = Path.Combine(_root, "warehouse.duckdb");
        WarehouseBuilder.Build(new LakeStore(lake), warehouse);
        var result = SeasonAnalysis.Run(new AnalyzeOptions(warehouse, Path.Combine(_root, "analysis"), Resamples: 200), cancellationToken: TestContext.Current.CancellationToken);
        AnalyticsWarehouse.Write(result, AnalysisSummary.Json(result));

        List<string> tracks;
        string track;
        long reconsidered, decisions;
        using (var connection = new DuckDBConnection($"Data Source={warehouse};ACCESS_MODE=READ_ONLY"))
        {
            connection.Open();
            tracks = Strings(connection, $"SELECT track_code FROM dim_track WHERE season = '{Season}' ORDER BY track_code");
            track = Strings(connection, $"SELECT track_code FROM mart_reconsideration WHERE season = '{Season}' GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")[0];
            reconsidered = Strings(connection, $"SELECT project_id FROM mart_reconsideration WHERE season = '{Season}' AND track_code = '{track}'").Count;
            decisions = Strings(connection, $"""
                SELECT project_id FROM analytics_project WHERE season = '{Season}' AND track_code = '{track}' AND tier IS NOT NULL
                  AND (tier <> coalesce(tier_fair, tier) OR tier <> coalesce(tier_published, tier) OR coalesce(tier_standard, tier_fair, tier) <> coalesce(tier_fair, tier))
                """).Count;
        }

        Assert.True(tracks.Count >= 3, string.Join(",", tracks));
        Assert.True(reconsidered > 0);
        using var factory = new DashboardFactory(warehouse);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await SignIn.AsAsync(client, DashboardFactory.Organizer);
        var home = await GetAsync(client, $"/organizer?season={Season}&culture=zh-CN");
        Assert.All(tracks, t => Assert.Contains(t, home, StringComparison.Ordinal));

        var report = await GetAsync(client, $"/organizer/tracks/{Uri.EscapeDataString(track)}?season={Season}&culture=zh-CN");
        Assert.Contains("stage1", report, StringComparison.Ordinal);
        Assert.Contains("stage2", report, StringComparison.Ordinal);
        Assert.Contains("复议", report, StringComparison.Ordinal);
        // Outside tracks are named by their labels only: the heading says the label once, and no empty committee.
        var heading = System.Text.RegularExpressions.Regex.Match(report, "<h1[^>]*>(.*?)</h1>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal(1, heading.Split(track).Length - 1);
        Assert.DoesNotContain("执委会:", report.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);

        var path = $"/reports/{Season}/{Uri.EscapeDataString(track)}";
        Assert.Equal(reconsidered + 1, Lines(await GetAsync(client, $"{path}/reconsideration.csv")));
        Assert.Equal(decisions + 1, Lines(await GetAsync(client, $"{path}/decisions.csv")));
        Assert.True(Lines(await GetAsync(client, $"{path}/judges.csv")) > 30);
    }

    private static int Lines(string csv) => csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;

    private static async Task<string> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    private static List<string> Strings(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
