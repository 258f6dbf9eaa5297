using DuckDB.NET.Data;

namespace Insights.Warehouse.Reading.Public;

/// <summary>
/// Reads the public pages' report views (<c>models/reports/rpt_public_*.sql</c> of the warehouse). Each method is one
/// <c>SELECT ... FROM rpt_x WHERE season = $season</c>: what the pages count is shaped in the warehouse, where the
/// data tests check it; the dashboard only suppresses and lays out the rows.
/// </summary>
public static class PublicReports
{
    /// <summary>The seasons with registered projects, newest first.</summary>
    /// <param name="connection">A read-only connection.</param>
    /// <returns>The seasons.</returns>
    public static IReadOnlyList<PublicSeasonRow> Seasons(DuckDBConnection connection) =>
        WarehouseCommands.Rows(connection, "SELECT season, name_zh, name_en FROM rpt_public_seasons ORDER BY season DESC",
            r => new PublicSeasonRow(r.GetString(0), r.GetString(1), r.GetString(2)));

    /// <summary>The notice's tracks of a season, in the notice's order.</summary>
    /// <param name="connection">A read-only connection.</param>
    /// <param name="season">The season.</param>
    /// <returns>The tracks.</returns>
    public static IReadOnlyList<PublicTrackRow> Tracks(DuckDBConnection connection, string season) => Rows(connection, season, """
        SELECT track_code, number, name_zh, name_en, official_name_zh, official_name_en, committee_code, city_zh, city_en
        FROM rpt_public_tracks WHERE season = $season ORDER BY number
        """, r => new PublicTrackRow(r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
            r.GetString(6), r.GetString(7), r.GetString(8)));

    /// <summary>Every team of a season.</summary>
    /// <param name="connection">A read-only connection.</param>
    /// <param name="season">The season.</param>
    /// <returns>The teams, by id.</returns>
    public static IReadOnlyList<PublicTeamRow> Teams(DuckDBConnection connection, string season) => Rows(connection, season,
        "SELECT team_id, city, unit_type, registered_week FROM rpt_public_teams WHERE season = $season ORDER BY team_id",
        r => new PublicTeamRow(r.GetString(0), r.TextOrNull(1), r.TextOrNull(2), r.TextOrNull(3)));

    /// <summary>Every registered project of a season.</summary>
    /// <param name="connection">A read-only connection.</param>
    /// <param name="season">The season.</param>
    /// <returns>The projects, by id.</returns>
    public static IReadOnlyList<PublicProjectRow> Projects(DuckDBConnection connection, string season) => Rows(connection, season,
        "SELECT project_id, team_id, track_code, problem_code FROM rpt_public_projects WHERE season = $season ORDER BY project_id",
        r => new PublicProjectRow(r.GetString(0), r.TextOrNull(1), r.GetString(2), r.TextOrNull(3)));

    /// <summary>The problem statements of a season.</summary>
    /// <param name="connection">A read-only connection.</param>
    /// <param name="season">The season.</param>
    /// <returns>The problems, by code.</returns>
    public static IReadOnlyList<PublicProblemRow> Problems(DuckDBConnection connection, string season) => Rows(connection, season,
        "SELECT problem_code, track_code, title_zh, title_en FROM rpt_public_problems WHERE season = $season ORDER BY problem_code",
        r => new PublicProblemRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)));

    /// <summary>Every award of a season.</summary>
    /// <param name="connection">A read-only connection.</param>
    /// <param name="season">The season.</param>
    /// <returns>The awards, by track, tier and project.</returns>
    public static IReadOnlyList<PublicAwardRow> Awards(DuckDBConnection connection, string season) => Rows(connection, season,
        "SELECT track_code, tier, project_id, project_name FROM rpt_public_awards WHERE season = $season ORDER BY track_code, tier, project_id",
        r => new PublicAwardRow(r.GetString(0), r.GetString(1), r.GetString(2), r.TextOrNull(3)));

    private static List<T> Rows<T>(DuckDBConnection connection, string season, string sql, Func<DuckDBDataReader, T> row)
    {
        ArgumentException.ThrowIfNullOrEmpty(season);
        return WarehouseCommands.Rows(connection, sql, row, ("season", season));
    }
}
