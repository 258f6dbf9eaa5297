using System.Globalization;
using System.Text;
using Insights.Dashboard.Security;
using Insights.Reports;
using Insights.Reports.Resources;
using Microsoft.Extensions.Localization;

namespace Insights.Dashboard.Organizer;

/// <summary>The report's exports, organizers only: every table as CSV, and the whole report as one HTML file and as an A4 PDF, rendered by the page's own components.</summary>
public static class ReportEndpoints
{
    /// <summary>Maps <c>GET /reports/{season}/{track}/{table}.csv</c>, <c>.../report.html</c> and <c>.../report.pdf</c>.</summary>
    /// <param name="app">The app.</param>
    public static void MapOrganizerReports(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var reports = app.MapGroup("/reports/{season}/{track}").RequireAuthorization(DashboardPolicies.Organizer);
        reports.MapGet("/report.html", async (string season, string track, HttpContext context, OrganizerQueries queries, TrackScope scope) =>
            await ReportAsync(season, track, context, queries, scope).ConfigureAwait(false) is not { } html
                ? Results.NotFound()
                : html.Length == 0 ? Results.Forbid() : Results.File(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", $"{season}-{track}-report.html"));
        reports.MapGet("/report.pdf", async (string season, string track, HttpContext context, OrganizerQueries queries, TrackScope scope) =>
        {
            if (await ReportAsync(season, track, context, queries, scope).ConfigureAwait(false) is not { } html)
            {
                return Results.NotFound();
            }

            if (html.Length == 0)
            {
                return Results.Forbid();
            }

            if (Chromium.Find() is null)
            {
                return Results.Problem("服务器未安装 Chromium，无法生成 PDF / chromium is not installed on the server, so no PDF can be printed", statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            var folder = Directory.CreateTempSubdirectory("insights-report-");
            try
            {
                var file = Path.Combine(folder.FullName, "report.html");
                await File.WriteAllTextAsync(file, html, new UTF8Encoding(false)).ConfigureAwait(false);
                var pdf = Path.Combine(folder.FullName, "report.pdf");
                await Task.Run(() => Chromium.PrintToPdf(file, pdf)).ConfigureAwait(false);
                return Results.File(await File.ReadAllBytesAsync(pdf).ConfigureAwait(false), "application/pdf", $"{season}-{track}-report.pdf");
            }
            finally
            {
                folder.Delete(recursive: true);
            }
        });
        // {reportTable}, not {table}: the route's own name for the report's tables (the public downloads' {table} differ).
        reports.MapGet("/{reportTable}.csv", async (string season, string track, string reportTable, HttpContext context, OrganizerQueries queries, TrackScope scope,
            IStringLocalizer<ReportStrings> l) =>
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
    /// <param name="code">The code (level, source, tier).</param>
    /// <returns>The text.</returns>
    public static string Label(IStringLocalizer l, string code)
    {
        ArgumentNullException.ThrowIfNull(l);
        var text = l[code];
        return text.ResourceNotFound ? code : text.Value;
    }

    /// <summary>The report as the HTML file in the request's language: null when there is no such track, empty when the user may not see it.</summary>
    private static async Task<string?> ReportAsync(string season, string track, HttpContext context, OrganizerQueries queries, TrackScope scope)
    {
        if (!await scope.AllowsAsync(context.User, season, track).ConfigureAwait(false))
        {
            return "";
        }

        if (await queries.ReportAsync(season, track).ConfigureAwait(false) is not { } report)
        {
            return null;
        }

        await using var renderer = new ReportRenderer();
        return await renderer.TrackAsync(report, await queries.ResidualsAsync(season, track).ConfigureAwait(false), IsChinese ? "zh" : "en").ConfigureAwait(false);
    }
}
