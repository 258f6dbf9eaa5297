namespace Insights.Dashboard.Public;

/// <summary>CSV downloads of a track page's tables: the same suppressed values the page shows.</summary>
public static class TrackDownloads
{
    /// <summary>The table names of <c>/data/{season}/tracks/{code}/{table}.csv</c>.</summary>
    public static IReadOnlyList<string> Tables { get; } = ["by-problem", "by-city", "by-unit-type", "awards"];

    /// <summary>The download address of a track's table.</summary>
    /// <param name="season">The season.</param>
    /// <param name="code">The track code.</param>
    /// <param name="table">One of <see cref="Tables"/>.</param>
    /// <returns>A local URL.</returns>
    public static string Url(string season, string code, string table) =>
        $"/data/{Uri.EscapeDataString(season)}/tracks/{Uri.EscapeDataString(code)}/{table}.csv";

    /// <summary>Maps <c>GET /data/{season}/tracks/{code}/{table}.csv</c>.</summary>
    /// <param name="app">The app.</param>
    public static void MapTrackDownloads(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/data/{season}/tracks/{code}/{table}.csv", async (string season, string code, string table, PublicQueries publicQueries, TrackQueries queries) =>
        {
            var seasons = await publicQueries.SeasonsAsync().ConfigureAwait(false);
            if (!seasons.Contains(season) || !Tables.Contains(table) || await queries.TrackAsync(season, code).ConfigureAwait(false) is not { } s)
            {
                return Results.NotFound();
            }

            var data = table switch
            {
                "by-problem" => s.ByProblem,
                "by-city" => s.ByCity,
                "by-unit-type" => s.ByUnitType,
                _ => s.Awards,
            };
            return Results.File(Insights.Model.Files.CsvWriter.Bytes(PublicDownloads.Csv(data)),
                "text/csv; charset=utf-8", $"{season}-{s.Track.Code}-{table}.csv");
        });
    }
}
