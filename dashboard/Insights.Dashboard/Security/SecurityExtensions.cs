using Insights.Dashboard.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;

namespace Insights.Dashboard.Security;

/// <summary>Registers sign-in (cookies over the accounts file), the policies and the track scope.</summary>
public static class SecurityExtensions
{
    /// <summary>
    /// Adds authentication and authorization. The accounts file is "Accounts:Path" (or <c>--users FILE</c>), else
    /// <see cref="UserStore.DefaultPath"/>. The keys that sign the cookies and anti-forgery tokens are kept in
    /// "DataProtection:KeysPath", else a <c>keys</c> folder beside the accounts file (owner-only), so that a restart
    /// does not sign everyone out.
    /// </summary>
    /// <param name="builder">The app builder.</param>
    /// <returns>The builder.</returns>
    public static IHostApplicationBuilder AddDashboardSecurity(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var path = builder.Configuration["users"] is { Length: > 0 } given ? given : builder.Configuration["Accounts:Path"] ?? UserStore.DefaultPath;
        builder.Services.AddSingleton(new UserStore(path));
        var keys = builder.Configuration["DataProtection:KeysPath"] is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", "keys");
        builder.Services.AddDataProtection().SetApplicationName("Insights.Dashboard").PersistKeysToFileSystem(KeysFolder(keys));
        builder.Services.AddSingleton<TrackScope>();
        var authentication = builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme);
        authentication.AddCookie(options =>
        {
            options.Cookie.Name = "insights.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.LoginPath = "/account/login";
            options.AccessDeniedPath = "/account/denied";
            // Downloads answer 401/403 rather than a redirect to a page.
            options.Events.OnRedirectToLogin = context => Deny(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => Deny(context, StatusCodes.Status403Forbidden);
        });
        SingleSignOn.AddIfConfigured(authentication, builder.Configuration);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(DashboardPolicies.Organizer, policy => policy.RequireRole(DashboardRoles.Organizer))
            .AddPolicy(DashboardPolicies.Committee, policy => policy.RequireRole(DashboardRoles.Committee, DashboardRoles.Organizer));
        builder.Services.AddCascadingAuthenticationState();
        return builder;
    }

    /// <summary>The keys folder, created readable by its owner only (the keys are not encrypted at rest on Linux).</summary>
    private static DirectoryInfo KeysFolder(string path) => OperatingSystem.IsWindows()
        ? Directory.CreateDirectory(path)
        : Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

    private static Task Deny(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/data", StringComparison.Ordinal) || context.Request.Path.StartsWithSegments("/reports", StringComparison.Ordinal))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
