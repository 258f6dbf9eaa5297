using DuckDB.NET.Data;
using Insights.Warehouse.Reading;

namespace Insights.Dashboard.Public;

/// <summary>
/// What every public count of a season is counted from, read once: teams (with public labels for their lead unit's
/// city and type, and their registration week), registered projects, the problem statements and the awards.
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
        var teams = Rows(connection, season, """
            SELECT tm.team_id, u.city, u.unit_type, strftime(date_trunc('week', tm.registered_at), '%Y-%m-%d') FROM dim_team tm
            LEFT JOIN dim_unit u ON u.season = tm.season AND u.credit_code = tm.lead_credit_code
            WHERE tm.season = $season ORDER BY tm.team_id
            """, r => new TeamRecord(r.GetString(0), PublicLabels.City(r.TextOrNull(1), cities), PublicLabels.UnitType(r.TextOrNull(2)), r.TextOrNull(3)));
        var projects = Rows(connection, season, """
            SELECT project_id, team_id, track_code, problem_code FROM dim_project
            WHERE season = $season AND is_registered ORDER BY project_id
            """, r => new ProjectRecord(r.GetString(0), r.TextOrNull(1), r.GetString(2), r.TextOrNull(3)));
        var problems = Rows(connection, season, """
            SELECT problem_code, track_code, title_zh, coalesce(title_en, title_zh) FROM dim_problem WHERE season = $season ORDER BY problem_code
            """, r => new ProblemRecord(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)));
        var awards = Rows(connection, season, """
            SELECT track_code, tier, project_id FROM fact_award WHERE season = $season ORDER BY track_code, tier, project_id
            """, r => new AwardRecord(r.GetString(0), r.GetString(1), r.GetString(2)));
        return new SeasonMicrodata(teams, projects, problems, awards);
    }

    private static List<T> Rows<T>(DuckDBConnection connection, string season, string sql, Func<DuckDBDataReader, T> row) =>
        WarehouseCommands.Rows(connection, sql, row, ("season", season));
}
