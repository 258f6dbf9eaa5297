namespace Insights.Dashboard.Suppression;

/// <summary>
/// A linear relation between counts that holds in the data: <c>Total = Σ Parts + Offset</c> (a table's total and its
/// cells, a city's teams and its teams per track, …). The offset is what the parts do not cover (teams without a
/// project, say); it is taken as known, which can only make the audit stricter.
/// </summary>
/// <param name="Total">The count that is the sum.</param>
/// <param name="Parts">The counts summed.</param>
/// <param name="Offset">The rest, usually 0.</param>
public sealed record CountLine(int Total, IReadOnlyList<int> Parts, long Offset = 0);
