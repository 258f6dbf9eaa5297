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
        await page.Context.CloseAsync();
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
