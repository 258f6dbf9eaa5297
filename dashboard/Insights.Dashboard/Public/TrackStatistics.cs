using Insights.Dashboard.Suppression;

namespace Insights.Dashboard.Public;

/// <summary>
/// What the public page of one track shows for a season, already suppressed: projects per problem statement, teams
/// by the city and type of their lead unit, and awards by tier. Only counts: no person and no judge.
/// </summary>
/// <param name="Season">The season.</param>
/// <param name="Track">The track (official names, hosting committee's city).</param>
/// <param name="ProblemTitles">Problem statement titles by row label of <paramref name="ByProblem"/> (Chinese, English).</param>
/// <param name="ByProblem">Registered projects per problem statement (rows "T01-P01 title").</param>
/// <param name="ByCity">Teams with a project in the track, per city of the lead unit.</param>
/// <param name="ByUnitType">Teams with a project in the track, per type of the lead unit.</param>
/// <param name="Awards">Awards per tier (first, second, third, single).</param>
/// <param name="Threshold">The suppression threshold k.</param>
public sealed record TrackStatistics(
    string Season,
    TrackRow Track,
    IReadOnlyDictionary<string, (string Zh, string En)> ProblemTitles,
    CountTable ByProblem,
    CountTable ByCity,
    CountTable ByUnitType,
    CountTable Awards,
    int Threshold);
