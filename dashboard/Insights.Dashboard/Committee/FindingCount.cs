namespace Insights.Dashboard.Committee;

/// <summary>Findings of a track of one kind and level (fact_finding).</summary>
/// <param name="Kind">The analysis finding kind (lenient, halo, ...), or for a rule finding its rule id (R-...).</param>
/// <param name="Level">error or warning.</param>
/// <param name="Count">How many.</param>
public sealed record FindingCount(string Kind, string Level, long Count);
