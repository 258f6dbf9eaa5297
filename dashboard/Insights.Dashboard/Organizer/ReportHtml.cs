using System.Globalization;
using System.Net;
using System.Text;

namespace Insights.Dashboard.Organizer;

/// <summary>The whole fairness report as one self-contained HTML file: inline CSS and SVG, no external request.</summary>
public static class ReportHtml
{
    /// <summary>The report's styles (also inlined in the export).</summary>
    public const string Css = """
        body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1f2933; margin: 1.5rem; }
        h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #d9e2ec; padding-bottom: .3rem; }
        table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .85rem; }
        th, td { border: 1px solid #d9e2ec; padding: .2rem .5rem; text-align: left; vertical-align: top; }
        thead th { background: #f0f4f8; white-space: nowrap; }
        td:nth-child(-n+2) { white-space: nowrap; }
        .note { font-size: .85rem; color: #52606d; }
        .level-error { color: #b42318; font-weight: 600; }
        figure { margin: .5rem 0 1rem; } svg { max-width: 100%; height: auto; }
        """;

    /// <summary>Renders the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="tables">Its tables (<see cref="ReportTables.Build"/>).</param>
    /// <param name="heatmaps">The residual heatmaps of the complete panels (<see cref="ReportFigures.Heatmaps"/>).</param>
    /// <param name="text">Translates a resource key (with arguments).</param>
    /// <param name="zh">Whether the reader reads Chinese.</param>
    /// <returns>The HTML document.</returns>
    public static string Render(TrackReport report, IReadOnlyDictionary<string, ReportTable> tables, IReadOnlyList<(string Stage, string Svg)> heatmaps, Func<string, object[], string> text, bool zh)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(heatmaps);
        ArgumentNullException.ThrowIfNull(text);
        var html = new StringBuilder();
        var title = $"{text("ReportTitle", [report.Track.Code])} · {(zh ? report.Track.NameZh : report.Track.NameEn)} · {report.Season}";
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(zh ? "zh-CN" : "en").Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(E(title)).Append("</title>\n<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n<h1>").Append(E(title)).Append("</h1>\n");
        if (!report.Analysed)
        {
            html.Append("<p class=\"note\">").Append(E(text("NotAnalysed", []))).Append("</p>\n");
        }

        Section(html, text("Findings", []), null, tables["findings"], text);
        Section(html, text("Judges", []), text("JudgesNote", []), tables["judges"], text);
        html.Append("<h2>").Append(E(text("Forest", []))).Append("</h2>\n");
        foreach (var (_, svg) in ReportFigures.Forests(report, text))
        {
            html.Append("<figure>").Append(ReportFigures.Inline(svg)).Append("</figure>\n");
        }

        html.Append("<h2>").Append(E(text("Heatmap", []))).Append("</h2>\n<p class=\"note\">").Append(E(text("HeatmapNote", [])))
            .Append("</p>\n<p class=\"note\">").Append(E(text("HeatmapColumns", [report.Track.Code]))).Append("</p>\n");
        foreach (var (_, svg) in heatmaps)
        {
            html.Append("<figure>").Append(ReportFigures.Inline(svg)).Append("</figure>\n");
        }

        Section(html, text("Panels", []), null, tables["panels"], text);
        Section(html, text("Connectivity", []), text("ConnectivityNote", []), tables["connectivity"], text);
        html.Append("<h3>").Append(E(text("LinkingFindings", []))).Append("</h3>\n");
        AppendTable(html, tables["linking"], text);
        Section(html, text("StageLink", []), null, tables["stage-link"], text);
        foreach (var note in report.Link?.Notes ?? [])
        {
            // A known note in the reader's language; an unknown one as stored, marked English.
            var key = LinkNotes.Key(note);
            html.Append("<p class=\"note\">").Append(E(text("LinkNotes", []))).Append(' ')
                .Append(key is null ? $"<span lang=\"en\">{E(note)}</span>" : E(text(key, []))).Append("</p>\n");
        }

        html.Append("<h2>").Append(E(text("Scatter", []))).Append("</h2>\n");
        if (ReportFigures.Scatter(report, text) is { } scatter)
        {
            html.Append("<figure>").Append(ReportFigures.Inline(scatter)).Append("</figure>\n");
        }

        AppendTable(html, tables["finalists"], text);
        Section(html, text("Conflicts", []), text("ConflictsNote", []), tables["conflicts"], text);
        Section(html, text("Unstable", []), text("UnstableNote", []), tables["unstable"], text);
        Section(html, text("Decisions", []), text("DecisionsNote", []), tables["decisions"], text);
        Section(html, text("Reconsideration", []), text("ReconsiderationNote", []), tables["reconsideration"], text);
        html.Append("<p class=\"note\">").Append(E(text("Generated", []))).Append(' ')
            .Append(DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)).Append("</p>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Section(StringBuilder html, string heading, string? note, ReportTable table, Func<string, object[], string> text)
    {
        html.Append("<h2>").Append(E(heading)).Append("</h2>\n");
        if (note is not null)
        {
            html.Append("<p class=\"note\">").Append(E(note)).Append("</p>\n");
        }

        AppendTable(html, table, text);
    }

    private static void AppendTable(StringBuilder html, ReportTable table, Func<string, object[], string> text)
    {
        if (table.Rows.Count == 0)
        {
            html.Append("<p class=\"note\">").Append(E(text("None", []))).Append("</p>\n");
            return;
        }

        html.Append("<table>\n<thead><tr>");
        foreach (var column in table.Columns)
        {
            html.Append("<th scope=\"col\">").Append(E(text("col_" + column, []))).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(E(cell)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string E(string value) => WebUtility.HtmlEncode(value);
}
