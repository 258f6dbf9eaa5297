using Insights.Dashboard.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Insights.Dashboard.Security;

/// <summary>Registers sign-in (cookies over the accounts file), session checks, sign-in limits, the policies and the track scope.</summary>
public static class SecurityExtensions
{
    /// <summary>
    /// Adds authentication and authorization. The accounts file is "Accounts:Path" (or <c>--users FILE</c>), else
    /// <see cref="UserStore.DefaultPath"/>. The keys that sign the cookies and anti-forgery tokens are kept in
    /// "DataProtection:KeysPath", else a <c>keys</c> folder beside the accounts file (owner-only), so that a restart
    /// does not sign everyone out. Session lifetimes come from "Sessions" (<see cref="DashboardSessionOptions"/>),
    /// the sign-in limits from "SignInLimits" (<see cref="SignInLimitOptions"/>).
    /// </summary>
    /// <param name="builder">The app builder.</param>
    /// <returns>The builder.</returns>
    public static IHostApplicationBuilder AddDashboardSecurity(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var path = builder.Configuration["users"] is { Length: > 0 } given ? given : builder.Configuration["Accounts:Path"] ?? UserStore.DefaultPath;
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(services => new UserStore(path, services.GetRequiredService<TimeProvider>()));
        var keys = builder.Configuration["DataProtection:KeysPath"] is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", "keys");
        builder.Services.AddDataProtection().SetApplicationName("Insights.Dashboard").PersistKeysToFileSystem(KeysFolder(keys));
        builder.Services.AddSingleton<TrackScope>();
        builder.Services.AddOptions<DashboardSessionOptions>()
            .Bind(builder.Configuration.GetSection(DashboardSessionOptions.Section))
            .Validate(o => o.SlidingExpiration > TimeSpan.Zero && o.AbsoluteLifetime > TimeSpan.Zero, "Sessions: SlidingExpiration and AbsoluteLifetime must be positive")
            .ValidateOnStart();
        builder.Services.AddSingleton<SessionGuard>();
        builder.Services.AddSingleton<DashboardCookieEvents>();
        var authentication = builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme);
        authentication.AddCookie(options =>
        {
            options.Cookie.Name = "insights.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.SlidingExpiration = true;
            options.LoginPath = "/account/login";
            options.AccessDeniedPath = "/account/denied";
            // Session checks on every request, relative redirects, 401/403 for downloads.
            options.EventsType = typeof(DashboardCookieEvents);
        });
        builder.Services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<DashboardSessionOptions>>((cookie, sessions) => cookie.ExpireTimeSpan = sessions.Value.SlidingExpiration);
        SingleSignOn.AddIfConfigured(authentication, builder.Configuration);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(DashboardPolicies.Organizer, policy => policy.RequireRole(DashboardRoles.Organizer))
            .AddPolicy(DashboardPolicies.Committee, policy => policy.RequireRole(DashboardRoles.Committee, DashboardRoles.Organizer));
        builder.Services.AddCascadingAuthenticationState();
        builder.AddSignInLimits();
        return builder;
    }

    /// <summary>The keys folder, created readable by its owner only (the keys are not encrypted at rest on Linux).</summary>
    private static DirectoryInfo KeysFolder(string path) => OperatingSystem.IsWindows()
        ? Directory.CreateDirectory(path)
        : Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
}
