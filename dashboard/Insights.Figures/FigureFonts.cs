using ScottPlot;

namespace Insights.Figures;

/// <summary>
/// The figures' font: Noto Sans CJK SC (Debian's fonts-noto-cjk), set on every text of a plot, because ScottPlot's
/// automatic font detection finds no CJK font here and Chinese would otherwise render as empty boxes.
/// </summary>
public static class FigureFonts
{
    /// <summary>The font family.</summary>
    public const string Family = "Noto Sans CJK SC";

    /// <summary>Sets the font of the title, the axis labels, the tick labels and the legend, and shifts the title and left label into view.</summary>
    /// <param name="plot">The plot.</param>
    public static void Apply(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.Axes.Title.Label.FontName = Family;
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontName = Family;
            axis.TickLabelStyle.FontName = Family;
        }

        plot.Legend.FontName = Family;

        // Browsers place SVG text by its baseline where ScottPlot places it by its top: without these offsets the
        // title touches the top edge and the rotated left label is cut off at the left edge.
        plot.Axes.Title.Label.OffsetY = 8;
        plot.Axes.Left.Label.OffsetX = 14;
    }
}
