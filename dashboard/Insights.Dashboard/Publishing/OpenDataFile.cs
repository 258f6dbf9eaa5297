using Insights.Dashboard.Suppression;

namespace Insights.Dashboard.Publishing;

/// <summary>One published table of the open data: where it goes, what kind of table it is and what it holds.</summary>
/// <param name="Path">The site path without extension, e.g. <c>data/2024-JS/by-track</c>.</param>
/// <param name="Kind">The table's description in the catalog (title, columns).</param>
/// <param name="Track">The track of a per-track table, or null.</param>
/// <param name="Table">The suppressed table.</param>
public sealed record OpenDataFile(string Path, OpenDataTable Kind, string? Track, CountTable Table);
