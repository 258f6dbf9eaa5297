using System.Globalization;
using Insights.Model;

namespace Insights.Planning;

/// <summary>No plan meets the hard constraints: the message names each constraint that fails and by how much.</summary>
public sealed class PlanInfeasibleException : BilingualException
{
    private const int Listed = 8;

    /// <summary>Creates the error.</summary>
    /// <param name="shortfalls">What fails (at least one).</param>
    public PlanInfeasibleException(IReadOnlyList<PlanShortfall> shortfalls)
        : base(Describe(shortfalls, s => s.Zh, "无法满足评审安排的硬性约束：", "条", "另有"), Describe(shortfalls, s => s.En, "no plan meets the hard constraints: ", " more", "and"))
    {
        Shortfalls = shortfalls;
    }

    /// <summary>Every shortfall found.</summary>
    public IReadOnlyList<PlanShortfall> Shortfalls { get; }

    private static string Describe(IReadOnlyList<PlanShortfall> shortfalls, Func<PlanShortfall, string> text, string lead, string unit, string more)
    {
        ArgumentNullException.ThrowIfNull(shortfalls);
        ArgumentOutOfRangeException.ThrowIfZero(shortfalls.Count);
        var listed = string.Join("; ", shortfalls.Take(Listed).Select(text));
        var rest = shortfalls.Count - Listed;
        return lead + listed + (rest > 0 ? string.Create(CultureInfo.InvariantCulture, $"; {more} {rest}{unit}") : "");
    }
}
