namespace Insights.Dashboard.Accounts;

/// <summary>The roles of signed-in users.</summary>
public static class DashboardRoles
{
    /// <summary>The organizing committee (组委会): every track, the fairness reports.</summary>
    public const string Organizer = "organizer";

    /// <summary>A city's executive committee (执委会): the tracks it hosts in detail, the others compared.</summary>
    public const string Committee = "committee";

    /// <summary>Both roles.</summary>
    public static IReadOnlyList<string> All { get; } = [Organizer, Committee];
}
