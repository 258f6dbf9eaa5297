namespace Insights.Warehouse.Building;

/// <summary>What a rebuild did with the old warehouse's analysis.</summary>
/// <param name="Kept">Seasons whose analysis was copied into the new warehouse (input unchanged).</param>
/// <param name="Stale">Seasons analysed before whose analysis was dropped (input changed, or not fingerprinted).</param>
/// <param name="Problem">Why nothing could be kept although the old warehouse may hold an analysis (unreadable or
/// locked file, a table that cannot be copied); null when the comparison ran.</param>
public sealed record CarriedAnalysis(IReadOnlyList<string> Kept, IReadOnlyList<string> Stale, string? Problem = null)
{
    /// <summary>Nothing analysed before.</summary>
    public static CarriedAnalysis None { get; } = new([], []);
}
