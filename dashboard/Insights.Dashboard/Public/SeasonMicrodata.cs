using DuckDB.NET.Data;
using Insights.Warehouse.Reading.Public;

namespace Insights.Dashboard.Public;

/// <summary>
/// What every public count of a season is counted from, read once from the warehouse's report views
/// (<see cref="PublicReports"/>): teams (with public labels for their lead unit's city and type, and their registration
/// week), registered projects, the problem statements and the awards.
/// </summary>
/// <param name="Teams">Every team of the season.</param>
/// <param name="Projects">Every registered project.</param>
/// <param name="Problems">The problem statements of the reference data.</param>
/// <param name="Awards">Every award.</param>
internal sealed record SeasonMicrodata(
    IReadOnlyList<TeamRecord> Teams, IReadOnlyList<ProjectRecord> Projects, IReadOnlyList<ProblemRecord> Problems, IReadOnlyList<AwardRecord> Awards)
{
    /// <summary>Reads a season.</summary>
    /// <param name="connection">A read-only connection.</param>
    /// <param name="season">The season.</param>
    /// <returns>The season's records.</returns>
    public static SeasonMicrodata Read(DuckDBConnection connection, string season)
    {
        var cities = PublicLabels.Cities(season);
        // The labels are the reference data's, never the registration form's text (PublicLabels).
        var teams = PublicReports.Teams(connection, season)
            .Select(t => new TeamRecord(t.TeamId, PublicLabels.City(t.City, cities), PublicLabels.UnitType(t.UnitType), t.Week)).ToList();
        var projects = PublicReports.Projects(connection, season).Select(p => new ProjectRecord(p.ProjectId, p.TeamId, p.Track, p.Problem)).ToList();
        var problems = PublicReports.Problems(connection, season).Select(p => new ProblemRecord(p.Code, p.Track, p.TitleZh, p.TitleEn)).ToList();
        var awards = PublicReports.Awards(connection, season).Select(a => new AwardRecord(a.Track, a.Tier, a.ProjectId, a.ProjectName)).ToList();
        return new SeasonMicrodata(teams, projects, problems, awards);
    }
}
