namespace Insights.Dashboard.Public;

/// <summary>A registered project as the public tables count it.</summary>
/// <param name="Id">The project id.</param>
/// <param name="TeamId">Its team, or null.</param>
/// <param name="Track">Its track code.</param>
/// <param name="Problem">Its problem statement's code, or null.</param>
internal sealed record ProjectRecord(string Id, string? TeamId, string Track, string? Problem);
