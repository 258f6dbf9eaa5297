using ScottPlot;

namespace Insights.Figures;

/// <summary>A forest plot (one row per point: a marker at the estimate, a line over its interval, a zero line) as SVG.</summary>
public static class ForestPlot
{
    /// <summary>Renders the plot. Stateless: the same input gives the same SVG.</summary>
    /// <param name="id">The figure's id in the page (its clip paths are named after it).</param>
    /// <param name="title">The title.</param>
    /// <param name="xLabel">The label of the estimate's axis.</param>
    /// <param name="points">The rows, top to bottom.</param>
    /// <param name="width">Width in pixels.</param>
    /// <returns>The SVG element.</returns>
    public static string Svg(string id, string title, string xLabel, IReadOnlyList<ForestPoint> points, int width = 640)
    {
        ArgumentNullException.ThrowIfNull(points);
        var plot = new Plot();
        var n = points.Count;
        for (var i = 0; i < n; i++)
        {
            var p = points[i];
            var y = n - 1 - i;
            var color = p.Flagged ? Colors.Red : new Color(11, 79, 138);
            var line = plot.Add.Line(p.Lower, y, p.Upper, y);
            line.LineColor = color;
            line.LineWidth = 2;
            line.MarkerSize = 0;
            var marker = plot.Add.Marker(p.Estimate, y);
            marker.Color = color;
            marker.Size = 8;
            marker.Shape = MarkerShape.FilledCircle;
        }

        var zero = plot.Add.VerticalLine(0);
        zero.LineColor = Colors.Gray;
        zero.LinePattern = LinePattern.Dashed;
        zero.LineWidth = 1;
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, n).Select(i => (double)(n - 1 - i))], [.. points.Select(p => p.Label)]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.SetLimitsY(-0.8, Math.Max(n - 0.2, 0.2));
        plot.Title(title);
        plot.XLabel(xLabel);
        FigureFonts.Apply(plot);
        return FigureSvg.Normalize(plot.GetSvgXml(width, Math.Max(220, 90 + (24 * n))), id);
    }
}
