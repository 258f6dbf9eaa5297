using Insights.Figures;
using Insights.Warehouse.Reading.Reports;

namespace Insights.Reports;

/// <summary>The report's figures, from its data: a forest plot of severities per stage, the residual heatmaps of the complete panels and the finalists' scatter.</summary>
public static class ReportFigures
{
    /// <summary>One forest plot per stage with judges' severities (flagged judges in red).</summary>
    /// <param name="report">The report.</param>
    /// <param name="text">Translates a resource key (with arguments) to the reader's language.</param>
    /// <returns>(stage, SVG) in the notice's order.</returns>
    /// <param name="zh">Whether stage names are Chinese.</param>
    public static IReadOnlyList<(string Stage, string Svg)> Forests(TrackReport report, Func<string, object[], string> text, bool zh)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        return [.. report.Judges.Where(j => j.Severity is not null && j.SeveritySe is not null).GroupBy(j => j.Stage)
            .OrderBy(g => report.StageOrder(g.Key))
            .Select(g => (g.Key, ForestPlot.Svg($"forest-{g.Key}", text("ForestTitle", [report.StageLabel(g.Key, zh)]), text("SeverityAxis", []),
                [.. g.OrderByDescending(j => j.Severity).Select(j => new ForestPoint(j.JudgeId, j.Severity!.Value, j.Lower!.Value, j.Upper!.Value, j.Flags.Length > 0))])))];
    }

    /// <summary>One residual heatmap (judges × projects) per complete panel, columns labelled by project number.</summary>
    /// <param name="matrices">The residual matrices (<see cref="ReportReader.Residuals"/>).</param>
    /// <param name="text">Translates a resource key (with arguments) to the reader's language.</param>
    /// <returns>(stage, SVG) in the matrices' order.</returns>
    /// <param name="report">The report (its stage names).</param>
    /// <param name="zh">Whether stage names are Chinese.</param>
    public static IReadOnlyList<(string Stage, string Svg)> Heatmaps(IReadOnlyList<ResidualMatrix> matrices, Func<string, object[], string> text, TrackReport report, bool zh)
    {
        ArgumentNullException.ThrowIfNull(matrices);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(report);
        return [.. matrices.Select(m => (m.Stage,
            ResidualHeatmap.Svg($"heatmap-{m.Stage}", text("HeatmapTitle", [report.StageLabel(m.Stage, zh)]), m.Judges, [.. m.Projects.Select(ShortId)], m.Residuals)))];
    }

    /// <summary>The project's number within its track (JS24-T01-00114 → 114): the heatmap's column labels.</summary>
    /// <param name="id">A project id.</param>
    /// <returns>Its number without leading zeros, or the id when it has none.</returns>
    public static string ShortId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return (id.LastIndexOf('-') is var i and >= 0 ? id[(i + 1)..] : id).TrimStart('0') is { Length: > 0 } n ? n : id;
    }

    /// <summary>The finalists' preliminary against final raw means, or null without finalists.</summary>
    /// <param name="report">The report.</param>
    /// <param name="text">Translates a resource key (with arguments) to the reader's language.</param>
    /// <returns>The SVG, or null.</returns>
    /// <param name="zh">Whether stage names are Chinese.</param>
    public static string? Scatter(TrackReport report, Func<string, object[], string> text, bool zh)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        var points = report.Finalists.Where(f => f.Preliminary is not null && f.Final is not null)
            .Select(f => new ScatterPoint(f.ProjectId, f.Preliminary!.Value, f.Final!.Value)).ToList();
        var (before, last) = LinkedStages(report, zh);
        return points.Count == 0 ? null : StageScatter.Svg("scatter", text("ScatterTitle", [before, last]), text("PreliminaryAxis", [before]), text("FinalAxis", [last]), points);
    }

    /// <summary>The names of the two stages the finalists' scatter and the stage link compare: the link's, else the season's last two.</summary>
    /// <param name="report">The report.</param>
    /// <param name="zh">Chinese names.</param>
    /// <returns>(earlier stage, later stage).</returns>
    public static (string Before, string Last) LinkedStages(TrackReport report, bool zh)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Link is { } link)
        {
            return (report.StageLabel(link.PreliminaryStage, zh), report.StageLabel(link.Stage, zh));
        }

        var stages = report.Stages;
        return stages.Count >= 2
            ? (zh ? stages[^2].NameZh : stages[^2].NameEn, zh ? stages[^1].NameZh : stages[^1].NameEn)
            : ("", stages.Count == 1 ? (zh ? stages[0].NameZh : stages[0].NameEn) : "");
    }

    /// <summary>The SVG element alone (without an XML declaration), to be inlined in HTML.</summary>
    /// <param name="svg">ScottPlot's SVG document.</param>
    /// <returns>From "&lt;svg" on.</returns>
    public static string Inline(string svg) => FigureSvg.Inline(svg);
}
