using DuckDB.NET.Data;
using Insights.Dashboard.Suppression;
using Insights.Dashboard.Warehouse;
using Insights.Warehouse.Reading;
using Microsoft.Extensions.Options;

namespace Insights.Dashboard.Public;

/// <summary>The public track page's queries: counts of one track's projects, teams and awards, suppressed before they leave.</summary>
public sealed class TrackQueries(WarehouseReader warehouse, PublicQueries publicQueries, IOptions<WarehouseOptions> options)
{
    private static readonly string[] s_tiers = ["first", "second", "third", "single"];

    /// <summary>The award tiers, in the order the page lists them.</summary>
    public static IReadOnlyList<string> Tiers => s_tiers;

    /// <summary>The statistics of a track in a season.</summary>
    /// <param name="season">The season.</param>
    /// <param name="code">The track code (T01..T12).</param>
    /// <returns>The suppressed tables, or null when the season or the track does not exist.</returns>
    public async Task<TrackStatistics?> TrackAsync(string season, string code)
    {
        var statistics = await publicQueries.StatisticsAsync(season).ConfigureAwait(false);
        var track = statistics.Tracks.FirstOrDefault(t => string.Equals(t.Code, code, StringComparison.Ordinal));
        if (track is null)
        {
            return null;
        }

        return await warehouse.QueryAsync($"public|track|{season}|{track.Code}", connection =>
        {
            var k = options.Value.SmallCellThreshold;
            var titles = new Dictionary<string, (string Zh, string En)>(StringComparer.Ordinal);
            var problems = new List<string>();
            var projects = new List<long>();
            using (var command = Command(connection, """
                SELECT pr.problem_code, pr.title_zh, pr.title_en, count(DISTINCT p.project_id) FROM dim_problem pr
                LEFT JOIN dim_project p ON p.season = pr.season AND p.problem_code = pr.problem_code AND p.track_code = pr.track_code AND p.is_registered
                WHERE pr.season = $season AND pr.track_code = $track GROUP BY ALL ORDER BY pr.problem_code
                """, season, track.Code))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    var label = $"{reader.GetString(0)} {reader.GetString(1)}";
                    titles[label] = (reader.GetString(1), reader.IsDBNull(2) ? reader.GetString(1) : reader.GetString(2));
                    problems.Add(label);
                    projects.Add(reader.GetInt64(3));
                }
            }

            // Teams of the track: those with a registered project in it, by their lead unit.
            var byCity = Long(connection, """
                WITH teams AS (SELECT DISTINCT season, team_id FROM dim_project WHERE season = $season AND track_code = $track AND is_registered AND team_id IS NOT NULL)
                SELECT coalesce(u.city, '—'), count(DISTINCT tm.team_id) FROM teams
                JOIN dim_team tm ON tm.season = teams.season AND tm.team_id = teams.team_id
                LEFT JOIN dim_unit u ON u.season = tm.season AND u.credit_code = tm.lead_credit_code
                GROUP BY ALL ORDER BY 1
                """, season, track.Code, "teams", k);
            var byUnitType = Long(connection, """
                WITH teams AS (SELECT DISTINCT season, team_id FROM dim_project WHERE season = $season AND track_code = $track AND is_registered AND team_id IS NOT NULL)
                SELECT coalesce(u.unit_type, '—'), count(DISTINCT tm.team_id) FROM teams
                JOIN dim_team tm ON tm.season = teams.season AND tm.team_id = teams.team_id
                LEFT JOIN dim_unit u ON u.season = tm.season AND u.credit_code = tm.lead_credit_code
                GROUP BY ALL ORDER BY 1
                """, season, track.Code, "teams", k);

            var awards = new long[s_tiers.Length];
            using (var command = Command(connection, "SELECT tier, count(*) FROM fact_award WHERE season = $season AND track_code = $track GROUP BY ALL", season, track.Code))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    var tier = Array.IndexOf(s_tiers, reader.GetString(0));
                    if (tier >= 0)
                    {
                        awards[tier] = reader.GetInt64(1);
                    }
                }
            }

            return new TrackStatistics(season, track, titles,
                SmallCellSuppression.Suppress(problems, projects, "projects", k), byCity, byUnitType,
                SmallCellSuppression.Suppress(s_tiers, awards, "awards", k), k);
        }).ConfigureAwait(false);
    }

    /// <summary>A one-column table from rows (label, count).</summary>
    private static CountTable Long(DuckDBConnection connection, string sql, string season, string track, string column, int k)
    {
        using var command = Command(connection, sql, season, track);
        return CountQueries.Long(command, column, k);
    }

    private static DuckDBCommand Command(DuckDBConnection connection, string sql, string season, string track) =>
        WarehouseCommands.Command(connection, sql, ("season", season), ("track", track));
}
