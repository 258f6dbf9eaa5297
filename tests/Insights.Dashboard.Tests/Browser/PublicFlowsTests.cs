namespace Insights.Dashboard.Tests.Browser;

/// <summary>
/// A visitor in a real browser: the home page in Chinese (the glyphs rendered, not tofu), the switch to English, a
/// track page from the home page's list, and a CSV download from it.
/// </summary>
public sealed class PublicFlowsTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Home_in_Chinese_then_English_then_a_track_page_and_its_CSV()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        var h1 = await page.Locator("h1").InnerTextAsync();
        Assert.Contains("数据要素", h1, StringComparison.Ordinal);
        Assert.Equal("zh-CN", await page.Locator("html").GetAttributeAsync("lang"));
        await BrowserFixture.ScreenshotAsync(page, "home-zh");

        // The switch: a link in the top bar, remembered in a cookie.
        await page.Locator("a.language").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/culture", StringComparison.Ordinal));
        Assert.Contains("Projects by track", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "home-en");

        // A track from the list: its page, still in English.
        await page.Locator("ul.tracks a[href^='/tracks/T01']").ClickAsync();
        await page.WaitForURLAsync("**/tracks/T01**");
        var main = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Projects per problem statement", main, StringComparison.Ordinal);
        Assert.Contains("Hosting committee", main, StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "track-T01-en");

        // Its download: the same table as CSV.
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#by-problem ~ div.count-table a.download").ClickAsync());
        Assert.Equal("2024-JS-T01-by-problem.csv", download.SuggestedFilename);
        var csv = await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("label,projects", lines[0]);
        Assert.StartsWith("total,", lines[^1], StringComparison.Ordinal);
        var rows = await page.Locator("#by-problem ~ div.count-table tbody tr").CountAsync();
        Assert.Equal(rows, lines.Length - 2);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Chinese_track_page_renders_its_glyphs()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/tracks/T01");
        Assert.Contains("赛道", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "track-T01-zh");
        await page.Locator("h1").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, "track-T01-zh-title.png") });

        await BrowserFixture.AssertChineseGlyphsRenderAsync(page, "h1");
        await page.Context.CloseAsync();
    }
}
