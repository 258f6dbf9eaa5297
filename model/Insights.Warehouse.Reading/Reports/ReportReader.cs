using System.Globalization;
using DuckDB.NET.Data;
using static Insights.Warehouse.Reading.WarehouseCommands;

namespace Insights.Warehouse.Reading.Reports;

/// <summary>
/// Reads the fairness reports' data out of the warehouse: the one path by which the organizer pages, the HTML files
/// and the PDFs get their numbers. Shapes come from the warehouse's report models (<c>models/reports/*.sql</c>) and
/// the analytics tables; values travel only as <c>$name</c> parameters. Stateless: the caller owns the connection
/// (the dashboard its cached reader, the CLI a read-only file).
/// </summary>
public static partial class ReportReader
{
    /// <summary>The seasons with tracks (the notice's, and outside competitions' with their own track labels), newest first.</summary>
    /// <param name="connection">An open connection.</param>
    /// <returns>Season ids.</returns>
    public static IReadOnlyList<string> Seasons(DuckDBConnection connection) =>
        Rows(connection, "SELECT DISTINCT season FROM rpt_track ORDER BY season DESC", r => r.GetString(0));

    /// <summary>The season's tracks with their findings counted by source and level, in the notice's order (outside tracks by label).</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="season">The season.</param>
    /// <returns>One row per track.</returns>
    public static IReadOnlyList<TrackSummary> Tracks(DuckDBConnection connection, string season) => Rows(connection, """
        SELECT track_code, name_zh, name_en, committee_code, committee_zh, committee_en, rule_errors, rule_warnings, analytics_errors, analytics_warnings
        FROM rpt_track WHERE season = $season ORDER BY number NULLS LAST, track_code
        """, r => new TrackSummary(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetInt64(6), r.GetInt64(7), r.GetInt64(8), r.GetInt64(9)),
        ("season", season));

    /// <summary>Whether the analyze job has written its tables for the season.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="season">The season.</param>
    /// <returns>True when analytics_run holds the season.</returns>
    public static bool IsAnalysed(DuckDBConnection connection, string season) =>
        // Every build creates the analytics tables empty: a season is analysed when analyze wrote its run.
        Rows(connection, "SELECT 1 FROM analytics_run WHERE season = $season LIMIT 1", r => r.GetInt32(0), ("season", season)).Count > 0;

    /// <summary>The newest batch and its load time.</summary>
    /// <param name="connection">An open connection.</param>
    /// <returns>The data version.</returns>
    public static DataVersion Version(DuckDBConnection connection) => Rows(connection, """
        SELECT batch_id, strftime(CAST(loaded_at AS TIMESTAMP), '%Y-%m-%dT%H:%M:%SZ'), (SELECT count(*) FROM etl_batch WHERE is_current)
        FROM etl_batch ORDER BY loaded_at DESC, sequence DESC LIMIT 1
        """, r => new DataVersion(r.GetString(0), r.GetString(1), Convert.ToInt32(r.GetValue(2), CultureInfo.InvariantCulture))).FirstOrDefault()
        ?? new DataVersion("-", "-", 0);

    /// <summary>The season's stages in order, with their names.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="season">The season.</param>
    /// <returns>The stages.</returns>
    public static IReadOnlyList<StageName> Stages(DuckDBConnection connection, string season) =>
        Rows(connection, "SELECT stage, name_zh, name_en FROM dim_stage WHERE season = $season ORDER BY stage_order, stage",
            r => new StageName(r.GetString(0), r.GetString(1), r.GetString(2)), ("season", season));

    /// <summary>One track's fairness report.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="season">The season.</param>
    /// <param name="track">The track code.</param>
    /// <param name="withhold">Rewrites the findings' texts (personal data withheld), or null to keep them.</param>
    /// <returns>The report, or null when the season has no such track.</returns>
    public static TrackReport? Report(DuckDBConnection connection, string season, string track, Func<string, string>? withhold = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var summary = Tracks(connection, season).FirstOrDefault(t => t.Code == track);
        if (summary is null)
        {
            return null;
        }

        var head = Rows(connection, "SELECT entries, last_stage_projects, awards FROM rpt_track WHERE season = $season AND track_code = $track",
            r => (Entries: r.GetInt32(0), Last: r.GetInt32(1), Awards: r.GetInt32(2)), ("season", season), ("track", track)).Single();
        var findings = Findings(connection, season, track, withhold);
        var analysed = IsAnalysed(connection, season);
        var report = analysed
            ? new TrackReport(season, summary, true, findings, Judges(connection, season, track), Panels(connection, season, track), Units(connection, season, track),
                Link(connection, season, track), Finalists(connection, season, track), Unstable(connection, season, track))
            {
                Decisions = Decisions(connection, season, track),
            }
            : new TrackReport(season, summary, false, findings, [], [], [], null, [], []);
        return report with
        {
            Reconsidered = Reconsidered(connection, season, track),
            Stages = Stages(connection, season),
            Entries = head.Entries,
            FinalistCount = head.Last,
            AwardCount = head.Awards,
            Version = Version(connection),
        };
    }
}
