using Insights.Dashboard.Accounts;

namespace Insights.Dashboard.Security;

/// <summary>The authorization policies of the pages and downloads.</summary>
public static class DashboardPolicies
{
    /// <summary>Organizers only: the fairness reports.</summary>
    public const string Organizer = DashboardRoles.Organizer;

    /// <summary>Committee members and organizers: the comparison of tracks.</summary>
    public const string Committee = DashboardRoles.Committee;

    /// <summary>The claim that carries a committee member's committee code.</summary>
    public const string CommitteeClaim = "insights:committee";
}
