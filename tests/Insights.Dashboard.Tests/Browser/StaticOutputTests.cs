using Insights.Dashboard.Tests.Publishing;
using Insights.Reports;
using Microsoft.Playwright;

namespace Insights.Dashboard.Tests.Browser;

/// <summary>
/// The static outputs opened from disk in Debian's chromium, as a reader of the published site or of a report would
/// open them: every page of the site and every report loads without a failed request (stylesheets, images), every
/// image and figure has a size, Chinese glyphs render in the page's own font (no boxes), and screenshots of the main
/// pages go to artifacts/screenshots (site-*.png, opened-report-*.png).
/// </summary>
public sealed class StaticOutputTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string[] s_sitePictures = ["index.html", "participation.html", "data.html", "tracks/T01.html", "en/index.html", "en/tracks/T07.html"];

    [Fact]
    public async Task Every_page_of_the_site_opens_from_files_complete_and_in_Chinese()
    {
        var (site, _, files) = await StaticSiteTests.PublishedAsync();
        var pages = files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count >= 28, $"{pages.Count} pages");
        var problems = await OpenEachAsync(site, pages, s_sitePictures, "site", "zh-CN");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Take(20)));
    }

    [Fact]
    public async Task Every_report_opens_from_files_complete_and_in_Chinese()
    {
        var season = browser.Season;
        var folder = Path.Combine(season.Root, "reports-browser");
        var files = ReportWriter.Write(season.Warehouse, folder, null, "zh", pdf: false);
        Assert.Equal(13, files.Count);
        var problems = await OpenEachAsync(folder, [.. files.Select(Path.GetFileName).OfType<string>()], ["report-division.zh.html", "report-T06.zh.html"], "opened", "zh-CN");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Take(20)));
    }

    [Fact]
    public async Task A_missing_stylesheet_or_image_and_an_empty_figure_are_reported()
    {
        var folder = Directory.CreateTempSubdirectory("insights-broken-page-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "broken.html"), """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>赛道</title><link rel="stylesheet" href="css/missing.css"></head>
                <body><h1>赛道</h1><img src="missing.png" alt="x"><svg width="0" height="0"></svg></body></html>
                """, TestContext.Current.CancellationToken);
            var problems = await OpenEachAsync(folder.FullName, ["broken.html"], [], "broken", "zh-CN");
            // A stylesheet that is not there shows as a failed request (chromium still gives the link an empty sheet).
            Assert.Contains(problems, p => p.Contains("missing.css", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.Contains("image", StringComparison.Ordinal) && p.Contains("missing.png", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.Contains("svg of no size", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Opens each page; returns what did not load or has no size (the glyphs are asserted).</summary>
    private async Task<List<string>> OpenEachAsync(string root, IReadOnlyList<string> pages, IReadOnlyCollection<string> pictures, string prefix, string locale)
    {
        var context = await browser.Browser.NewContextAsync(new() { Locale = locale, ViewportSize = new() { Width = 1280, Height = 900 } });
        BrowserFixture.Patient(context);
        try
        {
            var page = await context.NewPageAsync();
            var failed = new List<string>();
            page.RequestFailed += (_, request) => failed.Add($"{request.Url}: {request.Failure}");
            var problems = new List<string>();
            foreach (var name in pages)
            {
                failed.Clear();
                var response = await page.GotoAsync(new Uri(Path.Combine(root, name)).AbsoluteUri, new() { WaitUntil = WaitUntilState.Load });
                Assert.NotNull(response);
                // Images that did not load, stylesheets without a sheet, figures drawn at no size.
                var broken = await page.EvaluateAsync<string[]>("""
                    () => [
                      ...[...document.images].filter(i => !i.complete || i.naturalWidth === 0).map(i => 'image ' + i.src),
                      ...[...document.querySelectorAll('link[rel=stylesheet]')].filter(l => !l.sheet).map(l => 'stylesheet ' + l.href),
                      ...[...document.querySelectorAll('svg')].filter(s => s.closest('[hidden], details:not([open])') === null)
                          .filter(s => { const r = s.getBoundingClientRect(); return r.width === 0 || r.height === 0; }).map(() => 'svg of no size'),
                    ]
                    """);
                problems.AddRange(broken.Concat(failed).Select(p => $"{name}: {p}"));
                Assert.True(await page.Locator("h1").CountAsync() >= 1, $"{name}: no h1");
                if (pictures.Contains(name))
                {
                    await BrowserFixture.ScreenshotAsync(page, $"{prefix}-{name.Replace('/', '-').Replace(".html", "", StringComparison.Ordinal)}");
                }
            }

            // The Chinese pages' own font draws Chinese (checked on the first Chinese page).
            var chinese = pages.First(p => !p.StartsWith("en/", StringComparison.Ordinal) && !p.Contains(".en.", StringComparison.Ordinal));
            await page.GotoAsync(new Uri(Path.Combine(root, chinese)).AbsoluteUri);
            await BrowserFixture.AssertChineseGlyphsRenderAsync(page, "h1");
            return problems;
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
