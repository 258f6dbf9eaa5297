using DuckDB.NET.Data;
using static Insights.Warehouse.Reading.WarehouseCommands;

namespace Insights.Warehouse.Reading.Analytics;

/// <summary>
/// Reads the analyze job's input out of the warehouse: which units have marks, one unit's marks, and the rubric's
/// criterion names. Values travel only as <c>$name</c> parameters; the caller owns the connection.
/// </summary>
public static class AnalysisReader
{
    /// <summary>The distinct (season, stage, track) of <c>fact_score</c>, in no particular order.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="season">One season, or null for all.</param>
    /// <returns>One row per scored unit.</returns>
    public static IReadOnlyList<ScoredUnitRow> Units(DuckDBConnection connection, string? season) => Rows(connection, """
        SELECT DISTINCT season, stage, track_code FROM fact_score
        WHERE $season IS NULL OR season = $season
        """, r => new ScoredUnitRow(r.GetString(0), r.GetString(1), r.GetString(2)), ("season", season));

    /// <summary>
    /// Streams the marks of one track (of one stage, or of all its stages) ordered by stage, panel, judge, project and
    /// criterion. Lazy: the query runs when enumeration starts and the reader stays open until it ends, so enumerate
    /// it to the end (or dispose the enumerator) before the next command on the connection.
    /// </summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="season">The season.</param>
    /// <param name="track">The track code.</param>
    /// <param name="stage">One stage, or null for all the track's stages.</param>
    /// <returns>The marks, one at a time.</returns>
    public static IEnumerable<MarkRow> Marks(DuckDBConnection connection, string season, string track, string? stage)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentException.ThrowIfNullOrEmpty(season);
        ArgumentException.ThrowIfNullOrEmpty(track);
        return Stream(connection, season, track, stage);
    }

    /// <summary>
    /// The rubric's names of the season's criteria (<c>ref_rubric</c>), NULL names as empty text, so that evidence
    /// texts can say 应用价值 rather than application_value.
    /// </summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="season">The season.</param>
    /// <returns>One row per stage and criterion.</returns>
    public static IReadOnlyList<CriterionNameRow> CriterionNames(DuckDBConnection connection, string season) =>
        Rows(connection, "SELECT stage, criterion, name_zh, name_en FROM ref_rubric WHERE season = $season",
            r => new CriterionNameRow(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? "" : r.GetString(2), r.IsDBNull(3) ? "" : r.GetString(3)),
            ("season", season));

    // An iterator rather than a list: the caller keeps its own list of the unit's marks, and a second one would double the peak.
    private static IEnumerable<MarkRow> Stream(DuckDBConnection connection, string season, string track, string? stage)
    {
        using var command = Command(connection, """
            SELECT stage, coalesce(panel_id, ''), judge_id, project_id, criterion, score, min_score, max_score, coalesce(weight, 1),
                   try_cast(scored_at AS TIMESTAMP), coalesce(judge_group, ''), coalesce(project_group, ''), standard_score
            FROM fact_score
            WHERE season = $season AND track_code = $track AND ($stage IS NULL OR stage = $stage)
            ORDER BY stage, panel_id, judge_id, project_id, criterion
            """, ("season", season), ("track", track), ("stage", stage));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new MarkRow(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetDouble(5),
                reader.IsDBNull(6) ? double.NaN : reader.GetDouble(6),
                reader.IsDBNull(7) ? double.NaN : reader.GetDouble(7),
                reader.GetDouble(8),
                reader.IsDBNull(9) ? null : reader.GetDateTime(9),
                reader.GetString(10),
                reader.GetString(11),
                reader.IsDBNull(12) ? double.NaN : reader.GetDouble(12));
        }
    }
}
