namespace Insights.Dashboard.Security;

/// <summary>The claims that tie a session cookie to what the server knows of it.</summary>
public static class SessionClaims
{
    /// <summary>The account's security stamp at sign-in (local accounts): a different stamp now ends the session.</summary>
    public const string Stamp = "insights:stamp";

    /// <summary>When the session was signed in (Unix seconds, UTC): the start of its absolute lifetime.</summary>
    public const string IssuedAt = "insights:issued";

    /// <summary>A random id of a single sign-on session, which has no stamp: signing out revokes the id.</summary>
    public const string SingleSignOnSession = "insights:sso-session";
}
