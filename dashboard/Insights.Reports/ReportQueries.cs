using System.Globalization;
using DuckDB.NET.Data;
using Insights.Warehouse.Reading;
using static Insights.Warehouse.Reading.WarehouseCommands;

namespace Insights.Reports;

/// <summary>Reads the reports' data out of the warehouse (read-only, parameterized SQL), in a stable order.</summary>
public sealed class ReportQueries : IDisposable
{
    private const string StageOrder = "CASE stage WHEN 'preliminary_written' THEN 1 WHEN 'preliminary_onsite' THEN 2 WHEN 'final_roadshow' THEN 3 ELSE 4 END";

    private readonly DuckDBConnection _connection;

    /// <summary>Opens the warehouse read-only.</summary>
    /// <param name="warehouse">The DuckDB file.</param>
    public ReportQueries(string warehouse)
    {
        _connection = OpenReadOnly(warehouse);
        using var command = Command(_connection, "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('analytics_judge', 'analytics_panel', 'analytics_project', 'analytics_run')");
        Analysed = Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 4;
        if (Analysed)
        {
            // Every build creates the analytics tables, empty: analyze ran when analytics_run has a row.
            using var runs = Command(_connection, "SELECT count(*) FROM analytics_run");
            Analysed = Convert.ToInt64(runs.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
        }
    }

    /// <summary>Whether the warehouse holds the analytics tables and <c>insights analyze</c> wrote them.</summary>
    public bool Analysed { get; }

    /// <summary>The newest season with tracks.</summary>
    /// <returns>The season id, or null.</returns>
    public string? Season() => Seasons() is { Count: > 0 } seasons ? seasons[0] : null;

    /// <summary>The seasons with tracks (the notice's, and outside competitions' own track labels), newest first.</summary>
    /// <returns>Season ids.</returns>
    public IReadOnlyList<string> Seasons()
    {
        using var command = Command(_connection, "SELECT DISTINCT season FROM dim_track ORDER BY season DESC");
        return Rows(command, r => r.GetString(0));
    }

    /// <summary>The season's track codes in the notice's order (outside tracks by label).</summary>
    /// <param name="season">The season.</param>
    /// <returns>Track codes.</returns>
    public IReadOnlyList<string> Tracks(string season)
    {
        using var command = Command(_connection, "SELECT track_code FROM dim_track WHERE season = $season ORDER BY number NULLS LAST, track_code", ("season", season));
        return Rows(command, r => r.GetString(0));
    }

    /// <summary>The newest batch and its load time.</summary>
    /// <returns>The data version.</returns>
    public DataVersion Version()
    {
        using var command = Command(_connection, """
            SELECT batch_id, strftime(CAST(loaded_at AS TIMESTAMP), '%Y-%m-%dT%H:%M:%SZ'), (SELECT count(*) FROM etl_batch WHERE is_current)
            FROM etl_batch ORDER BY loaded_at DESC, sequence DESC LIMIT 1
            """);
        return Rows(command, r => new DataVersion(r.GetString(0), r.GetString(1), Convert.ToInt32(r.GetValue(2), CultureInfo.InvariantCulture))).FirstOrDefault()
            ?? new DataVersion("-", "-", 0);
    }

    /// <summary>Findings of the season that name no track (such as the season-wide favouritism).</summary>
    /// <param name="season">The season.</param>
    /// <returns>The findings.</returns>
    public IReadOnlyList<ReportFinding> SeasonFindings(string season) => Findings(season, null);

    /// <summary>One track's data.</summary>
    /// <param name="season">The season.</param>
    /// <param name="track">The track code.</param>
    /// <returns>The data, or null when the track does not exist.</returns>
    public TrackData? Track(string season, string track)
    {
        using var head = Command(_connection, """
            SELECT t.name_zh, t.name_en, coalesce(t.committee_code, ''),
                   -- Entries: the registered projects; outside data has no registrations, so the projects it scored.
                   coalesce(nullif((SELECT count(*) FROM dim_project p WHERE p.season = t.season AND p.track_code = t.track_code AND p.is_registered), 0),
                            (SELECT count(DISTINCT s.project_id) FROM fact_score s WHERE s.season = t.season AND s.track_code = t.track_code)),
                   (SELECT count(DISTINCT s.project_id) FROM fact_score s WHERE s.season = t.season AND s.track_code = t.track_code
                      AND s.stage = (SELECT d.stage FROM dim_stage d WHERE d.season = t.season ORDER BY d.stage_order DESC LIMIT 1)),
                   (SELECT count(*) FROM fact_award a WHERE a.season = t.season AND a.track_code = t.track_code)
            FROM dim_track t WHERE t.season = $season AND t.track_code = $track
            """, ("season", season), ("track", track));
        var row = Rows(head, r => (r.GetString(0), r.GetString(1), r.GetString(2), r.Int32OrNull(3) ?? 0, r.Int32OrNull(4) ?? 0, r.Int32OrNull(5) ?? 0)).FirstOrDefault();
        if (row.Item1 is null)
        {
            return null;
        }

        return new TrackData(season, track, row.Item1, row.Item2, row.Item3, row.Item4, row.Item5, row.Item6,
            Findings(season, track), Analysed ? Judges(season, track) : [], Analysed ? Panels(season, track) : [], Analysed ? Link(season, track) : null,
            Analysed ? Finalists(season, track) : [], Analysed);
    }

    /// <summary>What the findings' texts withhold (nothing until <see cref="WithholdPersonalData"/>).</summary>
    public PersonalData Withheld { get; private set; } = PersonalData.None;

    /// <summary>From now on, the findings' texts withhold the season's representatives' and judges' personal data.</summary>
    /// <param name="season">The season.</param>
    public void WithholdPersonalData(string season)
    {
        using var command = Command(_connection, """
            SELECT person_name FROM stg_representative WHERE season = $season
            UNION SELECT phone_masked FROM stg_representative WHERE season = $season
            UNION SELECT id_number_masked FROM stg_representative WHERE season = $season
            UNION SELECT judge_name FROM dim_judge WHERE season = $season
            UNION SELECT phone_masked FROM dim_judge WHERE season = $season
            """, ("season", season));
        Withheld = new PersonalData(Rows(command, r => r.TextOrNull(0)).OfType<string>());
    }

    /// <inheritdoc/>
    public void Dispose() => _connection.Dispose();

    private List<ReportFinding> Findings(string season, string? track)
    {
        using var command = Command(_connection, $"""
            SELECT coalesce(rule_id, kind), source, level, track_code, stage, judge_id, project_id, coalesce(message_zh, ''), coalesce(message_en, '')
            FROM fact_finding WHERE season = $season AND track_code IS NOT DISTINCT FROM $track::VARCHAR
            ORDER BY CASE level WHEN 'error' THEN 0 ELSE 1 END, coalesce(rule_id, kind), {StageOrder}, judge_id, project_id, finding_id
            """, ("season", season), ("track", track));
        return Rows(command, r => new ReportFinding(r.GetString(0), r.GetString(1), r.GetString(2), r.TextOrNull(3), r.TextOrNull(4), r.TextOrNull(5), r.TextOrNull(6),
            Withheld.Withhold(r.GetString(7)), Withheld.Withhold(r.GetString(8))));
    }

    private List<ReportJudge> Judges(string season, string track)
    {
        using var command = Command(_connection, $"""
            SELECT stage, judge_id, coalesce(n_scores, 0), severity, severity_se, coalesce(flags, '')
            FROM analytics_judge WHERE season = $season AND track_code = $track AND isfinite(severity) AND isfinite(severity_se)
            ORDER BY {StageOrder}, severity DESC, judge_id
            """, ("season", season), ("track", track));
        return Rows(command, r => new ReportJudge(r.GetString(0), r.GetString(1), r.Int32OrNull(2) ?? 0, r.GetDouble(3), r.GetDouble(4), r.GetString(5)));
    }

    private List<ReportPanel> Panels(string season, string track)
    {
        using var command = Command(_connection, $"""
            SELECT stage, panel_id, coalesce(n_judges, 0), coalesce(n_projects, 0), icc2, icc2k, kendall_w
            FROM analytics_panel WHERE season = $season AND track_code = $track ORDER BY {StageOrder}, panel_id
            """, ("season", season), ("track", track));
        return Rows(command, r => new ReportPanel(r.GetString(0), r.GetString(1), r.Int32OrNull(2) ?? 0, r.Int32OrNull(3) ?? 0, r.FiniteOrNull(4), r.FiniteOrNull(5), r.FiniteOrNull(6)));
    }

    private List<ReportFinalist> Finalists(string season, string track)
    {
        // The last stage of the season's plan (the final roadshow) and the project's score in the latest stage before it.
        using var command = Command(_connection, """
            WITH stages AS (SELECT stage, stage_order FROM dim_stage WHERE season = $season),
                 last AS (SELECT stage, stage_order FROM stages ORDER BY stage_order DESC LIMIT 1)
            SELECT f.project_id, arg_max(p.raw_mean, p.stage_order), f.raw_mean, f.rank_raw, f.p_award_tier, f.p_tier_fresh
            FROM analytics_project f
            LEFT JOIN (SELECT e.*, s.stage_order FROM analytics_project e JOIN stages s ON s.stage = e.stage
                       WHERE s.stage_order < (SELECT stage_order FROM last)) p
              ON p.season = f.season AND p.track_code = f.track_code AND p.project_id = f.project_id
            WHERE f.season = $season AND f.track_code = $track AND f.stage = (SELECT stage FROM last)
            GROUP BY f.project_id, f.raw_mean, f.rank_raw, f.p_award_tier, f.p_tier_fresh
            ORDER BY f.rank_raw NULLS LAST, f.project_id
            """, ("season", season), ("track", track));
        return Rows(command, r => new ReportFinalist(r.GetString(0), r.FiniteOrNull(1), r.FiniteOrNull(2), r.Int32OrNull(3), r.FiniteOrNull(4), r.FiniteOrNull(5)));
    }

    private ReportLink? Link(string season, string track)
    {
        // A warehouse analysed by a version before analytics_stage_link has none: no link is shown.
        using (var table = Command(_connection, "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'analytics_stage_link' AND schema_name = 'main'"))
        {
            if (Convert.ToInt64(table.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
            {
                return null;
            }
        }

        using var command = Command(_connection, """
            SELECT projects_on_both, coalesce(judge_ids_on_both, ''), spearman, rank_reversals, pairs_compared
            FROM analytics_stage_link WHERE season = $season AND track_code = $track
            ORDER BY to_stage, from_stage
            """, ("season", season), ("track", track));
        return Rows(command, r => new ReportLink(r.GetInt32(0), r.GetString(1) is { Length: > 0 } judges ? judges.Split(';') : [], r.FiniteOrNull(2), r.GetInt32(3), r.GetInt32(4)))
            .LastOrDefault();
    }
}
