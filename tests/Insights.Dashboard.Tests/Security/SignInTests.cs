using System.Net;
using Insights.Dashboard.Accounts;
using Insights.Dashboard.Tests.Support;

namespace Insights.Dashboard.Tests.Security;

/// <summary>
/// Sign-in over the real pipeline (cookies, anti-forgery, the accounts file): a right password signs in, a wrong one
/// does not, a post without the anti-forgery token is refused, and the accounts store locks an account after
/// five failures, with the clock moved instead of waiting. A sign-in survives a restart of the dashboard (the keys
/// that sign the cookie are kept on disk), and only because of that: a host with other keys refuses the same cookie.
/// </summary>
public sealed class SignInTests
{
    [Fact]
    public async Task Right_password_signs_in_and_wrong_one_does_not()
    {
        using var factory = new DashboardFactory((await ServedSeason.SharedAsync()).Warehouse);
        using var good = factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal("/", await SignIn.AsAsync(good, DashboardFactory.Organizer));
        var page = WebUtility.HtmlDecode(await good.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken));
        Assert.Contains(DashboardFactory.Organizer, page, StringComparison.Ordinal);

        using var bad = factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.StartsWith("/account/login?error=failed", await SignIn.AsAsync(bad, DashboardFactory.Committee("NJ"), "wrong-password-000"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_the_anti_forgery_token_is_refused()
    {
        using var factory = new DashboardFactory((await ServedSeason.SharedAsync()).Warehouse);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = DashboardFactory.Organizer, ["password"] = DashboardFactory.Password });
        using var response = await client.PostAsync(new Uri("/account/signin", UriKind.Relative), content, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public void Five_failures_lock_the_account_for_fifteen_minutes()
    {
        var path = Path.Combine(Path.GetTempPath(), $"insights-lockout-{Guid.NewGuid():N}.json");
        try
        {
            var clock = new ManualClock(DateTimeOffset.Parse("2024-09-01T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
            var store = new UserStore(path, clock);
            store.Add("reviewer", "right-password-1", DashboardRoles.Organizer, null);
            for (var i = 0; i < UserStore.MaxFailedAttempts - 1; i++)
            {
                Assert.Equal(SignInOutcome.Failed, store.Verify("reviewer", "wrong").Outcome);
            }

            Assert.Equal(SignInOutcome.LockedOut, store.Verify("reviewer", "wrong").Outcome);
            Assert.Equal(SignInOutcome.LockedOut, store.Verify("reviewer", "right-password-1").Outcome);
            clock.Advance(UserStore.LockoutDuration + TimeSpan.FromSeconds(1));
            Assert.Equal(SignInOutcome.Success, store.Verify("reviewer", "right-password-1").Outcome);
            Assert.DoesNotContain("right-password-1", File.ReadAllText(path), StringComparison.Ordinal);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Two_stores_on_one_file_lose_no_change_when_they_write_at_once()
    {
        // As the dashboard and `insights users` (or two hosts) share the accounts file: each store has its own
        // in-process lock, so only the file lock keeps their read-modify-writes apart.
        var path = Path.Combine(Path.GetTempPath(), $"insights-users-race-{Guid.NewGuid():N}.json");
        try
        {
            var first = new UserStore(path);
            var second = new UserStore(path);
            first.Add("seed", "seed-password-1", "organizer", null);
            var writers = new[] { first, second }.Select((store, s) => Task.Run(() =>
            {
                for (var i = 0; i < 15; i++)
                {
                    store.Add($"user-{s}-{i}", "a-password-12345", "committee", "SZ");
                    // A failed sign-in writes too (its failure count).
                    Assert.True(store.Verify("seed", "wrong").Outcome is SignInOutcome.Failed or SignInOutcome.LockedOut);
                }
            }, TestContext.Current.CancellationToken));
            await Task.WhenAll(writers);
            var names = new UserStore(path).List().Select(u => u.Name).ToList();
            Assert.Equal(31, names.Count);
            Assert.All(Enumerable.Range(0, 15), i => Assert.Contains($"user-1-{i}", names));
            Assert.Empty(Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(path) + ".*.writing"));
        }
        finally
        {
            foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(path) + "*"))
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public async Task A_sign_in_survives_a_restart_because_the_keys_are_kept_on_disk()
    {
        var warehouse = (await ServedSeason.SharedAsync()).Warehouse;
        var keys = Directory.CreateTempSubdirectory("insights-keys-");
        var otherKeys = Directory.CreateTempSubdirectory("insights-keys-other-");
        try
        {
            string cookie;
            await using (var first = new DashboardFactory(warehouse, keys.FullName))
            {
                using var client = first.CreateClient(new() { AllowAutoRedirect = false });
                await SignIn.AsAsync(client, DashboardFactory.Organizer);
                cookie = await AuthCookieAsync(client);
            }

            // The keys folder is the owner's only.
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(keys.FullName));
            }

            Assert.NotEmpty(keys.GetFiles("*.xml"));
            await using (var restarted = new DashboardFactory(warehouse, keys.FullName))
            {
                Assert.Equal(HttpStatusCode.OK, await OrganizerPageAsync(restarted, cookie));
            }

            await using var elsewhere = new DashboardFactory(warehouse, otherKeys.FullName);
            Assert.Equal(HttpStatusCode.Redirect, await OrganizerPageAsync(elsewhere, cookie));
        }
        finally
        {
            keys.Delete(recursive: true);
            otherKeys.Delete(recursive: true);
        }
    }

    /// <summary>The cookies the client sends once signed in, as a Cookie header value.</summary>
    private static async Task<string> AuthCookieAsync(HttpClient client)
    {
        // The test client keeps cookies in its own handler, which writes them into the request it sends.
        using var response = await client.GetAsync(new Uri("/organizer", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookies = response.RequestMessage?.Headers.TryGetValues("Cookie", out var values) == true ? string.Join("; ", values) : "";
        Assert.Contains("insights.auth=", cookies, StringComparison.Ordinal);
        return cookies;
    }

    private static async Task<HttpStatusCode> OrganizerPageAsync(DashboardFactory factory, string cookie)
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/organizer", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }
}
