using DuckDB.NET.Data;

namespace Insights.Analytics.Pipeline.Reading;

/// <summary>Reads the seasons' stage plans and each track's project counts per stage out of the warehouse.</summary>
public static class StagePlans
{
    /// <summary>The stage plans of a season (or all), keyed by (season, stage).</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="season">One season, or null for all.</param>
    /// <returns>The plans.</returns>
    public static Dictionary<(string Season, string Stage), StagePlan> Read(DuckDBConnection connection, string? season)
    {
        var tiers = new Dictionary<(string, string), List<TierSpec>>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT season, stage, tier, tier_order, track_code, tier_count, tier_share, tier_min_score, tier_at_least
                FROM dim_award_tier WHERE $season IS NULL OR season = $season
                ORDER BY season, stage, track_code NULLS FIRST, tier_order, tier
                """;
            command.Parameters.Add(new DuckDBParameter("season", season));
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var key = (reader.GetString(0), reader.GetString(1));
                if (!tiers.TryGetValue(key, out var list))
                {
                    tiers[key] = list = [];
                }

                list.Add(new TierSpec(
                    reader.GetString(2), reader.GetInt32(3), reader.IsDBNull(4) ? null : reader.GetString(4),
                    reader.IsDBNull(5) ? null : reader.GetInt32(5), reader.IsDBNull(6) ? null : reader.GetDouble(6),
                    reader.IsDBNull(7) ? null : reader.GetDouble(7), reader.GetInt32(8)));
            }
        }

        var plans = new Dictionary<(string, string), StagePlan>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT season, stage, stage_order, coalesce(name_zh, stage), coalesce(name_en, stage), score_method, score_basis,
                       advance_count, advance_share, decides, rule_source
                FROM dim_stage WHERE $season IS NULL OR season = $season
                """;
            command.Parameters.Add(new DuckDBParameter("season", season));
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var key = (reader.GetString(0), reader.GetString(1));
                plans[key] = new StagePlan(
                    key.Item1, key.Item2, reader.GetInt32(2), reader.GetString(3), reader.GetString(4), reader.GetString(5) == "trimmed_mean",
                    reader.GetString(6) == "standard", reader.IsDBNull(7) ? null : reader.GetInt32(7), reader.IsDBNull(8) ? null : reader.GetDouble(8),
                    reader.IsDBNull(9) ? null : reader.GetString(9), reader.GetString(10), tiers.GetValueOrDefault(key) ?? []);
            }
        }

        return plans;
    }

    /// <summary>
    /// Per (season, stage, track): the projects the track has in the next stage that has scores, the stage's
    /// "finalists" (the notice's on-site review sends on as many as the final roadshow scores).
    /// </summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="season">One season, or null for all.</param>
    /// <returns>The counts.</returns>
    public static Dictionary<(string Season, string Stage, string Track), int> NextStageProjects(DuckDBConnection connection, string? season)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            WITH counts AS (
                SELECT f.season, f.stage, f.track_code, d.stage_order, count(DISTINCT f.project_id) AS projects
                FROM fact_score AS f JOIN dim_stage AS d ON d.season = f.season AND d.stage = f.stage
                WHERE $season IS NULL OR f.season = $season
                GROUP BY ALL
            )
            SELECT c.season, c.stage, c.track_code,
                   (SELECT n.projects FROM counts AS n
                    WHERE n.season = c.season AND n.track_code = c.track_code AND n.stage_order > c.stage_order
                    ORDER BY n.stage_order LIMIT 1)
            FROM counts AS c
            """;
        command.Parameters.Add(new DuckDBParameter("season", season));
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<(string, string, string), int>();
        while (reader.Read())
        {
            counts[(reader.GetString(0), reader.GetString(1), reader.GetString(2))] = reader.IsDBNull(3) ? 0 : (int)reader.GetInt64(3);
        }

        return counts;
    }

    /// <summary>
    /// The published awards per (season, stage, track): project id → tier code. An award without a stage belongs to
    /// the season's last deciding stage (the notice's award list names none: its awards are the final roadshow's).
    /// </summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="season">One season, or null for all.</param>
    /// <returns>The awards.</returns>
    public static Dictionary<(string Season, string Stage, string Track), Dictionary<string, string>> PublishedAwards(DuckDBConnection connection, string? season)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT a.season, coalesce(a.stage, (SELECT d.stage FROM dim_stage AS d WHERE d.season = a.season AND d.decides = 'award'
                                                ORDER BY d.stage_order DESC LIMIT 1)) AS stage,
                   a.track_code, a.project_id, min(a.tier)
            FROM fact_award AS a
            WHERE a.tier <> 'single' AND ($season IS NULL OR a.season = $season)
            GROUP BY ALL
            """;
        command.Parameters.Add(new DuckDBParameter("season", season));
        using var reader = command.ExecuteReader();
        var awards = new Dictionary<(string, string, string), Dictionary<string, string>>();
        while (reader.Read())
        {
            if (reader.IsDBNull(1) || reader.IsDBNull(2) || reader.IsDBNull(3))
            {
                continue;
            }

            var key = (reader.GetString(0), reader.GetString(1), reader.GetString(2));
            if (!awards.TryGetValue(key, out var projects))
            {
                awards[key] = projects = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            projects[reader.GetString(3)] = reader.GetString(4);
        }

        return awards;
    }
}
