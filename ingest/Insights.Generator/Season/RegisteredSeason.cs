namespace Insights.Generator.Season;

/// <summary>The output of <see cref="Registration"/>: the teams' projects and the problems planted so far.</summary>
/// <param name="Projects">Every project, in registration order (track by track).</param>
/// <param name="Planted">
/// The units' planted problems followed by the registration's, with their <c>@index</c> project references resolved
/// to project ids.
/// </param>
/// <param name="Files">projects.json, teams.csv and representatives.csv.</param>
internal sealed record RegisteredSeason(IReadOnlyList<ProjectRecord> Projects, IReadOnlyList<PlantedProblem> Planted, IReadOnlyList<SeasonFile> Files);
