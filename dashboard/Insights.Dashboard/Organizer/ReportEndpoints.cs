using System.Globalization;
using System.Text;
using Insights.Dashboard.Resources;
using Insights.Dashboard.Security;
using Microsoft.Extensions.Localization;

namespace Insights.Dashboard.Organizer;

/// <summary>The report's exports: every table as CSV and the whole report as one HTML file, organizers only.</summary>
public static class ReportEndpoints
{
    /// <summary>Maps <c>GET /reports/{season}/{track}/{table}.csv</c> and <c>GET /reports/{season}/{track}/report.html</c>.</summary>
    /// <param name="app">The app.</param>
    public static void MapOrganizerReports(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var reports = app.MapGroup("/reports/{season}/{track}").RequireAuthorization(DashboardPolicies.Organizer);
        reports.MapGet("/report.html", async (string season, string track, HttpContext context, OrganizerQueries queries, ResidualQueries residuals, TrackScope scope,
            IStringLocalizer<OrganizerStrings> l) =>
        {
            if (!await scope.AllowsAsync(context.User, season, track).ConfigureAwait(false))
            {
                return Results.Forbid();
            }

            if (await queries.ReportAsync(season, track).ConfigureAwait(false) is not { } report)
            {
                return Results.NotFound();
            }

            var zh = IsChinese;
            var heatmaps = ReportFigures.Heatmaps(await residuals.MatricesAsync(season, track).ConfigureAwait(false), (key, args) => l[key, args]);
            var html = ReportHtml.Render(report, ReportTables.Build(report, code => Label(l, code), zh), heatmaps, (key, args) => l[key, args], zh);
            return Results.File(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", $"{season}-{track}-report.html");
        });
        // {reportTable}, not {table}: the route's own name for the report's tables (the public downloads' {table} differ).
        reports.MapGet("/{reportTable}.csv", async (string season, string track, string reportTable, HttpContext context, OrganizerQueries queries, TrackScope scope,
            IStringLocalizer<OrganizerStrings> l) =>
        {
            if (!await scope.AllowsAsync(context.User, season, track).ConfigureAwait(false))
            {
                return Results.Forbid();
            }

            if (!ReportTables.Names.Contains(reportTable) || await queries.ReportAsync(season, track).ConfigureAwait(false) is not { } report)
            {
                return Results.NotFound();
            }

            var csv = ReportTables.Build(report, code => Label(l, code), IsChinese)[reportTable].ToCsv();
            return Results.File(Insights.Model.Files.CsvWriter.Bytes(csv), "text/csv; charset=utf-8", $"{season}-{track}-{reportTable}.csv");
        });
    }

    /// <summary>Whether the request's culture is Chinese.</summary>
    public static bool IsChinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);

    /// <summary>A code's translation, or the code itself.</summary>
    /// <param name="l">The localizer.</param>
    /// <param name="code">The code (stage, level, source).</param>
    /// <returns>The text.</returns>
    public static string Label(IStringLocalizer l, string code)
    {
        ArgumentNullException.ThrowIfNull(l);
        var text = l[code];
        return text.ResourceNotFound ? code : text.Value;
    }
}
