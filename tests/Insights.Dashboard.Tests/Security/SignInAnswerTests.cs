using System.Net;
using Insights.Dashboard.Accounts;
using Insights.Dashboard.Tests.Support;

namespace Insights.Dashboard.Tests.Security;

/// <summary>
/// What an attacker learns from the sign-in form: nothing that tells an unknown name from a known one with a wrong
/// password or a locked account (same status, same redirect, same body), and, after a few attempts, only that he is
/// limited (429), per client address and per account name, whichever is reached first. The dashboard runs on Kestrel
/// and the clients connect from different loopback addresses (127.0.0.N), which the server sees as theirs.
/// </summary>
public sealed class SignInAnswerTests
{
    [Fact]
    public async Task Unknown_name_wrong_password_and_locked_account_get_the_same_answer()
    {
        await using var dashboard = LiveDashboard.Start((await ServedSeason.SharedAsync()).Warehouse);
        var locked = DashboardFactory.Committee("NJ");
        var store = new UserStore(dashboard.UsersFile);
        for (var i = 0; i < UserStore.MaxFailedAttempts; i++)
        {
            store.Verify(locked, "not-the-password");
        }

        Assert.NotNull(store.List().Single(u => u.Name == locked).LockedUntil);
        var answers = new List<(HttpStatusCode Status, string? Location, string Body)>();
        foreach (var (name, password, from) in new[]
        {
            ("nobody-by-this-name", DashboardFactory.Password, 2),
            (DashboardFactory.Organizer, "not-the-password", 3),
            (locked, DashboardFactory.Password, 4),
            (locked, "not-the-password", 5),
        })
        {
            using var client = dashboard.Client(IPAddress.Parse($"127.0.0.{from}"));
            using var response = await SignIn.PostAsync(client, name, password, "/organizer");
            answers.Add((response.StatusCode, response.Headers.Location?.OriginalString, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
        }

        Assert.Equal(HttpStatusCode.Redirect, answers[0].Status);
        Assert.StartsWith("/account/login?error=failed", answers[0].Location, StringComparison.Ordinal);
        Assert.All(answers, answer => Assert.Equal(answers[0], answer));
    }

    [Fact]
    public async Task One_account_is_limited_whatever_the_address()
    {
        await using var dashboard = LiveDashboard.Start((await ServedSeason.SharedAsync()).Warehouse, new Dictionary<string, string>
        {
            ["SignInLimits:PerAccount"] = "3",
            ["SignInLimits:PerAddress"] = "100",
            ["SignInLimits:Window"] = "01:00:00",
        });
        for (var from = 2; from < 5; from++)
        {
            using var client = dashboard.Client(IPAddress.Parse($"127.0.0.{from}"));
            using var response = await SignIn.PostAsync(client, DashboardFactory.Committee("SZ"), "not-the-password");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        // A fourth attempt on the account from a fifth address, with the right password: limited all the same.
        using (var client = dashboard.Client(IPAddress.Parse("127.0.0.5")))
        {
            using var limited = await SignIn.PostAsync(client, DashboardFactory.Committee("SZ"));
            Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
            Assert.True(limited.Headers.RetryAfter is not null, "no Retry-After");

            // Another account from the same address is not.
            Assert.Equal("/", await SignIn.AsAsync(client, DashboardFactory.Committee("WX")));
        }
    }

    [Fact]
    public async Task One_address_is_limited_whatever_the_account()
    {
        await using var dashboard = LiveDashboard.Start((await ServedSeason.SharedAsync()).Warehouse, new Dictionary<string, string>
        {
            ["SignInLimits:PerAccount"] = "100",
            ["SignInLimits:PerAddress"] = "3",
            ["SignInLimits:Window"] = "01:00:00",
        });
        using var attacker = dashboard.Client(IPAddress.Parse("127.0.0.2"));
        for (var i = 0; i < 3; i++)
        {
            using var response = await SignIn.PostAsync(attacker, $"guessed-name-{i}", "not-the-password");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        using (var limited = await SignIn.PostAsync(attacker, DashboardFactory.Organizer))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        }

        // The organizer, from his own address, still signs in.
        using var organizer = dashboard.Client(IPAddress.Parse("127.0.0.3"));
        Assert.Equal("/", await SignIn.AsAsync(organizer, DashboardFactory.Organizer));
    }
}
