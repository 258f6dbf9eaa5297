using System.Net;
using System.Text.RegularExpressions;
using Insights.Dashboard.Accounts;
using Insights.Dashboard.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Dashboard.Tests.Security;

/// <summary>
/// A session ends when the account changes, not only when its cookie expires: every request is checked against the
/// accounts file (the security stamp in the cookie must still be the account's), and no session outlives its absolute
/// lifetime, however often it slides. Each test changes the accounts file as <c>insights users</c> does (a second
/// <see cref="UserStore"/> on the same file, no restart), or signs out, and replays the old cookie.
/// </summary>
public sealed class SessionRevocationTests
{
    [Fact]
    public async Task A_removed_users_cookie_is_refused_on_the_next_request()
    {
        using var factory = new DashboardFactory((await ServedSeason.SharedAsync()).Warehouse);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await SignIn.AsAsync(client, DashboardFactory.Organizer);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "/organizer"));

        Assert.True(new UserStore(factory.UsersFile).Remove(DashboardFactory.Organizer));
        await AssertSignedOutAsync(client);
    }

    [Fact]
    public async Task A_signed_out_cookie_replayed_is_refused()
    {
        using var factory = new DashboardFactory((await ServedSeason.SharedAsync()).Warehouse);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await SignIn.AsAsync(client, DashboardFactory.Organizer);
        var cookie = await CookieHeaderAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, await SignIn.OutAsync(client));

        // The attacker kept the cookie the browser had before signing out.
        using var replay = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        Assert.Equal(HttpStatusCode.Redirect, await StatusAsync(replay, "/organizer", cookie));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(replay, "/reports/2024-JS/T06/judges.csv", cookie));
    }

    [Fact]
    public async Task A_role_change_from_organizer_to_committee_ends_the_session()
    {
        using var factory = new DashboardFactory((await ServedSeason.SharedAsync()).Warehouse);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await SignIn.AsAsync(client, DashboardFactory.Organizer);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "/organizer"));

        // `insights users add` of an existing name replaces its role (and password): a change like any other.
        new UserStore(factory.UsersFile).Add(DashboardFactory.Organizer, DashboardFactory.Password, DashboardRoles.Committee, "NJ");
        await AssertSignedOutAsync(client);

        // Signing in again gives the new role only.
        await SignIn.AsAsync(client, DashboardFactory.Organizer);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "/committee"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(client, "/reports/2024-JS/T06/judges.csv"));
    }

    [Fact]
    public async Task A_session_ends_at_its_absolute_lifetime_however_often_it_slides()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        using var factory = new DashboardFactory((await ServedSeason.SharedAsync()).Warehouse);
        using var app = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Sessions:AbsoluteLifetime", "12:00:00");
            builder.UseSetting("Sessions:SlidingExpiration", "08:00:00");
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
        });
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        await SignIn.AsAsync(client, DashboardFactory.Organizer);

        // Each request comes within the sliding window (8 h) of the one before, so the cookie is renewed each time.
        foreach (var hours in new[] { 5, 5 })
        {
            clock.Advance(TimeSpan.FromHours(hours));
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "/organizer"));
        }

        clock.Advance(TimeSpan.FromHours(2.5));
        await AssertSignedOutAsync(client);
    }

    [Fact]
    public async Task An_accounts_file_without_stamps_still_signs_in_and_a_change_still_revokes()
    {
        using var factory = new DashboardFactory((await ServedSeason.SharedAsync()).Warehouse);
        // An accounts file written before stamps existed.
        File.WriteAllText(factory.UsersFile, Regex.Replace(File.ReadAllText(factory.UsersFile), ",\\s*\"security_stamp\": \"[0-9a-f]+\"", ""));
        Assert.DoesNotContain("security_stamp", File.ReadAllText(factory.UsersFile), StringComparison.Ordinal);

        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal("/", await SignIn.AsAsync(client, DashboardFactory.Organizer));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "/organizer"));
        new UserStore(factory.UsersFile).Add(DashboardFactory.Organizer, "another-password-1", DashboardRoles.Organizer, null);
        await AssertSignedOutAsync(client);
    }

    /// <summary>The session is gone: pages send to sign-in, downloads answer 401, and the cookie is cleared.</summary>
    private static async Task AssertSignedOutAsync(HttpClient client)
    {
        using (var page = await client.GetAsync(new Uri("/organizer", UriKind.Relative), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.StartsWith("/account/login", Path(page), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, "/reports/2024-JS/T06/judges.csv"));
        Assert.Equal(HttpStatusCode.Redirect, await StatusAsync(client, "/committee"));
    }

    private static string Path(HttpResponseMessage response) =>
        response.Headers.Location is { IsAbsoluteUri: true } absolute ? absolute.PathAndQuery : response.Headers.Location!.OriginalString;

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string path, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    /// <summary>The cookies the client sends once signed in, as a Cookie header value.</summary>
    private static async Task<string> CookieHeaderAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/organizer", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookies = response.RequestMessage?.Headers.TryGetValues("Cookie", out var values) == true ? string.Join("; ", values) : "";
        Assert.Contains("insights.auth=", cookies, StringComparison.Ordinal);
        return cookies;
    }
}
