namespace Insights.Generator.Season;

/// <summary>One prize given.</summary>
/// <param name="Project">The project awarded.</param>
/// <param name="Tier">The award tier's code.</param>
internal sealed record Award(ProjectRecord Project, string Tier);
