using Insights.Warehouse.Reading.Reports;

namespace Insights.Reports;

/// <summary>Findings grouped by kind (or rule) as the report lists them: groups with errors first, then the larger, then by name.</summary>
public static class FindingGroups
{
    /// <summary>The groups.</summary>
    /// <param name="findings">The findings.</param>
    /// <returns>Groups keyed by kind or rule id.</returns>
    public static IReadOnlyList<IGrouping<string, FindingRow>> Of(IEnumerable<FindingRow> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return [.. findings.GroupBy(f => f.What).OrderBy(g => g.Any(f => f.IsError) ? 0 : 1).ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)];
    }
}
