using DuckDB.NET.Data;

namespace Insights.Dashboard.Tests.Support;

/// <summary>Values for the routes' parameters taken from a served warehouse, so that every route is called with data that exists.</summary>
public static class RouteValues
{
    /// <summary>Real values for route parameters, from the served warehouse.</summary>
    /// <param name="warehouse">The warehouse file.</param>
    /// <returns>Values by parameter name (case-insensitive).</returns>
    public static Dictionary<string, string> Of(string warehouse)
    {
        using var connection = new DuckDBConnection($"Data Source={warehouse};ACCESS_MODE=READ_ONLY");
        connection.Open();
        string First(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
        }

        var season = First("SELECT max(season) FROM dim_track WHERE has_reference");
        return new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["season"] = season,
            // A table that the season's and the tracks' downloads both publish.
            ["table"] = Insights.Dashboard.Public.PublicDownloads.Tables.Intersect(Insights.Dashboard.Public.TrackDownloads.Tables).First(),
            ["track"] = First("SELECT min(track_code) FROM dim_track WHERE has_reference"),
            ["code"] = First("SELECT min(track_code) FROM dim_track WHERE has_reference"),
            ["stage"] = "preliminary_onsite",
            ["committee"] = "SZ",
            ["judge"] = First("SELECT min(judge_id) FROM fact_score"),
            ["project"] = First("SELECT min(project_id) FROM fact_score"),
            ["panel"] = First("SELECT min(panel_id) FROM fact_score"),
            // The organizers' report tables and findings (/reports/{season}/{track}/{reportTable}.csv, /organizer/findings/{findingId}).
            ["reportTable"] = "judges",
            ["findingId"] = First("SELECT min(finding_id) FROM fact_finding WHERE track_code IS NOT NULL"),
            // The fallback of file paths ({**path:file}): a file that does not exist.
            ["path"] = "no-such-file.txt",
        };
    }
}
