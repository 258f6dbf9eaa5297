using System.Text.RegularExpressions;
using Insights.Dashboard.Tests.Support;
using Microsoft.Playwright;

namespace Insights.Dashboard.Tests.Browser;

/// <summary>
/// Every kind of public and committee page in a real browser, in Chinese and in English: a screenshot of each
/// (artifacts/screenshots/pages-*.png, to look at), and on the Chinese pages none of the warehouse's internal codes
/// and no English method text in what the reader sees (the page's visible text, figures included).
/// </summary>
public sealed partial class ChinesePagesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>
    /// Internal codes that must not reach a Chinese page, each matched as a whole word: table and column names, the
    /// committees' codes, the rubric's criterion codes, the stages' and tiers' codes, finding kinds and rule ids.
    /// </summary>
    private static readonly string[] s_codes =
    [
        "fact_score", "fact_mark", "fact_award", "fact_finding", "dim_project", "dim_track", "dim_team", "ref_rule", "rpt_public_tracks",
        "rpt_committee_scores", "analytics_panel", "etl_batch", "batch_id", "track_code", "project_id",
        "SZ", "NJ", "WX", "NT", "XZ", "YZ", "ZJ",
        "application_value", "business_model", "data_elements", "solution", "team", "criterion",
        "preliminary_written", "preliminary_onsite", "final_roadshow",
        "first", "second", "third", "single",
        "lenient", "harsh", "halo", "central_tendency", "outlier_score", "favoritism", "collusion", "drift", "award_unstable",
        "enterprise", "public_institution", "research_institute", "university",
    ];

    /// <summary>The values of the open-data files' tier and unit-type columns, which the data dictionary explains.</summary>
    private static readonly string[] s_fileValues = ["first", "second", "third", "single", "enterprise", "public_institution", "research_institute", "university"];

    /// <summary>English method text: four English words in a row (a Chinese page has at most a name like "ICC(1,k)" or "CSV").</summary>
    [GeneratedRegex(@"\b[A-Za-z]{2,}(?:[\s,'’]+[A-Za-z]{2,}){3,}\b")]
    private static partial Regex EnglishRun();

    /// <summary>A rule id (R-PANEL-DISJOINT) or a track code pattern of the warehouse shown as is.</summary>
    [GeneratedRegex(@"\bR-[A-Z]+-[A-Z-]+\b")]
    private static partial Regex RuleId();

    [Fact]
    public async Task Public_pages_in_Chinese_show_no_internal_code_and_every_kind_is_photographed()
    {
        foreach (var (path, name) in new[] { ("/", "home"), ("/participation", "participation"), ("/tracks/T01", "track-T01"), ("/data", "data") })
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync(path);
            await BrowserFixture.ScreenshotAsync(page, $"pages-{name}-zh");
            // The data dictionary documents the open-data files, whose tier and unit-type columns hold these codes as values.
            await AssertNoInternalCodesAsync(page, path, path == "/data" ? s_fileValues : []);
            await page.GotoAsync(path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "culture=en");
            await BrowserFixture.ScreenshotAsync(page, $"pages-{name}-en");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Committee_pages_in_Chinese_show_no_internal_code_and_every_kind_is_photographed()
    {
        // Zhenjiang's committee hosts one track (T02): its page compares it with the whole division.
        var member = await SignInAsync(DashboardFactory.Committee("ZJ"));
        await member.GotoAsync("/committee");
        var main = await member.Locator("main").InnerTextAsync();
        Assert.Contains("现代农业", main, StringComparison.Ordinal);
        Assert.Contains("全分赛", main, StringComparison.Ordinal);
        Assert.Contains("百分制", main, StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(member, "pages-committee-one-track-zh");
        await AssertNoInternalCodesAsync(member, "/committee (ZJ)");
        await member.GotoAsync("/committee?culture=en");
        Assert.Contains("Whole division", await member.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(member, "pages-committee-one-track-en");
        await member.Context.CloseAsync();

        var organizer = await SignInAsync(DashboardFactory.Organizer);
        await organizer.GotoAsync("/committee?track=T01&track=T07&culture=zh-CN");
        await BrowserFixture.ScreenshotAsync(organizer, "pages-committee-two-tracks-zh");
        await AssertNoInternalCodesAsync(organizer, "/committee?track=T01&track=T07");
        await organizer.GotoAsync("/committee?track=T01&track=T07&culture=en");
        await BrowserFixture.ScreenshotAsync(organizer, "pages-committee-two-tracks-en");
        await organizer.Context.CloseAsync();
    }

    [Fact]
    public async Task Organizer_pages_in_Chinese_show_no_internal_code_and_every_kind_is_photographed()
    {
        var organizer = await SignInAsync(DashboardFactory.Organizer);
        // T06 has every section: a judge on both panels, conflicts, unstable awards.
        foreach (var (path, name) in new[] { ("/organizer", "organizer-overview"), ("/organizer/tracks/T06", "organizer-report-T06") })
        {
            await organizer.GotoAsync(path);
            await BrowserFixture.ScreenshotAsync(organizer, $"pages-{name}-zh");
            await AssertNoInternalCodesAsync(organizer, path, organizer: true);
        }

        // Every kind of finding page: one finding of each kind the track report links to.
        await organizer.GotoAsync("/organizer/tracks/T06");
        var links = await organizer.Locator("a[href^='/organizer/findings/']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var kinds = await organizer.Locator("section[aria-labelledby=found] h3[data-kind]").EvaluateAllAsync<string[]>(
            "hs => hs.map(h => h.dataset.kind + '|' + (h.nextElementSibling?.querySelector(\"a[href^='/organizer/findings/']\")?.getAttribute('href') ?? ''))");
        Assert.True(kinds.Length >= 4, $"{kinds.Length} kinds of finding on T06");
        foreach (var (kind, href) in kinds.Select(k => k.Split('|')).Where(k => k[1].Length > 0).Select(k => (k[0], k[1])))
        {
            await organizer.GotoAsync(href);
            await BrowserFixture.ScreenshotAsync(organizer, $"pages-organizer-finding-{kind}-zh");
            await AssertNoInternalCodesAsync(organizer, href, organizer: true);
        }

        Assert.NotEmpty(links);
        await organizer.GotoAsync("/organizer/tracks/T06?culture=en");
        await BrowserFixture.ScreenshotAsync(organizer, "pages-organizer-report-T06-en");
        await organizer.Context.CloseAsync();
    }

    /// <summary>
    /// The visible text of the page, and the text of its inline figures, hold no listed code, rule id or English run.
    /// Left out: the signed-in account's own name (.user), and <c>code</c> elements, where the data dictionary documents
    /// the open-data files' column names and values, which are codes by design. Batch ids are checked in everything.
    /// </summary>
    private async Task AssertNoInternalCodesAsync(IPage page, string where, IReadOnlyList<string>? documented = null, bool organizer = false)
    {
        Assert.Equal("zh-CN", await page.Locator("html").GetAttributeAsync("lang"));
        var all = await page.Locator("body").InnerTextAsync();
        await page.EvaluateAsync("() => document.querySelectorAll('code, .user').forEach(e => e.remove())");
        var text = await page.Locator("body").InnerTextAsync() + "\n" + string.Join("\n", await page.Locator("svg text").AllTextContentsAsync());
        var version = await WarehouseBatchAsync();
        var found = s_codes.Concat(await WarehouseCodesAsync()).Except(documented ?? []).Where(code => Regex.IsMatch(text, $@"(?<![A-Za-z0-9_]){Regex.Escape(code)}(?![A-Za-z0-9_])")).ToList();
        Assert.True(found.Count == 0, $"{where}: internal codes on a Chinese page: {string.Join(", ", found)}");
        Assert.True(!RuleId().IsMatch(text), $"{where}: a rule id on a Chinese page: {RuleId().Match(text).Value}");
        Assert.True(!EnglishRun().IsMatch(text), $"{where}: English text on a Chinese page: {EnglishRun().Match(text).Value}");
        // Organizers see the data version (the batch) in the report's appendix, inside a code element; nobody else sees it.
        Assert.True(organizer || !all.Contains(version[..Math.Min(8, version.Length)], StringComparison.Ordinal), $"{where}: the batch id is shown");
    }

    /// <summary>The warehouse's own codes: every finding kind (ref_finding_kind), criterion (ref_rubric) and stage (dim_stage).</summary>
    private async Task<IReadOnlyList<string>> WarehouseCodesAsync()
    {
        if (_codes is null)
        {
            await using var connection = new DuckDB.NET.Data.DuckDBConnection($"Data Source={browser.Season.Warehouse};ACCESS_MODE=READ_ONLY");
            connection.Open();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT kind FROM ref_finding_kind UNION SELECT criterion FROM ref_rubric UNION SELECT stage FROM dim_stage";
            var codes = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                codes.Add(reader.GetString(0));
            }

            _codes = codes;
        }

        return _codes;
    }

    private IReadOnlyList<string>? _codes;

    private async Task<string> WarehouseBatchAsync()
    {
        var reader = new Insights.Dashboard.Warehouse.WarehouseReader(
            Microsoft.Extensions.Options.Options.Create(new Insights.Dashboard.Warehouse.WarehouseOptions { Path = browser.Season.Warehouse }),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<Insights.Dashboard.Warehouse.WarehouseReader>.Instance);
        return (await reader.VersionAsync()).LatestBatch;
    }

    private async Task<IPage> SignInAsync(string name)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.Locator("form.sign-in input[name=name]").FillAsync(name);
        await page.Locator("form.sign-in input[name=password]").FillAsync(DashboardFactory.Password);
        await page.Locator("form.sign-in button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.EndsWith("/account/login", StringComparison.Ordinal));
        return page;
    }
}
