using ScottPlot;

namespace Insights.Figures;

/// <summary>
/// A heatmap of residuals, judges × projects, as SVG (one rectangle per cell): blue below what the judge and the project explain, red above,
/// symmetric around zero, grey where a judge did not score a project.
/// </summary>
public static class ResidualHeatmap
{
    /// <summary>Renders the heatmap. Stateless: the same input gives the same SVG.</summary>
    /// <param name="id">The figure's id in the page (its clip paths are named after it).</param>
    /// <param name="title">The title.</param>
    /// <param name="judges">Row labels, top to bottom.</param>
    /// <param name="projects">Column labels, left to right.</param>
    /// <param name="residuals">Residual per [judge, project]; NaN where there is no mark.</param>
    /// <param name="width">Width in pixels.</param>
    /// <returns>The SVG element.</returns>
    /// <exception cref="ArgumentException">The labels do not match the matrix.</exception>
    public static string Svg(string id, string title, IReadOnlyList<string> judges, IReadOnlyList<string> projects, double[,] residuals, int width = 720)
    {
        ArgumentNullException.ThrowIfNull(judges);
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(residuals);
        if (residuals.GetLength(0) != judges.Count || residuals.GetLength(1) != projects.Count)
        {
            throw new ArgumentException($"The residuals are {residuals.GetLength(0)} x {residuals.GetLength(1)} for {judges.Count} judges and {projects.Count} projects.", nameof(residuals));
        }

        var plot = new Plot();
        var heatmap = plot.Add.Heatmap(residuals);
        var extreme = residuals.Cast<double>().Where(double.IsFinite).Select(Math.Abs).DefaultIfEmpty(1).Max();
        heatmap.Colormap = new ScottPlot.Colormaps.Balance();
        heatmap.ManualRange = new ScottPlot.Range(-extreme, extreme);
        heatmap.NaNCellColor = Colors.LightGray;
        // One vector rectangle per cell: crisp at any size (a bitmap would be smoothed by the browser). ScottPlot
        // draws row 0 of the matrix at the top, where the first judge's label is.
        heatmap.RenderStrategy = new ScottPlot.Plottables.Heatmap.RenderStrategies.Rectangles();
        plot.Add.ColorBar(heatmap);
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, judges.Count).Select(i => (double)(judges.Count - 1 - i))], [.. judges]);
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, projects.Count).Select(i => (double)i)], [.. projects]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = 90;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Title(title);
        FigureFonts.Apply(plot);
        return FigureSvg.Normalize(plot.GetSvgXml(width, Math.Max(260, 140 + (22 * judges.Count))), id);
    }
}
