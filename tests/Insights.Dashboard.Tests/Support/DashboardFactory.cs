using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Insights.Dashboard.Tests.Support;

/// <summary>
/// The dashboard hosted in memory over a warehouse (production settings: exception page off, JSON logs), with an
/// accounts file of its own holding one organizer (<see cref="Organizer"/>) and one committee member per committee
/// (<c>committee-SZ</c>, ...), all with the password <see cref="Password"/>.
/// </summary>
/// <param name="warehouse">The warehouse file.</param>
/// <param name="keys">The data-protection keys folder (default: one per test process, deleted at its end).</param>
public sealed class DashboardFactory(string warehouse, string? keys = null) : WebApplicationFactory<Program>
{
    /// <summary>The organizer's sign-in name.</summary>
    public const string Organizer = "organizer-1";

    /// <summary>Every test account's password.</summary>
    public const string Password = "test-password-0123";

    private static readonly Lazy<string> s_users = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), $"insights-dashboard-users-{Environment.ProcessId}.json");
        var store = new Insights.Dashboard.Accounts.UserStore(path);
        store.Add(Organizer, Password, "organizer", null);
        foreach (var committee in new[] { "NJ", "SZ", "WX", "NT", "XZ", "YZ", "ZJ" })
        {
            store.Add(Committee(committee), Password, "committee", committee);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
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

    /// <summary>The sign-in name of a committee's member.</summary>
    /// <param name="code">The committee code.</param>
    /// <returns>The name.</returns>
    public static string Committee(string code) => $"committee-{code}";

    /// <summary>The accounts file.</summary>
    public static string UsersFile => s_users.Value;

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
