namespace Insights.Warehouse.Reading.Public;

/// <summary>A registered project as the public counts see it (rpt_public_projects).</summary>
/// <param name="ProjectId">The project id.</param>
/// <param name="TeamId">Its team, or null.</param>
/// <param name="Track">Its track code.</param>
/// <param name="Problem">Its problem statement's code, or null.</param>
public sealed record PublicProjectRow(string ProjectId, string? TeamId, string Track, string? Problem);
