using DuckDB.NET.Data;
using Insights.Dashboard.Warehouse;
using Insights.Warehouse.Reading;
using static Insights.Warehouse.Reading.WarehouseCommands;

namespace Insights.Dashboard.Organizer;

/// <summary>
/// The organizers' queries: findings per track, one track's fairness report, the marks behind a finding. Cached per
/// warehouse version; the callers check <see cref="Security.TrackScope"/> before they ask.
/// </summary>
public sealed class OrganizerQueries(WarehouseReader warehouse)
{
    /// <summary>Most marks listed under one finding.</summary>
    public const int MaxScoreRows = 2000;

    private const string StageOrder = "CASE stage WHEN 'preliminary_written' THEN 1 WHEN 'preliminary_onsite' THEN 2 WHEN 'final_roadshow' THEN 3 ELSE 4 END";

    private const string FindingColumns = """
        finding_id, source, kind, rule_id, level, season, track_code, stage, judge_id, project_id, statistic, p_value,
        coalesce(message_zh, ''), coalesce(message_en, ''),
        CASE WHEN json_valid(evidence) THEN json_extract_string(evidence, '$.criterion') END
        """;

    /// <summary>The seasons with tracks (the notice's, and outside competitions' with their own track labels), newest first.</summary>
    /// <returns>Season ids.</returns>
    public Task<IReadOnlyList<string>> SeasonsAsync() => warehouse.QueryAsync<IReadOnlyList<string>>("organizer|seasons", connection =>
    {
        using var command = Command(connection, "SELECT DISTINCT season FROM dim_track ORDER BY season DESC");
        return Rows(command, r => r.GetString(0));
    });

    /// <summary>The season's tracks with their findings counted by source and level.</summary>
    /// <param name="season">The season.</param>
    /// <returns>One row per track, in the notice's order.</returns>
    public Task<IReadOnlyList<TrackSummary>> TracksAsync(string season) => warehouse.QueryAsync<IReadOnlyList<TrackSummary>>($"organizer|tracks|{season}", connection =>
    {
        using var command = Command(connection, """
            SELECT t.track_code, t.name_zh, t.name_en, coalesce(t.committee_code, ''),
                   count(*) FILTER (WHERE f.source = 'ingest' AND f.level = 'error'),
                   count(*) FILTER (WHERE f.source = 'ingest' AND f.level <> 'error'),
                   count(*) FILTER (WHERE f.source = 'analytics' AND f.level = 'error'),
                   count(*) FILTER (WHERE f.source = 'analytics' AND f.level <> 'error')
            FROM dim_track t LEFT JOIN fact_finding f ON f.season = t.season AND f.track_code = t.track_code
            WHERE t.season = $season
            GROUP BY t.track_code, t.number, t.name_zh, t.name_en, t.committee_code ORDER BY t.number NULLS LAST, t.track_code
            """, ("season", season));
        return Rows(command, r => new TrackSummary(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4), r.GetInt64(5), r.GetInt64(6), r.GetInt64(7)));
    });

    /// <summary>One track's fairness report.</summary>
    /// <param name="season">The season.</param>
    /// <param name="track">The track code.</param>
    /// <returns>The report, or null when the track does not exist.</returns>
    public async Task<TrackReport?> ReportAsync(string season, string track)
    {
        var summary = (await TracksAsync(season).ConfigureAwait(false)).FirstOrDefault(t => t.Code == track);
        if (summary is null)
        {
            return null;
        }

        var analysed = (await warehouse.VersionAsync().ConfigureAwait(false)).Analysed;
        return await warehouse.QueryAsync($"organizer|report|{season}|{track}|{analysed}", connection =>
        {
            var findings = Findings(connection, season, track);
            if (!analysed)
            {
                return new TrackReport(season, summary, false, findings, [], [], [], null, [], []);
            }

            var (units, link) = Summary(connection, season, track);
            var preliminary = link?.PreliminaryStage ?? "preliminary_onsite";
            var final = link?.Stage ?? "final_roadshow";
            return new TrackReport(season, summary, true, findings, Judges(connection, season, track), Panels(connection, season, track), units, link,
                Finalists(connection, season, track, preliminary, final), Unstable(connection, season, track))
            {
                Decisions = Decisions(connection, season, track),
                Reconsidered = Reconsidered(connection, season, track),
            };
        }).ConfigureAwait(false);
    }

    /// <summary>A finding by its id.</summary>
    /// <param name="findingId">The finding id.</param>
    /// <returns>The finding, or null.</returns>
    public Task<FindingRow?> FindingAsync(string findingId) => warehouse.QueryAsync($"organizer|finding|{findingId}", connection =>
    {
        using var command = Command(connection, $"SELECT {FindingColumns} FROM fact_finding WHERE finding_id = $id LIMIT 1", ("id", findingId));
        return Rows(command, Finding).FirstOrDefault();
    });

    /// <summary>The marks behind a finding: fact_score rows of its season, track, stage, judge(s) and project(s), where given.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The count and the first rows.</returns>
    public Task<FindingScores> ScoresAsync(FindingRow finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return warehouse.QueryAsync($"organizer|scores|{finding.FindingId}", connection =>
        {
            const string where = """
                s.season = $season AND ($track::VARCHAR IS NULL OR s.track_code = $track::VARCHAR) AND ($stage::VARCHAR IS NULL OR s.stage = $stage::VARCHAR)
                AND ($judges::VARCHAR IS NULL OR list_contains(string_split($judges::VARCHAR, ';'), s.judge_id))
                AND ($projects::VARCHAR IS NULL OR list_contains(string_split($projects::VARCHAR, ';'), s.project_id))
                """;
            (string, object?)[] parameters = [("season", finding.Season), ("track", finding.Track), ("stage", finding.Stage), ("judges", finding.JudgeId), ("projects", finding.ProjectId)];
            using var count = Command(connection, $"SELECT count(*) FROM fact_score s WHERE {where}", parameters);
            var total = Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            using var command = Command(connection, $"""
                SELECT s.stage, s.panel_id, s.judge_id, coalesce(j.judge_name, ''), s.project_id, s.criterion, s.score, s.max_score, s.scored_at
                FROM fact_score s LEFT JOIN dim_judge j ON j.season = s.season AND j.judge_id = s.judge_id
                WHERE {where}
                ORDER BY {StageOrder.Replace("stage", "s.stage", StringComparison.Ordinal)}, s.judge_id, s.project_id, s.criterion LIMIT {MaxScoreRows}
                """, parameters);
            var rows = Rows(command, r => new ScoreRow(r.GetString(0), r.IsDBNull(1) ? "" : r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
                r.GetDouble(6), r.FiniteOrNull(7), r.IsDBNull(8) ? null : r.GetDateTime(8)));
            return new FindingScores(finding, total, rows);
        });
    }

    private static List<FindingRow> Findings(DuckDBConnection connection, string season, string track)
    {
        using var command = Command(connection, $"""
            SELECT {FindingColumns} FROM fact_finding
            WHERE season = $season AND (track_code = $track OR (track_code IS NULL AND kind = 'favoritism_pooled'))
            ORDER BY CASE level WHEN 'error' THEN 0 ELSE 1 END, source, coalesce(rule_id, kind), {StageOrder}, judge_id, project_id, finding_id
            """, ("season", season), ("track", track));
        return Rows(command, Finding);
    }

    private static FindingRow Finding(DuckDBDataReader r) => new(r.GetString(0), r.GetString(1), r.GetString(2), r.TextOrNull(3), r.GetString(4), r.GetString(5),
        r.TextOrNull(6), r.TextOrNull(7), r.TextOrNull(8), r.TextOrNull(9), r.FiniteOrNull(10), r.FiniteOrNull(11), r.GetString(12), r.GetString(13), r.TextOrNull(14));

    private static List<JudgeRow> Judges(DuckDBConnection connection, string season, string track)
    {
        using var command = Command(connection, $"""
            SELECT stage, judge_id, coalesce(n_scores, 0), coalesce(n_projects, 0), mean_score, severity, severity_se, infit, outfit, anomaly_score, coalesce(flags, '')
            FROM analytics_judge WHERE season = $season AND track_code = $track ORDER BY {StageOrder}, judge_id
            """, ("season", season), ("track", track));
        return Rows(command, r => new JudgeRow(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.FiniteOrNull(4), r.FiniteOrNull(5), r.FiniteOrNull(6),
            r.FiniteOrNull(7), r.FiniteOrNull(8), r.FiniteOrNull(9), r.GetString(10)));
    }

    private static List<PanelRow> Panels(DuckDBConnection connection, string season, string track)
    {
        using var command = Command(connection, $"""
            SELECT stage, panel_id, coalesce(n_judges, 0), coalesce(n_projects, 0), coalesce(n_scores, 0), icc1, icc2, icc3, icc1k, icc2k, icc3k, kendall_w, kripp_alpha
            FROM analytics_panel WHERE season = $season AND track_code = $track ORDER BY {StageOrder}, panel_id
            """, ("season", season), ("track", track));
        return Rows(command, r => new PanelRow(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.FiniteOrNull(5), r.FiniteOrNull(6),
            r.FiniteOrNull(7), r.FiniteOrNull(8), r.FiniteOrNull(9), r.FiniteOrNull(10), r.FiniteOrNull(11), r.FiniteOrNull(12)));
    }

    private static List<FinalistRow> Finalists(DuckDBConnection connection, string season, string track, string preliminary, string final)
    {
        using var command = Command(connection, """
            SELECT f.project_id, p.raw_mean, p.rank_raw, f.raw_mean, f.rank_raw, f.p_award_tier, f.p_tier_fresh
            FROM analytics_project f JOIN analytics_project p
              ON p.season = f.season AND p.track_code = f.track_code AND p.project_id = f.project_id AND p.stage = $preliminary
            WHERE f.season = $season AND f.track_code = $track AND f.stage = $final
            ORDER BY f.rank_raw NULLS LAST, f.project_id
            """, ("season", season), ("track", track), ("preliminary", preliminary), ("final", final));
        return Rows(command, r => new FinalistRow(r.GetString(0), r.FiniteOrNull(1), r.Int32OrNull(2), r.FiniteOrNull(3), r.Int32OrNull(4), r.FiniteOrNull(5), r.FiniteOrNull(6)));
    }

    private static List<ProjectRow> Unstable(DuckDBConnection connection, string season, string track)
    {
        using var command = Command(connection, $"""
            SELECT stage, project_id, raw_mean, rank_raw, p_award_tier, p_tier_fresh FROM analytics_project
            WHERE season = $season AND track_code = $track AND coalesce(p_tier_fresh, p_award_tier) < 0.5
            ORDER BY {StageOrder}, coalesce(p_tier_fresh, p_award_tier), project_id
            """, ("season", season), ("track", track));
        return Rows(command, r => new ProjectRow(r.GetString(0), r.GetString(1), r.FiniteOrNull(2), r.Int32OrNull(3), r.FiniteOrNull(4), r.FiniteOrNull(5)));
    }

    private static List<DecisionRow> Decisions(DuckDBConnection connection, string season, string track)
    {
        using var command = Command(connection, $"""
            SELECT stage, project_id, raw_mean, rank_raw, tier, coalesce(tier_fair, ''), coalesce(tier_standard, ''), coalesce(tier_published, '')
            FROM analytics_project
            WHERE season = $season AND track_code = $track AND tier IS NOT NULL
              AND (tier IS DISTINCT FROM coalesce(tier_fair, tier) OR tier IS DISTINCT FROM coalesce(tier_published, tier)
                   OR coalesce(tier_standard, tier_fair, tier) IS DISTINCT FROM coalesce(tier_fair, tier))
            ORDER BY {StageOrder}, stage, rank_raw, project_id
            """, ("season", season), ("track", track));
        return Rows(command, r => new DecisionRow(r.GetString(0), r.GetString(1), r.FiniteOrNull(2), r.Int32OrNull(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7)));
    }

    private static List<ReconsiderationRow> Reconsidered(DuckDBConnection connection, string season, string track)
    {
        using var command = Command(connection, $"""
            SELECT stage, project_id, reconsidered_marks, original_score, counted_score, original_rank, counted_rank
            FROM mart_reconsideration WHERE season = $season AND track_code = $track
            ORDER BY {StageOrder}, stage, counted_rank, project_id
            """, ("season", season), ("track", track));
        return Rows(command, r => new ReconsiderationRow(r.GetString(0), r.GetString(1), r.GetInt32(2), r.FiniteOrNull(3), r.FiniteOrNull(4), r.Int32OrNull(5), r.Int32OrNull(6)));
    }

    /// <summary>The track's units (graph components) and stage link: analytics_unit and analytics_stage_link.</summary>
    private static (List<UnitRow> Units, StageLink? Link) Summary(DuckDBConnection connection, string season, string track)
    {
        // A warehouse analysed by a version before these tables has none: its units and link are not shown.
        using (var tables = Command(connection, "SELECT count(*) FROM duckdb_tables() WHERE table_name IN ('analytics_unit', 'analytics_stage_link') AND schema_name = 'main'"))
        {
            if (Convert.ToInt64(tables.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) < 2)
            {
                return ([], null);
            }
        }

        using var units = Command(connection, """
            SELECT stage, judges, projects, marks, graph_components FROM analytics_unit WHERE season = $season AND track_code = $track
            """, ("season", season), ("track", track));
        var rows = Rows(units, r => new UnitRow(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4)));
        rows.Sort((a, b) => Order(a.Stage) != Order(b.Stage) ? Order(a.Stage).CompareTo(Order(b.Stage)) : string.CompareOrdinal(a.Stage, b.Stage));
        using var links = Command(connection, """
            SELECT from_stage, projects_on_both, coalesce(judge_ids_on_both, ''), spearman, spearman_p, rank_reversals, pairs_compared,
                   coalesce(notes, ''), to_stage
            FROM analytics_stage_link WHERE season = $season AND track_code = $track
            ORDER BY to_stage, from_stage
            """, ("season", season), ("track", track));
        var link = Rows(links, r => new StageLink(r.GetString(0), r.GetInt32(1), Split(r.GetString(2), ';'), r.FiniteOrNull(3), r.FiniteOrNull(4),
            r.GetInt32(5), r.GetInt32(6), Split(r.GetString(7), '\n'))
        {
            Stage = r.GetString(8),
        }).LastOrDefault();
        return (rows, link);
    }

    private static string[] Split(string text, char separator) => text.Length == 0 ? [] : text.Split(separator);

    private static int Order(string stage) => TrackReport.Stages.ToList().IndexOf(stage) is var i and >= 0 ? i : 9;

    private static DuckDBCommand Command(DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));
        }

        return command;
    }
}
