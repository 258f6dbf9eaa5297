namespace Insights.Dashboard.Tests.Support;

/// <summary>Who may call a route.</summary>
public enum RouteAccess
{
    /// <summary>Anyone, signed in or not.</summary>
    Public,

    /// <summary>Any signed-in user (an [Authorize] without policy or roles).</summary>
    SignedIn,

    /// <summary>Committee members and organizers (<c>DashboardPolicies.Committee</c>).</summary>
    Committee,

    /// <summary>Organizers only (<c>DashboardPolicies.Organizer</c>).</summary>
    Organizer,
}
