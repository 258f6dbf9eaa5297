using System.Globalization;
using Insights.Dashboard.Suppression;
using Insights.Model.Files;

namespace Insights.Dashboard.Public;

/// <summary>CSV downloads of the public tables: the same suppressed values the pages show.</summary>
public static class PublicDownloads
{
    /// <summary>The table names of <c>/data/{season}/{table}.csv</c>.</summary>
    public static IReadOnlyList<string> Tables { get; } = ["by-track", "by-problem", "by-city", "by-unit-type", "by-week", "awards"];

    /// <summary>Maps <c>GET /data/{season}/{table}.csv</c>.</summary>
    /// <param name="app">The app.</param>
    public static void MapPublicDownloads(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/data/{season}/{table}.csv", async (string season, string table, PublicQueries queries) =>
        {
            var seasons = await queries.SeasonsAsync().ConfigureAwait(false);
            if (!seasons.Contains(season) || !Tables.Contains(table))
            {
                return Results.NotFound();
            }

            var s = await queries.StatisticsAsync(season).ConfigureAwait(false);
            var data = table switch
            {
                "by-track" => s.ByTrack,
                "by-problem" => s.ByProblem,
                "by-city" => s.ByCity,
                "by-unit-type" => s.ByUnitType,
                "by-week" => s.ByWeek,
                _ => s.Awards,
            };
            return Results.File(CsvWriter.Bytes(Csv(data)), "text/csv; charset=utf-8", $"{season}-{table}.csv");
        });
    }

    /// <summary>The table as CSV (the shared <see cref="CsvWriter"/>): suppressed cells as "suppressed", a total row and column.</summary>
    /// <param name="table">The table.</param>
    /// <returns>CSV text.</returns>
    public static string Csv(CountTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var total = table.Columns > 1;
        string[] header = ["label", .. table.ColumnLabels, .. total ? new[] { "total" } : []];
        var rows = new List<IEnumerable<string?>>();
        for (var r = 0; r < table.Rows; r++)
        {
            var row = r;
            rows.Add([table.RowLabels[r], .. Enumerable.Range(0, table.Columns).Select(c => Value(table.Cell(row, c))), .. total ? new[] { Value(table.RowTotal(r)) } : []]);
        }

        rows.Add(["total", .. Enumerable.Range(0, table.Columns).Select(c => Value(table.ColumnTotal(c))), .. total ? new[] { Value(table.GrandTotal()) } : []]);
        return CsvWriter.Text(header, rows);
    }

    private static string Value(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "suppressed";
}
