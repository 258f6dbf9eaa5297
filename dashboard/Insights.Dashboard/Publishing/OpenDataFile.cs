using Insights.Dashboard.Suppression;

namespace Insights.Dashboard.Publishing;

/// <summary>One published table of the open data: where it goes and what it holds.</summary>
/// <param name="Path">The site path without extension, e.g. <c>data/2024-JS/by-track</c>.</param>
/// <param name="Title">What the table counts (for the data dictionary).</param>
/// <param name="Table">The suppressed table.</param>
public sealed record OpenDataFile(string Path, string Title, CountTable Table);
