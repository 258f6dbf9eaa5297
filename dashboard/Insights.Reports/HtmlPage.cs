using System.Globalization;
using System.Net;
using System.Text;

namespace Insights.Reports;

/// <summary>The common parts of a report page: head with inline styles, summary box, tables, the findings, the recommendations, appendix and data version.</summary>
internal sealed class HtmlPage(ReportTexts t)
{
    /// <summary>The fonts every text is set in (declared so Chinese renders wherever one CJK font is installed).</summary>
    public const string FontFamily = "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", sans-serif";

    /// <summary>Most findings listed per kind.</summary>
    public const int MaxPerKind = 25;

    private const string Css = """
        body { font-family: FONTS; color: #1f2933; margin: 1.5rem auto; max-width: 60rem; line-height: 1.5; }
        h1 { font-size: 1.5rem; margin-bottom: .2rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #d9e2ec; padding-bottom: .3rem; }
        h3 { font-size: 1rem; } .sub { color: #52606d; margin-top: 0; }
        .summary { border: 2px solid #0b4f8a; border-radius: 6px; padding: .6rem 1rem; background: #f5f9ff; }
        .summary dl { display: flex; flex-wrap: wrap; gap: .3rem 1.5rem; margin: 0 0 .5rem; } .summary dt { color: #52606d; } .summary dd { margin: 0; font-weight: 600; font-size: 1.2rem; }
        table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .82rem; }
        th, td { border: 1px solid #d9e2ec; padding: .2rem .5rem; text-align: left; vertical-align: top; }
        thead th { background: #f0f4f8; white-space: nowrap; } td.n { text-align: right; white-space: nowrap; }
        .note { font-size: .85rem; color: #52606d; } .level-error { color: #b42318; font-weight: 600; }
        figure { margin: .5rem 0 1rem; } svg { max-width: 100%; height: auto; }
        @media print { h2 { break-after: avoid; } figure, tr { break-inside: avoid; } }
        """;

    public StringBuilder Html { get; } = new();

    public void Open(string title, string subtitle)
    {
        Html.Append("<!DOCTYPE html>\n<html lang=\"").Append(t.Lang).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(title))
            .Append("</title>\n<style>\n").Append(Css.Replace("FONTS", FontFamily, StringComparison.Ordinal)).Append("\n</style>\n</head>\n<body>\n<main>\n<h1>")
            .Append(E(title)).Append("</h1>\n<p class=\"sub\">").Append(E(subtitle)).Append("</p>\n");
    }

    public void Close(DataVersion version)
    {
        Heading("appendix", t["Appendix"]);
        Html.Append("<ul>\n");
        foreach (var (doc, zh, en) in FindingKinds.Methods)
        {
            Html.Append("<li>").Append(E(t.Zh ? zh : en)).Append(" <span class=\"note\">(").Append(E(doc)).Append(")</span></li>\n");
        }

        Html.Append("</ul>\n<p class=\"note\" id=\"data-version\">").Append(E(t["DataVersion", version.BatchId, version.LoadedAt, version.CurrentBatches]))
            .Append("</p>\n</main>\n</body>\n</html>\n");
    }

    public void Heading(string id, string text) => Html.Append("<h2 id=\"").Append(id).Append("\">").Append(E(text)).Append("</h2>\n");

    public void Paragraph(string text, string? cssClass = null)
    {
        Html.Append(cssClass is null ? "<p>" : $"<p class=\"{cssClass}\">").Append(E(text)).Append("</p>\n");
    }

    public void SummaryBox(IReadOnlyList<(string Label, string Value)> numbers, int findings, string verdict)
    {
        Html.Append("<section class=\"summary\" id=\"summary\" data-findings=\"").Append(N(findings)).Append("\">\n<h2>").Append(E(t["Summary"])).Append("</h2>\n<dl>");
        foreach (var (label, value) in numbers)
        {
            Html.Append("<div><dt>").Append(E(label)).Append("</dt><dd>").Append(E(value)).Append("</dd></div>");
        }

        Html.Append("</dl>\n<p class=\"verdict\">").Append(E(verdict)).Append("</p>\n</section>\n");
    }

    public void Checked()
    {
        Heading("checked", t["Checked"]);
        Html.Append("<ul>\n");
        foreach (var key in new[] { "CheckRules", "CheckSeverity", "CheckPanels", "CheckLinking", "CheckBias", "CheckRobustness" })
        {
            Html.Append("<li>").Append(E(t[key])).Append("</li>\n");
        }

        Html.Append("</ul>\n");
    }

    /// <summary>The findings grouped by kind: a count line per kind and the first rows with their evidence.</summary>
    public void Findings(IReadOnlyList<ReportFinding> findings, bool withTrack)
    {
        if (findings.Count == 0)
        {
            Paragraph(t["NoFindings"]);
            return;
        }

        foreach (var group in Groups(findings))
        {
            Html.Append("<h3 data-kind=\"").Append(E(group.Key)).Append("\">").Append(E(t["KindCount", FindingKinds.Name(group.Key, t.Zh), group.Count(), group.Count(f => f.IsError)])).Append("</h3>\n");
            string[] columns = withTrack ? ["col_level", "col_track", "col_stage", "col_judge", "col_project", "col_evidence"] : ["col_level", "col_stage", "col_judge", "col_project", "col_evidence"];
            var rows = group.Take(MaxPerKind).Select(f => (IReadOnlyList<string>)(withTrack
                ? [t[f.Level], f.Track ?? "", Stage(f.Stage), f.Judge ?? "", f.Project ?? "", t.Zh ? f.MessageZh : f.MessageEn]
                : [t[f.Level], Stage(f.Stage), f.Judge ?? "", f.Project ?? "", t.Zh ? f.MessageZh : f.MessageEn])).ToList();
            Table(columns, rows, errorColumn: 0);
            if (group.Count() > MaxPerKind)
            {
                Paragraph(t["MoreFindings", group.Count() - MaxPerKind], "note");
            }
        }
    }

    /// <summary>One recommendation per kind found, the kinds with errors first.</summary>
    public void ToDo(IReadOnlyList<ReportFinding> findings)
    {
        Heading("todo", t["ToDo"]);
        if (findings.Count == 0)
        {
            Paragraph(t["NothingToDo"]);
            return;
        }

        Html.Append("<ol>\n");
        foreach (var group in Groups(findings))
        {
            Html.Append("<li data-kind=\"").Append(E(group.Key)).Append("\"><strong>").Append(E(FindingKinds.Name(group.Key, t.Zh))).Append(" (").Append(N(group.Count()))
                .Append(")</strong>: ").Append(E(FindingKinds.Action(group.Key, t.Zh))).Append("</li>\n");
        }

        Html.Append("</ol>\n");
    }

    public void Table(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows, int errorColumn = -1)
    {
        if (rows.Count == 0)
        {
            Paragraph(t["NoFindings"], "note");
            return;
        }

        Html.Append("<table>\n<thead><tr>");
        foreach (var column in columns)
        {
            Html.Append("<th scope=\"col\">").Append(E(t[column])).Append("</th>");
        }

        Html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            Html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                var numeric = row[i].Length > 0 && (char.IsDigit(row[i][0]) || (row[i][0] == '-' && row[i].Length > 1 && char.IsDigit(row[i][1])));
                Html.Append(i == errorColumn && row[i] == t["error"] ? "<td class=\"level-error\">" : numeric ? "<td class=\"n\">" : "<td>").Append(E(row[i])).Append("</td>");
            }

            Html.Append("</tr>\n");
        }

        Html.Append("</tbody>\n</table>\n");
    }

    public void Figure(string svg)
    {
        Html.Append("<figure>").Append(Insights.Figures.FigureSvg.Inline(svg)).Append("</figure>\n");
    }

    public string Verdict(IReadOnlyList<ReportFinding> findings, int unstable)
    {
        var errors = findings.Count(f => f.IsError);
        var warnings = findings.Count - errors;
        var verdict = errors > 0 ? t["VerdictError", errors, warnings] : warnings > 0 ? t["VerdictWarn", warnings] : t["VerdictClean"];
        return unstable > 0 ? $"{verdict} {t["Unstable", unstable]}" : verdict;
    }

    public string Stage(string? stage) => stage is null ? "" : t[stage];

    public static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string F(double? value, string format = "0.00") => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "–";

    private static IEnumerable<IGrouping<string, ReportFinding>> Groups(IReadOnlyList<ReportFinding> findings) =>
        findings.GroupBy(f => f.Kind).OrderBy(g => g.Any(f => f.IsError) ? 0 : 1).ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal);

    private static string E(string value) => WebUtility.HtmlEncode(value);
}
