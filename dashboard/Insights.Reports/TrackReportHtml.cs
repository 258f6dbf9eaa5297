using Insights.Figures;

namespace Insights.Reports;

/// <summary>One track's fairness report as a self-contained HTML document (inline CSS and SVG, no external request, no clock time).</summary>
public static class TrackReportHtml
{
    private static readonly string[] s_stages = ["preliminary_written", "preliminary_onsite", "final_roadshow"];

    /// <summary>Renders the report. The same data gives the same bytes.</summary>
    /// <param name="track">The track's data.</param>
    /// <param name="version">The data version.</param>
    /// <param name="t">The texts.</param>
    /// <returns>The HTML document.</returns>
    public static string Render(TrackData track, DataVersion version, ReportTexts t)
    {
        ArgumentNullException.ThrowIfNull(track);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(t);
        var page = new HtmlPage(t);
        // Outside data has no executive committees: its seasons say the season alone.
        page.Open(t["Title", track.Label(t.Zh)], track.Committee.Length > 0 ? t["Season", track.Season, track.Committee] : t["SeasonOnly", track.Season]);
        var errors = track.Findings.Count(f => f.IsError);
        page.SummaryBox(
            [(t["Entries"], HtmlPage.N(track.Entries)), (t["Finalists"], HtmlPage.N(track.Finalists)), (t["Awards"], HtmlPage.N(track.Awards)),
             (t["AllFindings"], HtmlPage.N(track.Findings.Count)), (t["Errors"], HtmlPage.N(errors)), (t["Warnings"], HtmlPage.N(track.Findings.Count - errors))],
            track.Findings.Count, page.Verdict(track.Findings, track.Unstable.Count));
        if (!track.Analysed)
        {
            page.Paragraph(t["NotAnalysed"], "level-error");
        }

        page.Checked();
        page.Heading("found", t["Found"]);
        page.Findings(track.Findings, withTrack: false);

        page.Heading("judges", t["Judges"]);
        page.Paragraph(t["JudgesNote", track.Judges.Count, track.Judges.Count(j => j.Flags.Length > 0)], "note");
        foreach (var stage in s_stages)
        {
            var judges = track.Judges.Where(j => j.Stage == stage).ToList();
            if (judges.Count == 0)
            {
                continue;
            }

            page.Figure(ForestPlot.Svg($"forest-{stage}", t["ForestTitle", t[stage]], t["SeverityAxis"],
                [.. judges.Select(j => new ForestPoint(j.JudgeId, j.Severity, j.Lower, j.Upper, j.Flags.Length > 0))]));
            page.Table(["col_stage", "col_judge", "col_marks", "col_severity", "col_interval", "col_flags"],
                [.. judges.Select(j => (IReadOnlyList<string>)[t[j.Stage], j.JudgeId, HtmlPage.N(j.Scores), HtmlPage.F(j.Severity), $"[{HtmlPage.F(j.Lower)}, {HtmlPage.F(j.Upper)}]",
                    string.Join("; ", j.Flags.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(k => FindingKinds.Name(k, t.Zh)))])]);
        }

        page.Heading("panels", t["Panels"]);
        page.Paragraph(t["PanelsNote", track.Panels.Count, track.Panels.Count(p => p.Icc2k is < 0.5)], "note");
        page.Table(["col_stage", "col_panel", "col_judges", "col_projects", "ICC(2,1)", "ICC(2,k)", "Kendall W"],
            [.. track.Panels.Select(p => (IReadOnlyList<string>)[t[p.Stage], p.PanelId, HtmlPage.N(p.Judges), HtmlPage.N(p.Projects), HtmlPage.F(p.Icc2), HtmlPage.F(p.Icc2k), HtmlPage.F(p.KendallW)])]);

        page.Heading("linking", t["Linking"]);
        page.Paragraph(track.Link is { } link
            ? t["LinkText", link.CommonProjects, HtmlPage.F(link.Spearman), link.RankReversals, link.PairsCompared, link.SharedJudges.Count == 0 ? "–" : string.Join(", ", link.SharedJudges)]
            : t["NoLink"]);
        var points = track.FinalistRows.Where(f => f.Preliminary is not null && f.Final is not null).Select(f => new ScatterPoint(f.ProjectId, f.Preliminary!.Value, f.Final!.Value)).ToList();
        if (points.Count > 0)
        {
            page.Figure(StageScatter.Svg("scatter", t["ScatterTitle"], t["PreliminaryAxis"], t["FinalAxis"], points));
        }

        page.Heading("robustness", t["Robustness"]);
        page.Paragraph(t["RobustnessNote"], "note");
        if (track.Unstable.Count == 0)
        {
            page.Paragraph(t["AllStable"]);
        }
        else
        {
            page.Table(["col_project", "col_rank", "col_keeps", "col_keeps_fresh"],
                [.. track.Unstable.Select(f => (IReadOnlyList<string>)[f.ProjectId, f.FinalRank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–",
                    HtmlPage.F(f.KeepsTier, "0.000"), HtmlPage.F(f.KeepsTierFresh, "0.000")])]);
        }

        page.ToDo(track.Findings);
        page.Close(version);
        return page.Html.ToString();
    }
}
