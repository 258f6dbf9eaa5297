namespace Insights.Planning;

/// <summary>A registered project a plan assigns judges to.</summary>
/// <param name="Id">Project id.</param>
/// <param name="Name">Project name, empty when unknown.</param>
/// <param name="Track">Track code.</param>
/// <param name="Problem">Problem code (揭榜题目), empty when none.</param>
/// <param name="Units">The team's lead and partner units.</param>
/// <param name="City">The lead unit's city, empty when unknown.</param>
public sealed record PlanProject(string Id, string Name, string Track, string Problem, IReadOnlyList<string> Units, string City);
