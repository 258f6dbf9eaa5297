using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using Insights.Dashboard.Accounts;
using Microsoft.Extensions.Options;

namespace Insights.Dashboard.Security;

/// <summary>
/// Decides on each request whether a session cookie still stands, and ends sessions. A local account's session
/// carries the account's security stamp: it ends when the account is removed or changed (role, password, added again)
/// or signs out, all of which change or remove the stamp in the accounts file, which is read again when it changes
/// (no restart). Every session ends at its absolute lifetime, however often it slides. A single sign-on session has no
/// account here: it carries a random id, and signing out revokes that id in this process's memory until the session
/// could have ended anyway.
/// </summary>
public sealed class SessionGuard(UserStore users, TimeProvider time, IOptionsMonitor<DashboardSessionOptions> options)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _revoked = new(StringComparer.Ordinal);

    /// <summary>The claims that tie a new local session to its account.</summary>
    /// <param name="user">The account just signed in.</param>
    /// <returns>The principal to sign in.</returns>
    public ClaimsPrincipal PrincipalOf(DashboardUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, user.Name),
            new(ClaimTypes.Role, user.Role),
            new(SessionClaims.Stamp, UserStore.StampOf(user)),
            IssuedNow(),
        };
        if (user.Committee is { Length: > 0 } committee)
        {
            claims.Add(new Claim(DashboardPolicies.CommitteeClaim, committee));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationDefaults.AuthenticationScheme));
    }

    /// <summary>Adds the issue time to a principal signed in without one (single sign-on), so that its lifetime counts from now.</summary>
    /// <param name="principal">The principal being signed in.</param>
    public void StampIssueTime(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (!principal.HasClaim(c => c.Type == SessionClaims.IssuedAt) && principal.Identity is ClaimsIdentity identity)
        {
            identity.AddClaim(IssuedNow());
        }
    }

    /// <summary>Why a session must end now, or null when it stands.</summary>
    /// <param name="principal">The principal read from the cookie.</param>
    /// <returns>A reason for the log, or null.</returns>
    public string? Refusal(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (!long.TryParse(principal.FindFirstValue(SessionClaims.IssuedAt), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            // Cookies from before this check have no issue time: they are refused once, and the user signs in again.
            return "no issue time";
        }

        if (time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds) > options.CurrentValue.AbsoluteLifetime)
        {
            return "absolute lifetime over";
        }

        if (principal.FindFirstValue(SessionClaims.Stamp) is { } stamp)
        {
            var name = principal.Identity?.Name ?? "";
            var user = users.Find(name);
            return user is null ? "account removed"
                : UserStore.StampOf(user) != stamp ? "account changed or signed out"
                : !principal.IsInRole(user.Role) || principal.FindFirstValue(DashboardPolicies.CommitteeClaim) != user.Committee ? "role changed"
                : null;
        }

        if (principal.FindFirstValue(SessionClaims.SingleSignOnSession) is { } session)
        {
            return _revoked.ContainsKey(session) ? "signed out" : null;
        }

        return "neither a stamp nor a single sign-on session";
    }

    /// <summary>
    /// Ends a session for good, not only in this browser: a local account gets a new stamp (which ends its sessions on
    /// every device, since they share the stamp), a single sign-on session's id is revoked.
    /// </summary>
    /// <param name="principal">The signed-in principal.</param>
    public void End(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.FindFirstValue(SessionClaims.Stamp) is not null && principal.Identity?.Name is { } name)
        {
            users.Revoke(name);
        }
        else if (principal.FindFirstValue(SessionClaims.SingleSignOnSession) is { } session)
        {
            var now = time.GetUtcNow();
            _revoked[session] = now + options.CurrentValue.AbsoluteLifetime;
            // Past its absolute lifetime a session is refused anyway: its id need not be kept.
            foreach (var (id, until) in _revoked)
            {
                if (until < now)
                {
                    _revoked.TryRemove(id, out _);
                }
            }
        }
    }

    private Claim IssuedNow() => new(SessionClaims.IssuedAt,
        time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64);
}
