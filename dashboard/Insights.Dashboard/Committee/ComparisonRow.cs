namespace Insights.Dashboard.Committee;

/// <summary>A row of a comparison table: a measure and its formatted value per track, in the tracks' order.</summary>
/// <param name="Label">The measure.</param>
/// <param name="Values">The values, one per track.</param>
public sealed record ComparisonRow(string Label, IReadOnlyList<string> Values);
