namespace Insights.Reports;

/// <summary>The division's fairness report: the tracks' reports aggregated, with a per-track table; self-contained HTML.</summary>
public static class DivisionReportHtml
{
    /// <summary>Renders the report. The same data gives the same bytes.</summary>
    /// <param name="season">The season.</param>
    /// <param name="tracks">Every track's data, in the notice's order.</param>
    /// <param name="seasonWide">Findings of the season that name no track.</param>
    /// <param name="version">The data version.</param>
    /// <param name="t">The texts.</param>
    /// <param name="trackFile">The file name of a track's report (linked relatively), or null for no links.</param>
    /// <returns>The HTML document.</returns>
    public static string Render(string season, IReadOnlyList<TrackData> tracks, IReadOnlyList<ReportFinding> seasonWide, DataVersion version, ReportTexts t, Func<string, string>? trackFile = null)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        ArgumentNullException.ThrowIfNull(seasonWide);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(t);
        var page = new HtmlPage(t);
        // The notice's seasons are the Jiangsu division, each track hosted by a committee; outside data is a competition of its own.
        page.Open(tracks.Any(x => x.Committee.Length > 0) ? t["DivisionTitle"] : t["SeasonTitle"], t["DivisionSeason", season, tracks.Count]);
        var all = tracks.SelectMany(x => x.Findings).Concat(seasonWide).ToList();
        var errors = all.Count(f => f.IsError);
        var unstable = tracks.Sum(x => x.Unstable.Count);
        page.SummaryBox(
            [(t["Entries"], HtmlPage.N(tracks.Sum(x => x.Entries))), (t["Finalists"], HtmlPage.N(tracks.Sum(x => x.Finalists))), (t["Awards"], HtmlPage.N(tracks.Sum(x => x.Awards))),
             (t["AllFindings"], HtmlPage.N(all.Count)), (t["Errors"], HtmlPage.N(errors)), (t["Warnings"], HtmlPage.N(all.Count - errors))],
            all.Count, page.Verdict(all, unstable));

        if (tracks.Any(x => !x.Analysed))
        {
            page.Paragraph(t["NotAnalysed"], "level-error");
        }

        page.Heading("tracks", t["PerTrack"]);
        page.Html.Append("<table>\n<thead><tr>");
        foreach (var column in new[] { t["col_track"], t["Entries"], t["Finalists"], t["Awards"], t["Errors"], t["Warnings"], t["Robustness"], t["col_verdict"] })
        {
            page.Html.Append("<th scope=\"col\">").Append(System.Net.WebUtility.HtmlEncode(column)).Append("</th>");
        }

        page.Html.Append("</tr></thead>\n<tbody>\n");
        foreach (var x in tracks)
        {
            var e = x.Findings.Count(f => f.IsError);
            var name = System.Net.WebUtility.HtmlEncode(x.Label(t.Zh));
            page.Html.Append("<tr data-track=\"").Append(x.Code).Append("\"><td>")
                .Append(trackFile is null ? name : $"<a href=\"{System.Net.WebUtility.HtmlEncode(trackFile(x.Code))}\">{name}</a>")
                .Append("</td><td class=\"n\">").Append(HtmlPage.N(x.Entries)).Append("</td><td class=\"n\">").Append(HtmlPage.N(x.Finalists))
                .Append("</td><td class=\"n\">").Append(HtmlPage.N(x.Awards)).Append("</td><td class=\"n\">").Append(HtmlPage.N(e))
                .Append("</td><td class=\"n\">").Append(HtmlPage.N(x.Findings.Count - e)).Append("</td><td class=\"n\">").Append(HtmlPage.N(x.Unstable.Count))
                .Append("</td><td").Append(e > 0 ? " class=\"level-error\">" : ">").Append(System.Net.WebUtility.HtmlEncode(t[e > 0 ? "error" : x.Findings.Count > 0 ? "warning" : "ok"]))
                .Append("</td></tr>\n");
        }

        page.Html.Append("</tbody>\n</table>\n");
        page.Checked();
        page.Heading("found", t["Found"]);
        page.Findings(all.Where(f => f.IsError).ToList(), withTrack: true);
        page.Table(["col_kind", "AllFindings"],
            [.. all.GroupBy(f => f.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (IReadOnlyList<string>)[FindingKinds.Name(g.Key, t.Zh), HtmlPage.N(g.Count())])]);
        if (seasonWide.Count > 0)
        {
            page.Html.Append("<h3>").Append(System.Net.WebUtility.HtmlEncode(t["SeasonWide"])).Append("</h3>\n");
            page.Findings(seasonWide, withTrack: false);
        }

        page.ToDo(all);
        page.Close(version);
        return page.Html.ToString();
    }
}
