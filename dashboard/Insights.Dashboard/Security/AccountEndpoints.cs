using Insights.Dashboard.Accounts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Insights.Dashboard.Security;

/// <summary>Sign-in and sign-out: form posts with anti-forgery tokens, answered by local redirects.</summary>
public static class AccountEndpoints
{
    /// <summary>Where the sign-in form posts (rate limited by <see cref="SignInLimits"/>).</summary>
    public const string SignInPath = "/account/signin";

    /// <summary>Maps <c>POST /account/signin</c> (the form of the page /account/login) and <c>POST /account/logout</c>.</summary>
    /// <param name="app">The app.</param>
    public static void MapAccountEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost(SignInPath, SignInAsync);
        if (SingleSignOn.IsConfigured(app.Configuration))
        {
            app.MapGet("/account/sso", (string? returnUrl) => Results.Challenge(
                new AuthenticationProperties { RedirectUri = LocalPath.OrHome(returnUrl) }, [SingleSignOn.Scheme]));
        }

        app.MapPost("/account/logout", async (HttpContext context, IAntiforgery antiforgery, SessionGuard sessions) =>
        {
            // No form field is bound here, so the token is checked by hand: a foreign page must not sign users out.
            if (!await IsValidFormAsync(context, antiforgery).ConfigureAwait(false))
            {
                return Results.BadRequest();
            }

            // Not only this browser's cookie: a copy of it kept elsewhere must stop working too.
            if (context.User.Identity?.IsAuthenticated == true)
            {
                sessions.End(context.User);
            }

            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
            return Results.LocalRedirect("/");
        });
    }

    private static async Task<IResult> SignInAsync(HttpContext context, UserStore users, SessionGuard sessions, ILoggerFactory logs, IAntiforgery antiforgery)
    {
        // The token is checked before the form is read (a bound [FromForm] parameter would make a missing token an
        // unhandled exception instead of a 400).
        if (!await IsValidFormAsync(context, antiforgery).ConfigureAwait(false))
        {
            return Results.BadRequest();
        }

        var form = await context.Request.ReadFormAsync().ConfigureAwait(false);
        string name = form["name"].ToString(), password = form["password"].ToString();
        var log = logs.CreateLogger("Insights.Dashboard.SignIn");
        var back = LocalPath.OrHome(form["returnUrl"].ToString());
        var (outcome, user) = users.Verify(name, password);
        if (outcome != SignInOutcome.Success || user is null)
        {
            log.LogWarning("Sign-in refused for {Name}: {Outcome}", name.Length > 64 ? name[..64] : name, outcome);
            // One answer for an unknown name, a wrong password and a locked account: the page must not tell which.
            return Results.LocalRedirect($"/account/login?error=failed&returnUrl={Uri.EscapeDataString(back)}");
        }

        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, sessions.PrincipalOf(user)).ConfigureAwait(false);
        if (log.IsEnabled(LogLevel.Information))
        {
            log.LogInformation("Signed in {Name} as {Role}", user.Name, user.Role);
        }

        return Results.LocalRedirect(back);
    }

    /// <summary>A form post with a valid anti-forgery token; false (not an exception) for a form that cannot be read.</summary>
    private static async Task<bool> IsValidFormAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (!context.Request.HasFormContentType)
        {
            return false;
        }

        try
        {
            return await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false);
        }
        catch (AntiforgeryValidationException)
        {
            // A NUL in a form value makes the form unreadable: a bad request, not a server error.
            return false;
        }
    }
}
