using ScottPlot;

namespace Insights.Figures;

/// <summary>The finalists' preliminary score against their final score: one labelled marker per finalist, as SVG.</summary>
public static class StageScatter
{
    /// <summary>Renders the plot. Stateless: the same input gives the same SVG.</summary>
    /// <param name="id">The figure's id in the page (its clip paths are named after it).</param>
    /// <param name="title">The title.</param>
    /// <param name="xLabel">The preliminary axis label.</param>
    /// <param name="yLabel">The final axis label.</param>
    /// <param name="points">The finalists.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    /// <returns>The SVG element.</returns>
    public static string Svg(string id, string title, string xLabel, string yLabel, IReadOnlyList<ScatterPoint> points, int width = 640, int height = 420)
    {
        ArgumentNullException.ThrowIfNull(points);
        var plot = new Plot();
        foreach (var p in points)
        {
            var marker = plot.Add.Marker(p.X, p.Y);
            marker.Color = new Color(11, 79, 138);
            marker.Size = 9;
            marker.Shape = MarkerShape.FilledCircle;
            var text = plot.Add.Text(Short(p.Label), p.X, p.Y);
            text.LabelFontSize = 11;
            text.LabelFontName = FigureFonts.Family;
            text.LabelOffsetX = 6;
            text.LabelOffsetY = -6;
        }

        // Room for the labels right of the markers.
        plot.Axes.Margins(0.15, 0.12);
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        FigureFonts.Apply(plot);
        return FigureSvg.Normalize(plot.GetSvgXml(width, height), id);
    }

    /// <summary>The project number without its season and track prefix (JS24-T01-00012 → 00012).</summary>
    private static string Short(string id) => id.LastIndexOf('-') is var i and >= 0 ? id[(i + 1)..] : id;
}
