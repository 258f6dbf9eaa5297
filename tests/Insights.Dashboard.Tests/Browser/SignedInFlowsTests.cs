using Insights.Dashboard.Tests.Support;
using Microsoft.Playwright;

namespace Insights.Dashboard.Tests.Browser;

/// <summary>Signing in through the form in a real browser, as the organizer and as a committee member.</summary>
public sealed class SignedInFlowsTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Organizer_signs_in_and_out()
    {
        var page = await SignInAsync(DashboardFactory.Organizer);
        Assert.Equal(DashboardFactory.Organizer, await page.Locator(".topbar .user").InnerTextAsync());
        // Organizers see the committees' comparison too.
        Assert.Equal(1, await page.Locator(".topbar a[href='/organizer']").CountAsync());
        Assert.Equal(1, await page.Locator(".topbar a[href='/committee']").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "organizer-home");

        // Organizers compare any tracks, in English here.
        await page.GotoAsync("/committee?track=T02&track=T07&track=T12&culture=en");
        var header = await page.Locator("table.comparison thead").First.InnerTextAsync();
        Assert.All(new[] { "T02", "T07", "T12" }, code => Assert.Contains(code, header, StringComparison.Ordinal));
        await BrowserFixture.ScreenshotAsync(page, "organizer-compare-en");

        await page.Locator(".topbar form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/", StringComparison.Ordinal));
        Assert.Equal(0, await page.Locator(".topbar .user").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Committee_member_signs_in_and_a_wrong_password_is_refused()
    {
        var refused = await SignInAsync(DashboardFactory.Committee("SZ"), "not-the-password");
        Assert.Contains("/account/login?error=failed", refused.Url, StringComparison.Ordinal);
        Assert.Equal(1, await refused.Locator("[role=alert]").CountAsync());
        await BrowserFixture.ScreenshotAsync(refused, "sign-in-refused");
        await refused.Context.CloseAsync();

        var page = await SignInAsync(DashboardFactory.Committee("SZ"));
        Assert.Equal(DashboardFactory.Committee("SZ"), await page.Locator(".topbar .user").InnerTextAsync());
        Assert.Equal(1, await page.Locator(".topbar a[href='/committee']").CountAsync());
        Assert.Equal(0, await page.Locator(".topbar a[href='/organizer']").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "committee-home");

        // The comparison: Suzhou's committee hosts T01, T03 and T05; it picks two of them with the form.
        await page.Locator(".topbar a[href='/committee']").ClickAsync();
        await page.WaitForURLAsync("**/committee**");
        var choices = page.Locator("form.picker input[name=track]");
        Assert.Equal(new[] { "T01", "T03", "T05" }, await choices.EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.value)"));
        foreach (var code in new[] { "T01", "T03", "T05" })
        {
            await page.Locator($"form.picker input[name=track][value={code}]").SetCheckedAsync(code != "T05");
        }

        await page.Locator("form.picker button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("track=T01", StringComparison.Ordinal) && url.Contains("track=T03", StringComparison.Ordinal));
        var header = await page.Locator("table.comparison thead").First.InnerTextAsync();
        Assert.Contains("T01", header, StringComparison.Ordinal);
        Assert.Contains("T03", header, StringComparison.Ordinal);
        Assert.DoesNotContain("T05", header, StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "committee-compare-T01-T03");

        // Another committee's track in the address is dropped, and said so without naming it.
        await page.GotoAsync("/committee?track=T01&track=T02");
        Assert.DoesNotContain("T02", await page.Locator("table.comparison thead").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("p.notice[role=status]").CountAsync() >= 1);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Organizer_opens_a_track_report_and_a_finding()
    {
        var page = await SignInAsync(DashboardFactory.Organizer);
        await page.Locator(".topbar a[href='/organizer']").ClickAsync();
        await page.WaitForURLAsync("**/organizer");
        Assert.Equal(12, await page.Locator("table.tracks-table tbody tr").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "organizer-overview");

        await page.Locator("table.tracks-table a[href^='/organizer/tracks/T01']").ClickAsync();
        await page.WaitForURLAsync("**/organizer/tracks/T01**");
        Assert.Contains("T01", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("figure.report-figure svg").CountAsync() >= 1);
        await BrowserFixture.ScreenshotAsync(page, "organizer-report-T01");

        var finding = page.Locator("a[href^='/organizer/findings/']").First;
        var href = await finding.GetAttributeAsync("href");
        await finding.ClickAsync();
        await page.WaitForURLAsync($"**{href}");
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("h1").InnerTextAsync()));
        Assert.Equal(1, await page.Locator("dl.finding").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "organizer-finding");
        await page.Context.CloseAsync();

        // A committee member does not get the organizers' pages.
        var member = await SignInAsync(DashboardFactory.Committee("SZ"));
        await member.GotoAsync("/organizer");
        Assert.Equal(0, await member.Locator("table.tracks-table").CountAsync());
        await member.Context.CloseAsync();
    }

    private async Task<IPage> SignInAsync(string name, string password = DashboardFactory.Password)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.Locator("form.sign-in input[name=name]").FillAsync(name);
        await page.Locator("form.sign-in input[name=password]").FillAsync(password);
        await page.Locator("form.sign-in button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.EndsWith("/account/login", StringComparison.Ordinal));
        return page;
    }
}
