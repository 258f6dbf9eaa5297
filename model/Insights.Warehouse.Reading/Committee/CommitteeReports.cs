using DuckDB.NET.Data;

namespace Insights.Warehouse.Reading.Committee;

/// <summary>
/// Reads the committees' report views (<c>models/reports/rpt_committee_*.sql</c> of the warehouse): one track of a
/// season beside the whole division (the rows whose track is null). Each method is one
/// <c>SELECT ... FROM rpt_x WHERE season = $season AND ...</c>.
/// </summary>
public static class CommitteeReports
{
    private const string Scope = "season = $season AND (track_code = $track OR track_code IS NULL)";

    /// <summary>The track's participation and the division's.</summary>
    /// <param name="connection">A read-only connection.</param>
    /// <param name="season">The season.</param>
    /// <param name="track">The track.</param>
    /// <returns>Up to two rows: the track's and the division's (track null).</returns>
    public static IReadOnlyList<ParticipationRow> Participation(DuckDBConnection connection, string season, string track) =>
        Rows(connection, season, track, $"SELECT track_code, registered, finalists, awards FROM rpt_committee_participation WHERE {Scope}",
            r => new ParticipationRow(r.TextOrNull(0), Long(r, 1), Long(r, 2), Long(r, 3)));

    /// <summary>The track's stages and the division's, in points of the 100-point total.</summary>
    /// <param name="connection">A read-only connection.</param>
    /// <param name="season">The season.</param>
    /// <param name="track">The track.</param>
    /// <returns>The rows of the track and of the division (track null), by stage.</returns>
    public static IReadOnlyList<StageScoreRow> Scores(DuckDBConnection connection, string season, string track) =>
        Rows(connection, season, track, $"""
            SELECT stage, track_code, projects, score_min, score_q1, score_median, score_q3, score_max, score_mean, judge_sd_mean,
                   judges, severity_sd, severity_iqr, panels, icc1_mean, icc1k_mean
            FROM rpt_committee_scores WHERE {Scope} ORDER BY stage, track_code NULLS LAST
            """, r => new StageScoreRow(r.GetString(0), r.TextOrNull(1), Long(r, 2), r.FiniteOrNull(3), r.FiniteOrNull(4), r.FiniteOrNull(5),
                r.FiniteOrNull(6), r.FiniteOrNull(7), r.FiniteOrNull(8), r.FiniteOrNull(9), Long(r, 10), r.FiniteOrNull(11), r.FiniteOrNull(12),
                Long(r, 13), r.FiniteOrNull(14), r.FiniteOrNull(15)));

    /// <summary>The track's findings and the division's, by kind and level.</summary>
    /// <param name="connection">A read-only connection.</param>
    /// <param name="season">The season.</param>
    /// <param name="track">The track.</param>
    /// <returns>The rows of the track and of the division (track null).</returns>
    public static IReadOnlyList<FindingCountRow> Findings(DuckDBConnection connection, string season, string track) =>
        Rows(connection, season, track, $"SELECT track_code, kind, level, findings, name_zh, name_en FROM rpt_committee_findings WHERE {Scope} ORDER BY kind, level",
            r => new FindingCountRow(r.TextOrNull(0), r.GetString(1), r.GetString(2), Long(r, 3), r.TextOrNull(4), r.TextOrNull(5)));

    private static long Long(DuckDBDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? 0 : Convert.ToInt64(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);

    private static List<T> Rows<T>(DuckDBConnection connection, string season, string track, string sql, Func<DuckDBDataReader, T> row)
    {
        ArgumentException.ThrowIfNullOrEmpty(season);
        ArgumentException.ThrowIfNullOrEmpty(track);
        return WarehouseCommands.Rows(connection, sql, row, ("season", season), ("track", track));
    }
}
