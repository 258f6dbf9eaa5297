using Insights.Dashboard.Accounts;

namespace Insights.Dashboard.Tests.Security;

/// <summary>
/// The security stamp of an account, which the dashboard's cookie carries: a new one on every change of the account
/// (added again, role or password replaced, signed out), none on a sign-in or a failed attempt.
/// </summary>
public sealed class UserStoreStampTests
{
    [Fact]
    public void Every_change_of_an_account_gives_it_a_new_stamp_and_sign_in_failures_do_not()
    {
        var path = TemporaryFile();
        try
        {
            var store = new UserStore(path);
            var first = UserStore.StampOf(store.Add("reviewer", "right-password-1", DashboardRoles.Organizer, null));
            Assert.Equal(first, UserStore.StampOf(store.Find("reviewer")!));
            Assert.Equal(SignInOutcome.Failed, store.Verify("reviewer", "wrong").Outcome);
            Assert.Equal(first, UserStore.StampOf(store.Find("reviewer")!));
            var signedIn = store.Verify("reviewer", "right-password-1").User!;
            Assert.Equal(first, UserStore.StampOf(signedIn));

            Assert.True(store.Revoke("reviewer"));
            var second = UserStore.StampOf(store.Find("reviewer")!);
            Assert.NotEqual(first, second);
            var third = UserStore.StampOf(store.Add("reviewer", "right-password-1", DashboardRoles.Organizer, null));
            Assert.NotEqual(second, third);
            Assert.True(store.Remove("reviewer"));
            Assert.Null(store.Find("reviewer"));
            Assert.False(store.Revoke("reviewer"));
        }
        finally
        {
            Delete(path);
        }
    }

    [Fact]
    public void An_accounts_file_without_stamps_gets_stable_derived_ones_and_keeps_them_when_written()
    {
        var path = TemporaryFile();
        try
        {
            var store = new UserStore(path);
            store.Add("reviewer", "right-password-1", DashboardRoles.Organizer, null);
            store.Add("member", "right-password-2", DashboardRoles.Committee, "SZ");
            File.WriteAllText(path, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(path), ",\\s*\"security_stamp\": \"[0-9a-f]+\"", ""));
            Assert.DoesNotContain("security_stamp", File.ReadAllText(path), StringComparison.Ordinal);

            var legacy = new UserStore(path);
            var derived = UserStore.StampOf(legacy.Find("reviewer")!);
            Assert.Equal(derived, UserStore.StampOf(new UserStore(path).Find("reviewer")!));
            Assert.NotEqual(derived, UserStore.StampOf(legacy.Find("member")!));

            // The first write of the account stores the derived stamp as it is: sessions signed in before stay valid.
            Assert.Equal(SignInOutcome.Failed, legacy.Verify("reviewer", "wrong").Outcome);
            Assert.Equal(derived, legacy.List().Single(u => u.Name == "reviewer").SecurityStamp);
            Assert.Equal(derived, UserStore.StampOf(legacy.Verify("reviewer", "right-password-1").User!));
        }
        finally
        {
            Delete(path);
        }
    }

    [Fact]
    public void A_change_made_by_another_process_is_seen_at_once()
    {
        var path = TemporaryFile();
        try
        {
            // As the dashboard (one store, reading on every request) and `insights users` (another store) do.
            var dashboard = new UserStore(path);
            var cli = new UserStore(path);
            cli.Add("reviewer", "right-password-1", DashboardRoles.Organizer, null);
            var before = UserStore.StampOf(dashboard.Find("reviewer")!);
            for (var i = 0; i < 5; i++)
            {
                Assert.True(cli.Revoke("reviewer"));
                var after = UserStore.StampOf(dashboard.Find("reviewer")!);
                Assert.NotEqual(before, after);
                before = after;
            }

            cli.Add("reviewer", "right-password-1", DashboardRoles.Committee, "NJ");
            Assert.Equal(DashboardRoles.Committee, dashboard.Find("reviewer")!.Role);
            cli.Remove("reviewer");
            Assert.Null(dashboard.Find("reviewer"));
        }
        finally
        {
            Delete(path);
        }
    }

    [Fact]
    public async Task Concurrent_wrong_passwords_are_all_counted()
    {
        // Password checks run without a lock now; the failures they count must not be lost.
        var path = TemporaryFile();
        try
        {
            var store = new UserStore(path);
            store.Add("reviewer", "right-password-1", DashboardRoles.Organizer, null);
            var attempts = Enumerable.Range(0, UserStore.MaxFailedAttempts)
                .Select(_ => Task.Run(() => store.Verify("reviewer", "wrong").Outcome, TestContext.Current.CancellationToken));
            var outcomes = await Task.WhenAll(attempts);
            Assert.All(outcomes, outcome => Assert.NotEqual(SignInOutcome.Success, outcome));
            Assert.Equal(SignInOutcome.LockedOut, store.Verify("reviewer", "right-password-1").Outcome);
        }
        finally
        {
            Delete(path);
        }
    }

    private static string TemporaryFile() => Path.Combine(Path.GetTempPath(), $"insights-stamps-{Guid.NewGuid():N}.json");

    private static void Delete(string path)
    {
        foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(path) + "*"))
        {
            File.Delete(file);
        }
    }
}
