using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Insights.Dashboard.Security;

/// <summary>
/// The session cookie's events: each request's cookie is checked by <see cref="SessionGuard"/> (a refused one is
/// deleted and the request is anonymous), single sign-on sessions get their issue time, and the redirects to the
/// sign-in and denied pages are relative: an absolute one would be built from the request's Host header, which the
/// client chooses.
/// </summary>
public sealed class DashboardCookieEvents(SessionGuard guard, ILogger<DashboardCookieEvents> log) : CookieAuthenticationEvents
{
    /// <inheritdoc/>
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Principal is not { } principal || guard.Refusal(principal) is not { } reason)
        {
            return;
        }

        if (log.IsEnabled(LogLevel.Information))
        {
            log.LogInformation("Session of {Name} refused: {Reason}", principal.Identity?.Name, reason);
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(context.Scheme.Name).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public override Task SigningIn(CookieSigningInContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Principal is { } principal)
        {
            guard.StampIssueTime(principal);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Deny(context, context.Options.LoginPath, StatusCodes.Status401Unauthorized);
    }

    /// <inheritdoc/>
    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Deny(context, context.Options.AccessDeniedPath, StatusCodes.Status403Forbidden);
    }

    /// <summary>Downloads answer 401/403; pages redirect to a local path with the page to return to.</summary>
    private static Task Deny(RedirectContext<CookieAuthenticationOptions> context, PathString page, int status)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/data", StringComparison.Ordinal) || request.Path.StartsWithSegments("/reports", StringComparison.Ordinal))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        var back = (request.PathBase + request.Path).ToUriComponent() + request.QueryString.ToUriComponent();
        context.Response.Redirect((request.PathBase + page).Add(QueryString.Create(context.Options.ReturnUrlParameter, back)));
        return Task.CompletedTask;
    }
}
