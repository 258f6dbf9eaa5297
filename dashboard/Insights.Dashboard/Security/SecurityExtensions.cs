using Insights.Dashboard.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Insights.Dashboard.Security;

/// <summary>Registers sign-in (cookies over the accounts file), the policies and the track scope.</summary>
public static class SecurityExtensions
{
    /// <summary>Adds authentication and authorization. The accounts file is "Accounts:Path" (or <c>--users FILE</c>), else <see cref="UserStore.DefaultPath"/>.</summary>
    /// <param name="builder">The app builder.</param>
    /// <returns>The builder.</returns>
    public static IHostApplicationBuilder AddDashboardSecurity(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var path = builder.Configuration["users"] is { Length: > 0 } given ? given : builder.Configuration["Accounts:Path"] ?? UserStore.DefaultPath;
        builder.Services.AddSingleton(new UserStore(path));
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
