using Insights.Dashboard.Suppression;

namespace Insights.Dashboard.Public;

/// <summary>
/// Everything the public pages show for a season, already suppressed: participation by track, problem, city of the
/// lead unit, unit type and registration week, and the award distribution by track and tier. Only counts of
/// projects, teams and units: no person and no judge.
/// </summary>
/// <param name="Season">The season.</param>
/// <param name="SeasonNameZh">The season's name in Chinese.</param>
/// <param name="SeasonNameEn">The season's name in English.</param>
/// <param name="Tracks">The tracks.</param>
/// <param name="ByTrack">Projects per track (rows labelled by track code).</param>
/// <param name="ByProblem">Projects per problem statement (rows labelled "T01-P01 title").</param>
/// <param name="ByCity">Teams per city of the lead unit.</param>
/// <param name="ByUnitType">Teams per type of the lead unit.</param>
/// <param name="ByWeek">Teams registered per week (rows "2024-06-03", the Monday).</param>
/// <param name="Awards">Awards per track and tier.</param>
/// <param name="Threshold">The suppression threshold k.</param>
public sealed record PublicStatistics(
    string Season,
    string SeasonNameZh,
    string SeasonNameEn,
    IReadOnlyList<TrackRow> Tracks,
    CountTable ByTrack,
    CountTable ByProblem,
    CountTable ByCity,
    CountTable ByUnitType,
    CountTable ByWeek,
    CountTable Awards,
    int Threshold)
{
    /// <summary>The problem statements' titles by row label of <see cref="ByProblem"/> (the pages show titles, not codes).</summary>
    public IReadOnlyDictionary<string, (string Zh, string En)> ProblemTitles { get; init; } = new Dictionary<string, (string Zh, string En)>();

    /// <summary>
    /// The award list as the notice publishes it (七: awarded projects with their track and tier), in full: track, tier
    /// and project name, in track and tier order.
    /// </summary>
    public IReadOnlyList<AwardedProject> AwardedProjects { get; init; } = [];
}
