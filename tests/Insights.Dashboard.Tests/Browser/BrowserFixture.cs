using Insights.Dashboard.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Insights.Dashboard.Tests.Browser;

/// <summary>
/// The dashboard on a real port (Kestrel on 127.0.0.1, a free port) over the served season, and Debian's chromium
/// driven by Playwright (never Playwright's own browser download). Screenshots go to <c>artifacts/screenshots/</c>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's chromium (tests/apt-packages.txt installs it).</summary>
    public const string Chromium = "/usr/bin/chromium";

    private DashboardFactory? _factory;
    private IPlaywright? _playwright;

    /// <summary>The dashboard's address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; private set; } = default!;

    /// <summary>The served season.</summary>
    public ServedSeason Season { get; private set; } = default!;

    /// <summary>Where screenshots are saved: artifacts/screenshots/ at the repository root.</summary>
    public static string Screenshots { get; } = Repository.Screenshots;

    /// <inheritdoc/>
    public async ValueTask InitializeAsync()
    {
        Season = await ServedSeason.SharedAsync();
        _factory = new DashboardFactory(Season.Warehouse);
        _factory.UseKestrel(0);
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
    }

    /// <summary>A new browser context (own cookies) at the dashboard, Chinese by default as a visitor from Jiangsu.</summary>
    /// <returns>A page.</returns>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "zh-CN",
            ViewportSize = new() { Width = 1280, Height = 900 },
            AcceptDownloads = true,
        });
        Patient(context);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Gives a context's waits two minutes instead of Playwright's 30 seconds: in the full suite the test projects run
    /// side by side on two cores, and a page whose server shares them with a warehouse build once took longer than 30 s
    /// to load. A wait limit, not a timed assertion: a page that never loads still fails.
    /// </summary>
    /// <param name="context">A browser context.</param>
    public static void Patient(IBrowserContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.SetDefaultTimeout(120_000);
        context.SetDefaultNavigationTimeout(120_000);
    }

    /// <summary>Saves a full-page screenshot as artifacts/screenshots/{name}.png.</summary>
    /// <param name="page">The page.</param>
    /// <param name="name">File name without extension.</param>
    /// <returns>The file.</returns>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var path = Path.Combine(Screenshots, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }

    /// <summary>
    /// Asserts that the page's own font draws Chinese: 赛, 道 and an ideographic space, each in a 64-pixel box after an
    /// element of the page, must give three different pictures (without a CJK font 赛 and 道 are the same
    /// missing-glyph box, or blank).
    /// </summary>
    /// <param name="page">The page.</param>
    /// <param name="after">A selector of the element the boxes are placed after.</param>
    /// <returns>A task.</returns>
    public static async Task AssertChineseGlyphsRenderAsync(IPage page, string after)
    {
        ArgumentNullException.ThrowIfNull(page);
        var glyphs = new Dictionary<string, byte[]>();
        foreach (var (id, text) in new[] { ("g1", "赛"), ("g2", "道"), ("g0", "\u3000") })
        {
            await page.EvaluateAsync("""
                ([id, text, after]) => {
                  const span = document.createElement('span');
                  span.id = id; span.textContent = text;
                  span.style.cssText = 'display:inline-block;width:64px;height:64px;font-size:48px;line-height:64px;text-align:center;background:#fff;color:#000';
                  document.querySelector(after).after(span);
                }
                """, new[] { id, text, after });
            glyphs[text] = await page.Locator($"#{id}").ScreenshotAsync();
        }

        Assert.NotEqual(glyphs["\u3000"], glyphs["赛"]);
        Assert.NotEqual(glyphs["\u3000"], glyphs["道"]);
        Assert.NotEqual(glyphs["赛"], glyphs["道"]);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
