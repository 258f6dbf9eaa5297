using System.Net;
using Insights.Dashboard.Accounts;
using Insights.Dashboard.Tests.Support;

namespace Insights.Dashboard.Tests.Security;

/// <summary>
/// Sign-in over the real pipeline (cookies, anti-forgery, the accounts file): a right password signs in, a wrong one
/// does not, a post without the anti-forgery token is refused, and the accounts store locks an account after
/// five failures, with the clock moved instead of waiting.
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

    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
