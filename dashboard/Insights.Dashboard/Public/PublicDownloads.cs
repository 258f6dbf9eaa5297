using System.Globalization;
using System.Text;
using Insights.Dashboard.Suppression;

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
            return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Csv(data))).ToArray(), "text/csv; charset=utf-8", $"{season}-{table}.csv");
        });
    }

    /// <summary>The table as CSV: suppressed cells as "suppressed", a total row and column.</summary>
    /// <param name="table">The table.</param>
    /// <returns>CSV text.</returns>
    public static string Csv(CountTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var text = new StringBuilder();
        text.Append("label,").AppendJoin(',', table.ColumnLabels.Select(Quote));
        text.Append(table.Columns > 1 ? ",total\n" : "\n");
        for (var r = 0; r < table.Rows; r++)
        {
            text.Append(Quote(table.RowLabels[r]));
            for (var c = 0; c < table.Columns; c++)
            {
                text.Append(',').Append(Value(table.Cell(r, c)));
            }

            text.Append(table.Columns > 1 ? "," + Value(table.RowTotal(r)) : "").Append('\n');
        }

        text.Append("total");
        for (var c = 0; c < table.Columns; c++)
        {
            text.Append(',').Append(Value(table.ColumnTotal(c)));
        }

        text.Append(table.Columns > 1 ? "," + Value(table.GrandTotal()) : "").Append('\n');
        return text.ToString();
    }

    private static string Value(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "suppressed";

    private static string Quote(string value)
    {
        value = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
