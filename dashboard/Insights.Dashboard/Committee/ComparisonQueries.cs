using DuckDB.NET.Data;
using Insights.Dashboard.Public;
using Insights.Dashboard.Warehouse;
using Insights.Warehouse.Reading;

namespace Insights.Dashboard.Committee;

/// <summary>
/// The queries of the committees' comparison: one track of a season at a time, cached per warehouse version. The
/// caller passes only tracks that <see cref="Security.TrackScope"/> allows (see <see cref="TrackSelection"/>): this
/// class reads whatever track it is given.
/// </summary>
/// <param name="warehouse">The warehouse.</param>
public sealed class ComparisonQueries(WarehouseReader warehouse)
{
    /// <summary>The comparison figures of one track.</summary>
    /// <param name="season">The season.</param>
    /// <param name="track">The track (already checked against the user's scope).</param>
    /// <param name="row">How the track is named (from the public track list).</param>
    /// <returns>The figures.</returns>
    public Task<TrackComparison> TrackAsync(string season, string track, TrackRow row) =>
        warehouse.QueryAsync($"committee|track|{season}|{track}", connection =>
        {
            var analysed = HasTable(connection, "analytics_project");
            var distribution = analysed ? Distribution(connection, season, track) : [];
            var panels = analysed ? Panels(connection, season, track) : [];
            var judges = analysed ? Judges(connection, season, track) : [];
            var stages = new List<StageComparison>();
            foreach (var stage in ComparisonStages.All)
            {
                if (!distribution.ContainsKey(stage) && !panels.ContainsKey(stage) && !judges.ContainsKey(stage))
                {
                    continue;
                }

                var d = distribution.GetValueOrDefault(stage, new double?[7]);
                var p = panels.GetValueOrDefault(stage, new double?[5]);
                var j = judges.GetValueOrDefault(stage, new double?[3]);
                stages.Add(new StageComparison(stage, (long)(d[0] ?? 0), d[1], d[2], d[3], d[4], d[5], d[6],
                    (long)(p[0] ?? 0), p[1], p[2], p[3], p[4], (long)(j[0] ?? 0), j[1], j[2]));
            }

            return new TrackComparison(row,
                Count(connection, "SELECT count(*) FROM dim_project WHERE season = $season AND track_code = $track AND is_registered", season, track),
                Count(connection, "SELECT count(DISTINCT project_id) FROM fact_score WHERE season = $season AND track_code = $track AND stage = 'final_roadshow'", season, track),
                Count(connection, "SELECT count(*) FROM fact_award WHERE season = $season AND track_code = $track", season, track),
                stages,
                Findings(connection, season, track));
        });

    private static Dictionary<string, double?[]> Distribution(DuckDBConnection connection, string season, string track) => ByStage(connection, """
        SELECT stage, count(*), min(raw_mean), quantile_cont(raw_mean, 0.25), median(raw_mean), quantile_cont(raw_mean, 0.75),
               max(raw_mean), avg(raw_mean)
        FROM analytics_project
        WHERE season = $season AND track_code = $track AND raw_mean IS NOT NULL AND isfinite(raw_mean)
        GROUP BY stage
        """, season, track);

    private static Dictionary<string, double?[]> Panels(DuckDBConnection connection, string season, string track) => ByStage(connection, """
        SELECT stage, count(*),
               avg(icc2) FILTER (WHERE isfinite(icc2)), avg(icc2k) FILTER (WHERE isfinite(icc2k)),
               avg(kendall_w) FILTER (WHERE isfinite(kendall_w)), avg(kripp_alpha) FILTER (WHERE isfinite(kripp_alpha))
        FROM analytics_panel WHERE season = $season AND track_code = $track
        GROUP BY stage
        """, season, track);

    private static Dictionary<string, double?[]> Judges(DuckDBConnection connection, string season, string track) => ByStage(connection, """
        SELECT stage, count(*), stddev_samp(severity), quantile_cont(severity, 0.75) - quantile_cont(severity, 0.25)
        FROM analytics_judge
        WHERE season = $season AND track_code = $track AND severity IS NOT NULL AND isfinite(severity)
        GROUP BY stage
        """, season, track);

    private static List<FindingCount> Findings(DuckDBConnection connection, string season, string track)
    {
        using var command = Command(connection, """
            SELECT CASE WHEN kind = 'rule' THEN coalesce(rule_id, kind) ELSE kind END, level, count(*)
            FROM fact_finding WHERE season = $season AND track_code = $track
            GROUP BY ALL ORDER BY 1, 2
            """, season, track);
        using var reader = command.ExecuteReader();
        var rows = new List<FindingCount>();
        while (reader.Read())
        {
            rows.Add(new FindingCount(reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
        }

        return rows;
    }

    /// <summary>Rows (stage, numbers...) by stage; NULL and non-finite numbers become null.</summary>
    private static Dictionary<string, double?[]> ByStage(DuckDBConnection connection, string sql, string season, string track)
    {
        using var command = Command(connection, sql, season, track);
        using var reader = command.ExecuteReader();
        var rows = new Dictionary<string, double?[]>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var values = new double?[reader.FieldCount - 1];
            for (var i = 1; i < reader.FieldCount; i++)
            {
                var value = reader.IsDBNull(i) ? (double?)null : Convert.ToDouble(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
                values[i - 1] = value is { } v && double.IsFinite(v) ? v : null;
            }

            rows[reader.GetString(0)] = values;
        }

        return rows;
    }

    private static long Count(DuckDBConnection connection, string sql, string season, string track)
    {
        using var command = Command(connection, sql, season, track);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool HasTable(DuckDBConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM information_schema.tables WHERE table_name = $table";
        command.Parameters.Add(new DuckDBParameter("table", table));
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private static DuckDBCommand Command(DuckDBConnection connection, string sql, string season, string track) =>
        WarehouseCommands.Command(connection, sql, ("season", season), ("track", track));
}
