using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Insights.Dashboard.Tests.Support;

/// <summary>
/// The dashboard hosted in memory over a warehouse (production settings: exception page off, JSON logs), with an
/// accounts file of its own holding one organizer (<see cref="Organizer"/>) and one committee member per committee
/// (<c>committee-SZ</c>, ...), all with the password <see cref="Password"/>. Each factory gets its own copy of the
/// accounts file: a sign-out, a lockout or a removal in one test must not end the sessions of another.
/// </summary>
/// <param name="warehouse">The warehouse file.</param>
/// <param name="keys">The data-protection keys folder (default: one per test process, deleted at its end).</param>
public sealed class DashboardFactory(string warehouse, string? keys = null) : WebApplicationFactory<Program>
{
    /// <summary>The organizer's sign-in name.</summary>
    public const string Organizer = "organizer-1";

    /// <summary>Every test account's password.</summary>
    public const string Password = "test-password-0123";

    /// <summary>The accounts written once per process (hashing is slow), copied for each factory.</summary>
    private static readonly Lazy<string> s_users = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), $"insights-dashboard-users-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "template.json");
        var store = new Insights.Dashboard.Accounts.UserStore(path);
        store.Add(Organizer, Password, "organizer", null);
        foreach (var committee in new[] { "NJ", "SZ", "WX", "NT", "XZ", "YZ", "ZJ" })
        {
            store.Add(Committee(committee), Password, "committee", committee);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        };
        return path;
    });

    private static readonly Lazy<string> s_keys = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), $"insights-dashboard-keys-{Environment.ProcessId}");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        };
        return path;
    });

    private readonly Lazy<string> _users = new(() =>
    {
        var path = Path.Combine(Path.GetDirectoryName(s_users.Value)!, $"users-{Guid.NewGuid():N}.json");
        File.Copy(s_users.Value, path);
        return path;
    });

    /// <summary>The sign-in name of a committee's member.</summary>
    /// <param name="code">The committee code.</param>
    /// <returns>The name.</returns>
    public static string Committee(string code) => $"committee-{code}";

    /// <summary>This factory's accounts file (a copy of the test accounts).</summary>
    public string UsersFile => _users.Value;

    /// <inheritdoc/>
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Warehouse:Path", warehouse);
        builder.UseSetting("Accounts:Path", UsersFile);
        builder.UseSetting("DataProtection:KeysPath", keys ?? s_keys.Value);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
