using DuckDB.NET.Data;
using Insights.Dashboard.Suppression;
using Insights.Dashboard.Warehouse;
using Insights.Warehouse.Reading;

namespace Insights.Dashboard.Public;

/// <summary>The public pages' queries: counts of projects, teams, units and awards, suppressed before they leave.</summary>
public sealed class PublicQueries(WarehouseReader warehouse, Microsoft.Extensions.Options.IOptions<WarehouseOptions> options)
{
    /// <summary>The seasons with registrations, newest first.</summary>
    /// <returns>Season ids.</returns>
    public Task<IReadOnlyList<string>> SeasonsAsync() => warehouse.QueryAsync<IReadOnlyList<string>>("public|seasons", connection =>
    {
        var seasons = new List<string>();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT season FROM dim_project WHERE is_registered ORDER BY season DESC";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            seasons.Add(reader.GetString(0));
        }

        return seasons;
    });

    /// <summary>The public statistics of a season.</summary>
    /// <param name="season">The season.</param>
    /// <returns>The suppressed tables.</returns>
    public Task<PublicStatistics> StatisticsAsync(string season) => warehouse.QueryAsync($"public|statistics|{season}", connection =>
    {
        var k = options.Value.SmallCellThreshold;
        var (nameZh, nameEn) = SeasonName(connection, season);
        var tracks = Tracks(connection, season);
        var byTrack = Long(connection, season, """
            SELECT t.track_code, count(DISTINCT p.project_id) FROM dim_track t
            LEFT JOIN dim_project p ON p.season = t.season AND p.track_code = t.track_code AND p.is_registered
            WHERE t.season = $season AND t.has_reference GROUP BY t.track_code, t.number ORDER BY t.number
            """, "projects", k);
        var byProblem = Long(connection, season, """
            SELECT pr.problem_code || ' ' || pr.title_zh, count(DISTINCT p.project_id) FROM dim_problem pr
            LEFT JOIN dim_project p ON p.season = pr.season AND p.problem_code = pr.problem_code AND p.is_registered
            WHERE pr.season = $season GROUP BY ALL ORDER BY 1
            """, "projects", k);
        var byCity = Long(connection, season, """
            SELECT coalesce(u.city, '—'), count(DISTINCT tm.team_id) FROM dim_team tm
            LEFT JOIN dim_unit u ON u.season = tm.season AND u.credit_code = tm.lead_credit_code
            WHERE tm.season = $season GROUP BY ALL ORDER BY 1
            """, "teams", k);
        var byUnitType = Long(connection, season, """
            SELECT coalesce(u.unit_type, '—'), count(DISTINCT tm.team_id) FROM dim_team tm
            LEFT JOIN dim_unit u ON u.season = tm.season AND u.credit_code = tm.lead_credit_code
            WHERE tm.season = $season GROUP BY ALL ORDER BY 1
            """, "teams", k);
        var byWeek = Long(connection, season, """
            SELECT strftime(date_trunc('week', registered_at), '%Y-%m-%d'), count(*) FROM dim_team
            WHERE season = $season AND registered_at IS NOT NULL GROUP BY ALL ORDER BY 1
            """, "teams", k);
        var awards = Wide(connection, season, """
            SELECT track_code, tier, count(*) FROM fact_award WHERE season = $season GROUP BY ALL
            """, [.. tracks.Select(t => t.Code)], ["first", "second", "third", "single"], k);
        return new PublicStatistics(season, nameZh, nameEn, tracks, byTrack, byProblem, byCity, byUnitType, byWeek, awards, k);
    });

    private static (string Zh, string En) SeasonName(DuckDBConnection connection, string season)
    {
        using var command = Command(connection, "SELECT name_zh, name_en FROM ref_season WHERE season = $season", season);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetString(1)) : (season, season);
    }

    private static List<TrackRow> Tracks(DuckDBConnection connection, string season)
    {
        using var command = Command(connection, """
            SELECT t.track_code, t.number, t.name_zh, t.name_en, t.official_name_zh, t.official_name_en, t.committee_code,
                   coalesce(c.city_zh, ''), coalesce(c.city_en, '')
            FROM dim_track t LEFT JOIN dim_committee c ON c.season = t.season AND c.committee_code = t.committee_code
            WHERE t.season = $season AND t.has_reference ORDER BY t.number
            """, season);
        using var reader = command.ExecuteReader();
        var tracks = new List<TrackRow>();
        while (reader.Read())
        {
            tracks.Add(new TrackRow(reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8)));
        }

        return tracks;
    }

    /// <summary>A one-column table from rows (label, count).</summary>
    private static CountTable Long(DuckDBConnection connection, string season, string sql, string column, int k)
    {
        using var command = Command(connection, sql, season);
        return CountQueries.Long(command, column, k);
    }

    /// <summary>A rows × columns table from rows (row, column, count); missing cells are 0.</summary>
    private static CountTable Wide(DuckDBConnection connection, string season, string sql, string[] rows, string[] columns, int k)
    {
        using var command = Command(connection, sql, season);
        using var reader = command.ExecuteReader();
        var counts = new long[rows.Length, columns.Length];
        while (reader.Read())
        {
            var r = Array.IndexOf(rows, reader.GetString(0));
            var c = Array.IndexOf(columns, reader.GetString(1));
            if (r >= 0 && c >= 0)
            {
                counts[r, c] = reader.GetInt64(2);
            }
        }

        return SmallCellSuppression.Suppress(rows, columns, counts, k);
    }

    private static DuckDBCommand Command(DuckDBConnection connection, string sql, string season) =>
        WarehouseCommands.Command(connection, sql, ("season", season));
}
