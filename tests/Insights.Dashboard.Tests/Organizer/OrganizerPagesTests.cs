using System.Net;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using Insights.Dashboard.Tests.Support;

namespace Insights.Dashboard.Tests.Organizer;

/// <summary>
/// The organizers' fairness reports over the served season: who may see them (anonymous users are sent to sign in,
/// committee members denied, exports answer 401/403), what they show, that each CSV export is the table on the page,
/// that the HTML export is self-contained, and that a finding's drill-down lists the fact_score rows behind it.
/// </summary>
public sealed partial class OrganizerPagesTests
{
    private static readonly string[] s_pages = ["/organizer", "/organizer/tracks/T06", "/organizer/tracks/T01?season=2024-JS"];

    private static readonly string[] s_exports = ["/reports/2024-JS/T06/judges.csv", "/reports/2024-JS/T06/findings.csv", "/reports/2024-JS/T06/report.html"];

    [Fact]
    public async Task Anonymous_users_are_sent_to_sign_in_and_exports_answer_401()
    {
        using var factory = new DashboardFactory((await ServedSeason.SharedAsync()).Warehouse);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var page in s_pages.Append("/organizer/findings/0123"))
        {
            using var response = await client.GetAsync(new Uri(page, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/login", LocationPath(response), StringComparison.Ordinal);
        }

        foreach (var export in s_exports)
        {
            using var response = await client.GetAsync(new Uri(export, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    [Fact]
    public async Task Committee_members_are_denied_pages_and_exports()
    {
        using var factory = new DashboardFactory((await ServedSeason.SharedAsync()).Warehouse);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await SignIn.AsAsync(client, DashboardFactory.Committee("NJ"));
        foreach (var page in s_pages)
        {
            using var response = await client.GetAsync(new Uri(page, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden, $"{page}: {response.StatusCode}");
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                Assert.StartsWith("/account/denied", LocationPath(response), StringComparison.Ordinal);
            }
        }

        foreach (var export in s_exports)
        {
            using var response = await client.GetAsync(new Uri(export, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public async Task Organizers_see_the_overview_and_every_section_of_a_report()
    {
        using var factory = new DashboardFactory((await ServedSeason.SharedAsync()).Warehouse);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await SignIn.AsAsync(client, DashboardFactory.Organizer);
        var overview = await GetAsync(client, "/organizer");
        for (var t = 1; t <= 12; t++)
        {
            Assert.Contains($"/organizer/tracks/T{t:00}?season=2024-JS", overview, StringComparison.Ordinal);
        }

        var zh = await GetAsync(client, "/organizer/tracks/T06");
        foreach (var heading in new[] { "概要", "发现了什么", "评委宽严度", "残差热图", "评审组信度", "阶段衔接", "利益冲突", "奖项稳健性", "建议" })
        {
            Assert.Contains(heading, zh, StringComparison.Ordinal);
        }

        Assert.True(Regex.Count(zh, "<svg") >= 3, "forest plots and the scatter are inline SVG");
        // The seed plants a judge on T06's preliminary and final panels: both the rule and the analytics find it.
        Assert.Contains("R-PANEL-DISJOINT", zh, StringComparison.Ordinal);
        Assert.Contains("panel_overlap", zh, StringComparison.Ordinal);
        Assert.Contains("ICC(3,k)", zh, StringComparison.Ordinal);
        // The overlap appears among the linking findings of the connectivity section.
        Assert.Contains(HtmlTables.Cells(zh, "linking"), row => row.Contains("评审组重叠"));
        Assert.Contains(HtmlTables.Cells(zh, "linking"), row => row.Contains("初赛决赛评委重复"));
        var en = await GetAsync(client, "/organizer/tracks/T06?culture=en");
        Assert.Contains("Judges' severity", en, StringComparison.Ordinal);
        Assert.Contains("Conflicts of interest", en, StringComparison.Ordinal);
        // Evidence in English: the Chinese messages are not shown.
        Assert.Contains("EX00084", en, StringComparison.Ordinal);
        Assert.DoesNotContain("评委EX00084", en, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_CSV_export_is_the_table_on_the_page()
    {
        using var factory = new DashboardFactory((await ServedSeason.SharedAsync()).Warehouse);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await SignIn.AsAsync(client, DashboardFactory.Organizer);
        foreach (var culture in new[] { "zh-CN", "en" })
        {
            var page = await GetAsync(client, $"/organizer/tracks/T06?culture={culture}");
            foreach (var table in Insights.Reports.ReportTables.Names)
            {
                var csv = Csv.Parse(await GetAsync(client, $"/reports/2024-JS/T06/{table}.csv?culture={culture}", decode: false));
                // The page lists the findings grouped by kind (one table per kind): the same rows as the CSV, in another order.
                var grouped = table == "findings";
                var shown = grouped ? HtmlTables.GroupedCells(page, table) : HtmlTables.Cells(page, table);
                Assert.Equal(csv.Count - 1, shown.Count);
                // The CSV defuses formulas with a leading apostrophe; the page shows the value.
                var exported = csv.Skip(1).Select(row => row.Select(c => c.StartsWith('\'') ? c[1..] : c).ToList()).ToList();
                if (grouped)
                {
                    shown = [.. shown.OrderBy(r => string.Join('\u001f', r), StringComparer.Ordinal)];
                    exported = [.. exported.OrderBy(r => string.Join('\u001f', r), StringComparer.Ordinal)];
                }

                for (var r = 0; r < shown.Count; r++)
                {
                    Assert.Equal(shown[r], exported[r]);
                }
            }
        }
    }

    [Fact]
    public async Task The_unstable_list_judges_the_final_by_a_fresh_panel()
    {
        // The judge resamples of the final's own panel are optimistic (docs/methods/robustness.md): a project is
        // unstable when its calibrated fresh-panel probability is below 0.5, the resamples' only where that is not
        // estimated (preliminary stages). The list must be that set, for every track, and differ from the old rule.
        var season = await ServedSeason.SharedAsync();
        using var factory = new DashboardFactory(season.Warehouse);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await SignIn.AsAsync(client, DashboardFactory.Organizer);
        using var connection = new DuckDBConnection($"Data Source={season.Warehouse};ACCESS_MODE=READ_ONLY");
        connection.Open();
        var differs = 0;
        for (var t = 1; t <= 12; t++)
        {
            var track = $"T{t:00}";
            var csv = Csv.Parse(await GetAsync(client, $"/reports/2024-JS/{track}/unstable.csv?culture=en", decode: false));
            var listed = csv.Skip(1).Select(r => r[1]).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(Projects(connection, track, "coalesce(p_tier_fresh, p_award_tier) < 0.5"), listed);
            differs += Projects(connection, track, "p_award_tier < 0.5").SequenceEqual(listed) ? 0 : 1;
        }

        Assert.True(differs > 0, "the served season should have a track where the fresh panel and the resamples disagree");

        static List<string> Projects(DuckDBConnection connection, string track, string rule)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT project_id FROM analytics_project WHERE season = '2024-JS' AND track_code = $track AND {rule}";
            command.Parameters.Add(new DuckDBParameter("track", track));
            using var reader = command.ExecuteReader();
            var ids = new List<string>();
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }

            return [.. ids.Order(StringComparer.Ordinal)];
        }
    }

    [Fact]
    public async Task The_judges_export_carries_the_anomaly_score_of_analytics_judge()
    {
        var season = await ServedSeason.SharedAsync();
        using var factory = new DashboardFactory(season.Warehouse);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await SignIn.AsAsync(client, DashboardFactory.Organizer);
        var csv = Csv.Parse(await GetAsync(client, "/reports/2024-JS/T06/judges.csv?culture=en", decode: false));
        var column = csv[0].IndexOf("anomaly_score");
        Assert.True(column > 0, string.Join(",", csv[0]));
        using var connection = new DuckDBConnection($"Data Source={season.Warehouse};ACCESS_MODE=READ_ONLY");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT judge_id, anomaly_score FROM analytics_judge
            WHERE season = '2024-JS' AND track_code = 'T06' AND stage = 'preliminary_written' AND isfinite(anomaly_score)
            """;
        using var reader = command.ExecuteReader();
        var compared = 0;
        // The stage column carries the stage's English name from the warehouse's dim_stage.
        var stage = StageName(connection, "preliminary_written");
        while (reader.Read())
        {
            var row = csv.Single(r => r[1] == reader.GetString(0) && r[0] == stage);
            Assert.Equal(reader.GetDouble(1).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), row[column]);
            compared++;
        }

        Assert.True(compared >= 5, $"{compared} judges compared");
    }

    [Fact]
    public async Task The_HTML_export_is_self_contained()
    {
        using var factory = new DashboardFactory((await ServedSeason.SharedAsync()).Warehouse);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await SignIn.AsAsync(client, DashboardFactory.Organizer);
        using var response = await client.GetAsync(new Uri("/reports/2024-JS/T06/report.html", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        Assert.DoesNotContain("url(http", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("评委宽严度", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        // The residual heatmaps of the complete panels, as on the page (the written review is sparse: none).
        Assert.Contains("残差热图（评委 × 项目）", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("heatmap-preliminary_onsite-cl0", html, StringComparison.Ordinal);
        Assert.Contains("heatmap-final_roadshow-cl0", html, StringComparison.Ordinal);
        Assert.DoesNotContain("heatmap-preliminary_written", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_findings_drill_down_lists_the_fact_score_rows_behind_it()
    {
        var season = await ServedSeason.SharedAsync();
        using var factory = new DashboardFactory(season.Warehouse);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await SignIn.AsAsync(client, DashboardFactory.Organizer);
        using var connection = new DuckDBConnection($"Data Source={season.Warehouse};ACCESS_MODE=READ_ONLY");
        connection.Open();
        var findings = new List<(string Id, long Expected)>();
        using (var command = connection.CreateCommand())
        {
            // One finding of each kind that names a track: judge, project, pair, unit and rule findings.
            command.CommandText = """
                SELECT f.finding_id, (SELECT count(*) FROM fact_score s WHERE s.season = f.season AND s.track_code = f.track_code
                    AND (f.stage IS NULL OR s.stage = f.stage)
                    AND (f.judge_id IS NULL OR list_contains(string_split(f.judge_id, ';'), s.judge_id))
                    AND (f.project_id IS NULL OR list_contains(string_split(f.project_id, ';'), s.project_id)))
                FROM fact_finding f WHERE f.track_code IS NOT NULL
                QUALIFY row_number() OVER (PARTITION BY coalesce(f.rule_id, f.kind) ORDER BY f.finding_id) = 1
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                findings.Add((reader.GetString(0), reader.GetInt64(1)));
            }
        }

        Assert.True(findings.Count >= 5, $"only {findings.Count} findings to drill into");
        Assert.Contains(findings, f => f.Expected > 0);
        foreach (var (id, expected) in findings)
        {
            var page = await GetAsync(client, $"/organizer/findings/{id}");
            Assert.Contains($"data-total=\"{expected}\"", page, StringComparison.Ordinal);
            Assert.Equal((int)Math.Min(expected, 2000), HtmlTables.Cells(page, "scores").Count);
        }

        // Judges' names are shown to organizers here (and only here).
        var outlier = await GetAsync(client, $"/organizer/findings/{findings[0].Id}");
        Assert.Contains("评分明细", outlier, StringComparison.Ordinal);
        var missing = await GetAsync(client, "/organizer/findings/no-such-finding");
        Assert.Contains("未找到", missing, StringComparison.Ordinal);
    }

    private static async Task<string> GetAsync(HttpClient client, string url, bool decode = true)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return decode ? WebUtility.HtmlDecode(body) : body;
    }

    /// <summary>The path of a redirect, whether the server wrote it absolute or (as it now does) relative.</summary>
    private static string LocationPath(HttpResponseMessage response) =>
        response.Headers.Location is { IsAbsoluteUri: true } absolute ? absolute.AbsolutePath : response.Headers.Location!.OriginalString;





    private static string StageName(DuckDBConnection connection, string stage)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name_en FROM dim_stage WHERE season = '2024-JS' AND stage = $stage";
        command.Parameters.Add(new DuckDBParameter("stage", stage));
        return (string)command.ExecuteScalar()!;
    }
}
