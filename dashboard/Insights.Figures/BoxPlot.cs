using ScottPlot;

namespace Insights.Figures;

/// <summary>
/// Horizontal box plots on one common axis, one row per distribution (top to bottom in the given order): whiskers
/// from the minimum to the maximum, a box from the lower to the upper quartile, a line at the median, a white dot at
/// the mean. Used to compare tracks' score distributions.
/// </summary>
public static class BoxPlot
{
    /// <summary>The fill colours of the rows, in turn (the committees compare at most four tracks, then the division in grey).</summary>
    public static readonly IReadOnlyList<Color> Fills = [new(91, 155, 213), new(244, 177, 131), new(169, 209, 142), new(201, 160, 220), new(191, 191, 191)];

    private const double HalfHeight = 0.27;

    private static readonly Color s_ink = new(31, 41, 51);

    /// <summary>Renders the plot. Stateless: the same input gives the same SVG.</summary>
    /// <param name="id">The figure's id in the page (its clip paths are named after it).</param>
    /// <param name="title">The title, or empty for none.</param>
    /// <param name="xLabel">The label of the value axis.</param>
    /// <param name="rows">The distributions, top to bottom.</param>
    /// <param name="width">Width in pixels.</param>
    /// <returns>The SVG element.</returns>
    /// <exception cref="ArgumentException">No rows, or a row whose numbers are not ordered min ≤ Q1 ≤ median ≤ Q3 ≤ max.</exception>
    public static string Svg(string id, string title, string xLabel, IReadOnlyList<BoxSummary> rows, int width = 720)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(title);
        if (rows.Count == 0)
        {
            throw new ArgumentException("a box plot needs at least one row", nameof(rows));
        }

        foreach (var r in rows)
        {
            if (!(r.Min <= r.Q1 && r.Q1 <= r.Median && r.Median <= r.Q3 && r.Q3 <= r.Max))
            {
                throw new ArgumentException($"row {r.Label}: the numbers are not ordered (min {r.Min}, Q1 {r.Q1}, median {r.Median}, Q3 {r.Q3}, max {r.Max})", nameof(rows));
            }
        }

        var plot = new Plot();
        var n = rows.Count;
        for (var i = 0; i < n; i++)
        {
            var r = rows[i];
            var y = n - 1 - i;
            // Drawn from rectangles and lines: ScottPlot 5.1's horizontal Box throws NotImplementedException.
            var box = plot.Add.Rectangle(r.Q1, r.Q3, y - HalfHeight, y + HalfHeight);
            box.FillColor = Fills[i % Fills.Count];
            box.LineColor = s_ink;
            box.LineWidth = 1;
            Segment(plot, r.Min, y, r.Q1, y, 1.5f);
            Segment(plot, r.Q3, y, r.Max, y, 1.5f);
            Segment(plot, r.Min, y - (HalfHeight / 2), r.Min, y + (HalfHeight / 2), 1.5f);
            Segment(plot, r.Max, y - (HalfHeight / 2), r.Max, y + (HalfHeight / 2), 1.5f);
            Segment(plot, r.Median, y - HalfHeight, r.Median, y + HalfHeight, 2.5f);
            if (r.Mean is { } mean)
            {
                var marker = plot.Add.Marker(mean, y);
                marker.Shape = MarkerShape.FilledCircle;
                marker.Size = 8;
                marker.MarkerStyle.FillColor = Colors.White;
                marker.MarkerStyle.OutlineColor = s_ink;
                marker.MarkerStyle.OutlineWidth = 1.5f;
            }
        }

        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, n).Select(i => (double)(n - 1 - i))], [.. rows.Select(r => r.Label)]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.SetLimitsY(-0.6, n - 0.4);
        var low = rows.Min(r => r.Min);
        var high = rows.Max(r => r.Max);
        var pad = Math.Max((high - low) * 0.04, 0.5);
        plot.Axes.SetLimitsX(low - pad, high + pad);
        if (title.Length > 0)
        {
            plot.Title(title);
        }

        plot.XLabel(xLabel);
        FigureFonts.Apply(plot);
        return FigureSvg.Normalize(plot.GetSvgXml(width, 70 + (title.Length > 0 ? 30 : 0) + (46 * n)), id);
    }

    private static void Segment(Plot plot, double x1, double y1, double x2, double y2, float width)
    {
        var line = plot.Add.Line(x1, y1, x2, y2);
        line.LineColor = s_ink;
        line.LineWidth = width;
        line.MarkerSize = 0;
    }
}
