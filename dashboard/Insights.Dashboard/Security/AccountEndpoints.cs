using System.Security.Claims;
using Insights.Dashboard.Accounts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Insights.Dashboard.Security;

/// <summary>Sign-in and sign-out: form posts with anti-forgery tokens, answered by redirects.</summary>
public static class AccountEndpoints
{
    /// <summary>Maps <c>POST /account/signin</c> (the form of the page /account/login) and <c>POST /account/logout</c>.</summary>
    /// <param name="app">The app.</param>
    public static void MapAccountEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost("/account/signin", SignInAsync);
        if (SingleSignOn.IsConfigured(app.Configuration))
        {
            app.MapGet("/account/sso", (string? returnUrl) => Results.Challenge(
                new AuthenticationProperties { RedirectUri = LocalUrl(returnUrl) }, [SingleSignOn.Scheme]));
        }

        app.MapPost("/account/logout", async (HttpContext context, IAntiforgery antiforgery) =>
        {
            // No form field is bound here, so the token is checked by hand: a foreign page must not sign users out.
            if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
            {
                return Results.BadRequest();
            }

            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
            return Results.LocalRedirect("/");
        });
    }

    private static async Task<IResult> SignInAsync(HttpContext context, UserStore users, ILoggerFactory logs, IAntiforgery antiforgery)
    {
        // The token is checked before the form is read (a bound [FromForm] parameter would make a missing token an
        // unhandled exception instead of a 400).
        if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return Results.BadRequest();
        }

        var form = await context.Request.ReadFormAsync().ConfigureAwait(false);
        string name = form["name"].ToString(), password = form["password"].ToString(), returnUrl = form["returnUrl"].ToString();
        var log = logs.CreateLogger("Insights.Dashboard.SignIn");
        var back = LocalUrl(returnUrl);
        var (outcome, user) = users.Verify(name, password);
        if (outcome != SignInOutcome.Success || user is null)
        {
            log.LogWarning("Sign-in refused for {Name}: {Outcome}", name, outcome);
            var reason = outcome == SignInOutcome.LockedOut ? "locked" : "failed";
            return Results.LocalRedirect($"/account/login?error={reason}&returnUrl={Uri.EscapeDataString(back)}");
        }

        var claims = new List<Claim> { new(ClaimTypes.Name, user.Name), new(ClaimTypes.Role, user.Role) };
        if (user.Committee is { Length: > 0 } committee)
        {
            claims.Add(new Claim(DashboardPolicies.CommitteeClaim, committee));
        }

        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme))).ConfigureAwait(false);
        if (log.IsEnabled(LogLevel.Information))
        {
            log.LogInformation("Signed in {Name} as {Role}", user.Name, user.Role);
        }

        return Results.LocalRedirect(back);
    }

    /// <summary>A local path to return to, "/" for anything else (no open redirect).</summary>
    /// <param name="url">The requested return URL.</param>
    /// <returns>A local path.</returns>
    public static string LocalUrl(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}
