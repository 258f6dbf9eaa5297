using System.Text.Json;
using DuckDB.NET.Data;
using static Insights.Warehouse.Reading.WarehouseCommands;

namespace Insights.Warehouse.Reading.Reports;

/// <summary>The analysis of a track: judges, panels, units, the stage link, finalists, unstable awards, decisions, reconsideration.</summary>
public static partial class ReportReader
{
    // The season's stage order for sorting analytics rows (their stage column joined to dim_stage as d).
    private const string ByStage = "LEFT JOIN dim_stage d ON d.season = a.season AND d.stage = a.stage";

    private static List<JudgeRow> Judges(DuckDBConnection connection, string season, string track) => Rows(connection, $"""
        SELECT a.stage, a.judge_id, coalesce(a.n_scores, 0), coalesce(a.n_projects, 0), a.mean_score, a.severity, a.severity_se, a.infit, a.outfit, a.anomaly_score, coalesce(a.flags, '')
        FROM analytics_judge a {ByStage} WHERE a.season = $season AND a.track_code = $track ORDER BY d.stage_order, a.stage, a.judge_id
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

    /// <summary>The track's units (graph components) from the summary JSON of the season's run, in the season's stage order.</summary>
    private static List<UnitRow> Units(DuckDBConnection connection, string season, string track)
    {
        using var document = RunSummary(connection, season);
        var units = new List<UnitRow>();
        if (document is not null && document.RootElement.TryGetProperty("units", out var list))
        {
            foreach (var unit in list.EnumerateArray())
            {
                var parts = (unit.GetProperty("unit").GetString() ?? "").Split('/');
                if (parts.Length == 3 && parts[0] == season && parts[2] == track)
                {
                    units.Add(new UnitRow(parts[1], Int(unit, "judges"), Int(unit, "projects"), Int(unit, "marks"), Int(unit, "graph_components")));
                }
            }
        }

        var order = Stages(connection, season).Select(s => s.Code).ToList();
        return [.. units.OrderBy(u => order.IndexOf(u.Stage) is var i and >= 0 ? i : order.Count).ThenBy(u => u.Stage, StringComparer.Ordinal)];
    }

    /// <summary>The track's stage link from the summary JSON of the season's run.</summary>
    private static StageLink? Link(DuckDBConnection connection, string season, string track)
    {
        using var document = RunSummary(connection, season);
        StageLink? link = null;
        if (document is not null && document.RootElement.TryGetProperty("stage_links", out var links))
        {
            foreach (var l in links.EnumerateArray().Where(l => l.GetProperty("season").GetString() == season && l.GetProperty("track").GetString() == track))
            {
                link = new StageLink(l.GetProperty("preliminary_stage").GetString() ?? "", Int(l, "common_projects"),
                    [.. l.GetProperty("judges_on_both_panels").EnumerateArray().Select(j => j.GetString() ?? "")], Number(l, "spearman"), Number(l, "spearman_p"),
                    Int(l, "rank_reversals"), Int(l, "pairs_compared"), [.. l.GetProperty("notes").EnumerateArray().Select(n => n.GetString() ?? "")])
                {
                    Stage = l.TryGetProperty("stage", out var stage) ? stage.GetString() ?? "final_roadshow" : "final_roadshow",
                };
            }
        }

        return link;
    }

    private static JsonDocument? RunSummary(DuckDBConnection connection, string season)
    {
        using var command = Command(connection, "SELECT CAST(summary AS VARCHAR) FROM analytics_run WHERE season = $season LIMIT 1", ("season", season));
        return command.ExecuteScalar() is string json ? JsonDocument.Parse(json) : null;
    }

    private static int Int(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : 0;

    private static double? Number(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}
