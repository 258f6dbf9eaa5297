using System.Security.Claims;
using Insights.Dashboard.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Insights.Dashboard.Security;

/// <summary>
/// Optional OpenID Connect sign-in (a government single sign-on), switched on by configuration
/// "Authentication:OpenIdConnect": Authority, ClientId, ClientSecret, BaseUrl (the address users reach the dashboard
/// at, e.g. https://insights.example.gov.cn: the callback sent to the identity provider is built from it, never from
/// the request's Host header), and the claims that carry the Insights role (RoleClaim, default "insights_role":
/// organizer or committee) and the committee code (CommitteeClaim, default "insights_committee"). A user whose token
/// carries no Insights role is refused; the session is the same cookie as a local sign-in, so authorization and the
/// track scope do not change, with a random session id that signing out revokes.
/// </summary>
public static class SingleSignOn
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Authentication:OpenIdConnect";

    /// <summary>The scheme name.</summary>
    public const string Scheme = OpenIdConnectDefaults.AuthenticationScheme;

    /// <summary>Whether the configuration asks for single sign-on.</summary>
    /// <param name="configuration">The app configuration.</param>
    /// <returns>True when an authority is configured.</returns>
    public static bool IsConfigured(IConfiguration configuration) =>
        configuration?.GetSection(Section)["Authority"] is { Length: > 0 };

    /// <summary>Adds the OpenID Connect handler when configured.</summary>
    /// <param name="authentication">The authentication builder.</param>
    /// <param name="configuration">The app configuration.</param>
    public static void AddIfConfigured(AuthenticationBuilder authentication, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        if (!IsConfigured(configuration))
        {
            return;
        }

        var section = configuration.GetSection(Section);
        if (!Uri.TryCreate(section["BaseUrl"], UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("https" or "http"))
        {
            throw new InvalidOperationException($"单点登录须配置 {Section}:BaseUrl / {Section}:BaseUrl is required: the dashboard's address (https://...), from which the callback is built instead of the request's Host header");
        }

        var roleClaim = section["RoleClaim"] ?? "insights_role";
        var committeeClaim = section["CommitteeClaim"] ?? "insights_committee";
        authentication.AddOpenIdConnect(Scheme, options =>
        {
            options.Authority = section["Authority"];
            options.ClientId = section["ClientId"];
            options.ClientSecret = section["ClientSecret"];
            options.ResponseType = "code";
            options.UsePkce = true;
            options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            options.SaveTokens = false;
            options.MapInboundClaims = false;
            options.Events.OnRedirectToIdentityProvider = context =>
            {
                context.ProtocolMessage.RedirectUri = baseUrl.GetLeftPart(UriPartial.Authority) + baseUrl.AbsolutePath.TrimEnd('/') + options.CallbackPath;
                return Task.CompletedTask;
            };
            options.Events.OnTokenValidated = context =>
            {
                var mapped = Map(context.Principal!, roleClaim, committeeClaim);
                if (mapped is null)
                {
                    context.Fail("单点登录账号没有 Insights 角色 / the single sign-on account has no Insights role");
                }
                else
                {
                    context.Principal = mapped;
                }

                return Task.CompletedTask;
            };
        });
    }

    /// <summary>
    /// The Insights identity of a single sign-on user: name, role (organizer or committee) and, for a committee
    /// member, the committee code; null when the token carries no valid role (or a committee member no committee).
    /// </summary>
    /// <param name="principal">The identity provider's principal.</param>
    /// <param name="roleClaim">The claim type of the role.</param>
    /// <param name="committeeClaim">The claim type of the committee code.</param>
    /// <returns>The principal to sign in, or null.</returns>
    public static ClaimsPrincipal? Map(ClaimsPrincipal principal, string roleClaim, string committeeClaim)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var role = principal.FindAll(roleClaim).Select(c => c.Value).FirstOrDefault(DashboardRoles.All.Contains);
        var committee = principal.FindFirst(committeeClaim)?.Value;
        if (role is null || (role == DashboardRoles.Committee && string.IsNullOrEmpty(committee)))
        {
            return null;
        }

        var name = principal.FindFirst("preferred_username")?.Value ?? principal.FindFirst("name")?.Value ?? principal.FindFirst("sub")?.Value ?? "sso";
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, name),
            new(ClaimTypes.Role, role),
            new(SessionClaims.SingleSignOnSession, System.Security.Cryptography.RandomNumberGenerator.GetHexString(32, lowercase: true)),
        };
        if (role == DashboardRoles.Committee)
        {
            claims.Add(new Claim(DashboardPolicies.CommitteeClaim, committee!));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme));
    }
}
