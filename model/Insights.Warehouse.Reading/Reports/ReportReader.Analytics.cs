using DuckDB.NET.Data;
using static Insights.Warehouse.Reading.WarehouseCommands;

namespace Insights.Warehouse.Reading.Reports;

/// <summary>The analysis of a track: judges, panels, units, the stage link, finalists, unstable awards, decisions, reconsideration.</summary>
public static partial class ReportReader
{
    // The season's stage order for sorting analytics rows (their stage column joined to dim_stage as d).
    private const string ByStage = "LEFT JOIN dim_stage d ON d.season = a.season AND d.stage = a.stage";

    private static List<JudgeRow> Judges(DuckDBConnection connection, string season, string track) => Rows(connection, $"""
        SELECT a.stage, a.judge_id, a.n_scores, a.n_projects, a.mean_total, a.severity, a.severity_se, a.infit, a.outfit, a.anomaly_score, a.flags
        FROM rpt_judge a {ByStage} WHERE a.season = $season AND a.track_code = $track ORDER BY d.stage_order, a.stage, a.judge_id
        """, r => new JudgeRow(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.FiniteOrNull(4), r.FiniteOrNull(5), r.FiniteOrNull(6),
        r.FiniteOrNull(7), r.FiniteOrNull(8), r.FiniteOrNull(9), r.GetString(10)), ("season", season), ("track", track));

    private static List<PanelRow> Panels(DuckDBConnection connection, string season, string track) => Rows(connection, $"""
        SELECT a.stage, a.panel_id, coalesce(a.n_judges, 0), coalesce(a.n_projects, 0), coalesce(a.n_scores, 0), a.icc1, a.icc2, a.icc3, a.icc1k, a.icc2k, a.icc3k, a.kendall_w, a.kripp_alpha
        FROM analytics_panel a {ByStage} WHERE a.season = $season AND a.track_code = $track ORDER BY d.stage_order, a.stage, a.panel_id
        """, r => new PanelRow(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.FiniteOrNull(5), r.FiniteOrNull(6),
        r.FiniteOrNull(7), r.FiniteOrNull(8), r.FiniteOrNull(9), r.FiniteOrNull(10), r.FiniteOrNull(11), r.FiniteOrNull(12)), ("season", season), ("track", track));

    /// <summary>
    /// The last stage's projects with their score and rank in the latest earlier stage that scored them (a project of
    /// the final roadshow has its on-site score; outside data its previous stage's).
    /// </summary>
    private static List<FinalistRow> Finalists(DuckDBConnection connection, string season, string track) => Rows(connection, """
        WITH stages AS (SELECT stage, stage_order FROM dim_stage WHERE season = $season),
             last AS (SELECT stage, stage_order FROM stages ORDER BY stage_order DESC LIMIT 1),
             earlier AS (SELECT e.project_id, arg_max(e.raw_mean, s.stage_order) AS raw_mean, arg_max(e.rank_raw, s.stage_order) AS rank_raw
                         FROM analytics_project e JOIN stages s ON s.stage = e.stage
                         WHERE e.season = $season AND e.track_code = $track AND s.stage_order < (SELECT stage_order FROM last)
                         GROUP BY e.project_id)
        SELECT f.project_id, p.raw_mean, p.rank_raw, f.raw_mean, f.rank_raw, f.p_award_tier, f.p_tier_fresh
        FROM analytics_project f LEFT JOIN earlier p ON p.project_id = f.project_id
        WHERE f.season = $season AND f.track_code = $track AND f.stage = (SELECT stage FROM last)
        ORDER BY f.rank_raw NULLS LAST, f.project_id
        """, r => new FinalistRow(r.GetString(0), r.FiniteOrNull(1), r.Int32OrNull(2), r.FiniteOrNull(3), r.Int32OrNull(4), r.FiniteOrNull(5), r.FiniteOrNull(6)),
        ("season", season), ("track", track));

    private static List<ProjectRow> Unstable(DuckDBConnection connection, string season, string track) => Rows(connection, $"""
        SELECT a.stage, a.project_id, a.raw_mean, a.rank_raw, a.p_award_tier, a.p_tier_fresh FROM analytics_project a {ByStage}
        WHERE a.season = $season AND a.track_code = $track AND coalesce(a.p_tier_fresh, a.p_award_tier) < 0.5
        ORDER BY d.stage_order, a.stage, coalesce(a.p_tier_fresh, a.p_award_tier), a.project_id
        """, r => new ProjectRow(r.GetString(0), r.GetString(1), r.FiniteOrNull(2), r.Int32OrNull(3), r.FiniteOrNull(4), r.FiniteOrNull(5)), ("season", season), ("track", track));

    private static List<DecisionRow> Decisions(DuckDBConnection connection, string season, string track) => Rows(connection, $"""
        SELECT a.stage, a.project_id, a.raw_mean, a.rank_raw, a.tier, coalesce(a.tier_fair, ''), coalesce(a.tier_standard, ''), coalesce(a.tier_published, '')
        FROM analytics_project a {ByStage}
        WHERE a.season = $season AND a.track_code = $track AND a.tier IS NOT NULL
          AND (a.tier IS DISTINCT FROM coalesce(a.tier_fair, a.tier) OR a.tier IS DISTINCT FROM coalesce(a.tier_published, a.tier)
               OR coalesce(a.tier_standard, a.tier_fair, a.tier) IS DISTINCT FROM coalesce(a.tier_fair, a.tier))
        ORDER BY d.stage_order, a.stage, a.rank_raw, a.project_id
        """, r => new DecisionRow(r.GetString(0), r.GetString(1), r.FiniteOrNull(2), r.Int32OrNull(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7)),
        ("season", season), ("track", track));

    private static List<ReconsiderationRow> Reconsidered(DuckDBConnection connection, string season, string track) => Rows(connection, $"""
        SELECT a.stage, a.project_id, a.reconsidered_marks, a.original_score, a.counted_score, a.original_rank, a.counted_rank
        FROM mart_reconsideration a {ByStage} WHERE a.season = $season AND a.track_code = $track
        ORDER BY d.stage_order, a.stage, a.counted_rank, a.project_id
        """, r => new ReconsiderationRow(r.GetString(0), r.GetString(1), r.GetInt32(2), r.FiniteOrNull(3), r.FiniteOrNull(4), r.Int32OrNull(5), r.Int32OrNull(6)),
        ("season", season), ("track", track));

    /// <summary>The track's units (graph components) from analytics_unit, in the season's stage order.</summary>
    private static List<UnitRow> Units(DuckDBConnection connection, string season, string track) => Rows(connection, $"""
        SELECT a.stage, a.judges, a.projects, a.marks, a.graph_components
        FROM analytics_unit a {ByStage} WHERE a.season = $season AND a.track_code = $track
        ORDER BY d.stage_order NULLS LAST, a.stage
        """, r => new UnitRow(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4)), ("season", season), ("track", track));

    /// <summary>The track's link into its last stage from analytics_stage_link (null: the track has one stage).</summary>
    private static StageLink? Link(DuckDBConnection connection, string season, string track) => Rows(connection, """
        SELECT a.from_stage, a.projects_on_both, coalesce(a.judge_ids_on_both, ''), a.spearman, a.spearman_p, a.rank_reversals, a.pairs_compared,
               coalesce(a.notes, ''), a.to_stage
        FROM analytics_stage_link a LEFT JOIN dim_stage d ON d.season = a.season AND d.stage = a.to_stage
        WHERE a.season = $season AND a.track_code = $track
        ORDER BY d.stage_order NULLS LAST, a.to_stage, a.from_stage
        """, r => new StageLink(r.GetString(0), r.GetInt32(1), Split(r.GetString(2), ';'), r.FiniteOrNull(3), r.FiniteOrNull(4), r.GetInt32(5), r.GetInt32(6),
            Split(r.GetString(7), '\n'))
    {
        Stage = r.GetString(8),
    }, ("season", season), ("track", track)).LastOrDefault();

    private static string[] Split(string text, char separator) => text.Length == 0 ? [] : text.Split(separator);
}
