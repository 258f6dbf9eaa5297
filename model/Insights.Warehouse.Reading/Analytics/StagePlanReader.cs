using DuckDB.NET.Data;
using static Insights.Warehouse.Reading.WarehouseCommands;

namespace Insights.Warehouse.Reading.Analytics;

/// <summary>
/// Reads the seasons' stage plans (<c>dim_stage</c>, <c>dim_award_tier</c>), each track's projects in the next scored
/// stage and the published awards, as the analyze job needs them. Values travel only as <c>$name</c> parameters.
/// </summary>
public static class StagePlanReader
{
    /// <summary>The award tiers ordered by season, stage, track (every-track tiers first), tier order and tier.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="season">One season, or null for all.</param>
    /// <returns>One row per tier.</returns>
    public static IReadOnlyList<AwardTierRow> AwardTiers(DuckDBConnection connection, string? season) => Rows(connection, """
        SELECT season, stage, tier, tier_order, track_code, tier_count, tier_share, tier_min_score, tier_at_least
        FROM dim_award_tier WHERE $season IS NULL OR season = $season
        ORDER BY season, stage, track_code NULLS FIRST, tier_order, tier
        """, r => new AwardTierRow(
            r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.IsDBNull(4) ? null : r.GetString(4),
            r.IsDBNull(5) ? null : r.GetInt32(5), r.IsDBNull(6) ? null : r.GetDouble(6), r.IsDBNull(7) ? null : r.GetDouble(7), r.GetInt32(8)),
        ("season", season));

    /// <summary>The stages of a season (or all), in no particular order; a stage without names is named by its label.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="season">One season, or null for all.</param>
    /// <returns>One row per stage.</returns>
    public static IReadOnlyList<StagePlanRow> Stages(DuckDBConnection connection, string? season) => Rows(connection, """
        SELECT season, stage, stage_order, coalesce(name_zh, stage), coalesce(name_en, stage), score_method, score_basis,
               advance_count, advance_share, decides, rule_source
        FROM dim_stage WHERE $season IS NULL OR season = $season
        """, r => new StagePlanRow(
            r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6),
            r.IsDBNull(7) ? null : r.GetInt32(7), r.IsDBNull(8) ? null : r.GetDouble(8), r.IsDBNull(9) ? null : r.GetString(9), r.GetString(10)),
        ("season", season));

    /// <summary>
    /// Per scored (season, stage, track): the projects the track has in the next stage (by <c>stage_order</c>) that
    /// has scores, in no particular order.
    /// </summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="season">One season, or null for all.</param>
    /// <returns>One row per scored stage of a track.</returns>
    public static IReadOnlyList<NextStageRow> NextStageProjects(DuckDBConnection connection, string? season) => Rows(connection, """
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
        """, r => new NextStageRow(r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : (int)r.GetInt64(3)),
        ("season", season));

    /// <summary>
    /// The published awards (tier <c>single</c> aside), one row per (season, stage, track, project) with the least
    /// tier code, in no particular order. An award without a stage belongs to the season's last deciding stage
    /// (<c>decides = 'award'</c>); awards whose stage, track or project stays unknown are left out.
    /// </summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="season">One season, or null for all.</param>
    /// <returns>The awards.</returns>
    public static IReadOnlyList<PublishedAwardRow> PublishedAwards(DuckDBConnection connection, string? season)
    {
        var rows = Rows(connection, """
            SELECT a.season, coalesce(a.stage, (SELECT d.stage FROM dim_stage AS d WHERE d.season = a.season AND d.decides = 'award'
                                                ORDER BY d.stage_order DESC LIMIT 1)) AS stage,
                   a.track_code, a.project_id, min(a.tier)
            FROM fact_award AS a
            WHERE a.tier <> 'single' AND ($season IS NULL OR a.season = $season)
            GROUP BY ALL
            """, r => r.IsDBNull(1) || r.IsDBNull(2) || r.IsDBNull(3)
                ? null
                : new PublishedAwardRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4)),
            ("season", season));
        return [.. rows.OfType<PublishedAwardRow>()];
    }
}
