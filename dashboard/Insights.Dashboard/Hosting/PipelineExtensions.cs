using Insights.Dashboard.Components;
using Insights.Dashboard.Public;
using Insights.Dashboard.Security;
using Microsoft.AspNetCore.Localization;

namespace Insights.Dashboard.Hosting;

/// <summary>The request pipeline and the endpoints besides the pages.</summary>
public static class PipelineExtensions
{
    /// <summary>Security headers, localization, sign-in limits, static assets, anti-forgery, pages, CSV downloads, health.</summary>
    /// <param name="app">The app.</param>
    /// <returns>The app.</returns>
    public static WebApplication UseDashboard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.Use(SecurityHeaders);
        app.UseRequestLocalization();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        // Before authentication: a limited sign-in costs neither a cookie check nor a password check.
        app.UseSignInLimits();
        app.UseAuthentication();
        app.UseAuthorization();
        // After authentication and localization: signed-in pages are not cached, the culture is part of the key.
        app.UseOutputCache();
        // Inside the cache: the page is stored with its characters written out.
        app.Use(CharacterReferences.RewritePagesAsync);
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>();
        app.MapHealthChecks("/healthz");
        app.MapGet("/culture", SetCulture);
        app.MapPublicDownloads();
        app.MapTrackDownloads();
        app.MapAccountEndpoints();
        app.MapOrganizerEndpoints();
        return app;
    }

    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        // MudBlazor writes inline styles; scripts only from this origin.
        headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
        return next();
    }

    /// <summary>The language switch: remembers the culture in a cookie and goes back to a local page.</summary>
    private static IResult SetCulture(HttpContext context, string? c, string? back)
    {
        var culture = UiExtensions.Cultures.FirstOrDefault(x => string.Equals(x.Name, c, StringComparison.OrdinalIgnoreCase)) ?? UiExtensions.Cultures[0];
        context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps, MaxAge = TimeSpan.FromDays(365) });
        // Only local paths: an open redirect would let a link send users anywhere.
        return Results.LocalRedirect(LocalPath.OrHome(back));
    }
}
