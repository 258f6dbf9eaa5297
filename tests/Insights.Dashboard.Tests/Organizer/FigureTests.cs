using System.Text.RegularExpressions;
using Insights.Figures;
using ScottPlot;
using SkiaSharp;

namespace Insights.Dashboard.Tests.Organizer;

/// <summary>The figure builders with fixed inputs: markers and labels in the SVG, deterministic output, Chinese glyphs that are not empty boxes.</summary>
public sealed class FigureTests
{
    private static readonly ForestPoint[] s_forest =
    [
        new("EX00001", 2.5, 1.0, 4.0, false),
        new("EX00002", -1.0, -2.2, 0.2, true),
        new("EX00003", 0.3, -0.5, 1.1, false),
    ];

    private static readonly ScatterPoint[] s_scatter =
    [
        new("JS24-T01-00001", 85, 84), new("JS24-T01-00002", 90, 91), new("JS24-T01-00003", 92, 89), new("JS24-T01-00004", 95, 96),
    ];

    [Fact]
    public void Forest_plot_draws_one_marker_and_one_label_per_judge()
    {
        var svg = ForestPlot.Svg("forest", "初赛书面评审：评委宽严度", "宽严度（分）", s_forest);
        Assert.StartsWith("<svg", ReportFiguresInline(svg), StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(svg, "<ellipse"));
        foreach (var point in s_forest)
        {
            Assert.Single(Regex.Matches(svg, Regex.Escape(point.Label)));
        }

        Assert.Contains("宽严度（分）", svg, StringComparison.Ordinal);
        Assert.Contains($"font-family=\"{FigureFonts.Family}\"", svg, StringComparison.Ordinal);
        Assert.Contains("clip-path=\"url(#forest-cl0)\"", svg, StringComparison.Ordinal);
        Assert.Equal(svg, ForestPlot.Svg("forest", "初赛书面评审：评委宽严度", "宽严度（分）", s_forest));
    }

    [Fact]
    public void Stage_scatter_draws_one_marker_and_one_label_per_finalist()
    {
        var svg = StageScatter.Svg("scatter", "决赛项目初赛与决赛得分", "初赛", "决赛", s_scatter);
        Assert.Equal(4, Regex.Count(svg, "<ellipse"));
        foreach (var label in new[] { "00001", "00002", "00003", "00004" })
        {
            Assert.Single(Regex.Matches(svg, $">\\s*{label}\\s*<"));
        }

        Assert.Equal(svg, StageScatter.Svg("scatter", "决赛项目初赛与决赛得分", "初赛", "决赛", s_scatter));
    }

    [Fact]
    public void Box_plot_draws_a_box_per_row_in_its_colour_a_dot_per_mean_and_refuses_unordered_numbers()
    {
        BoxSummary[] rows =
        [
            new("T01", 45.6, 61.5, 68.0, 73.8, 90.3, 68.15),
            new("T03", 48.1, 63.2, 68.5, 73.1, 88.2, null),
            new("T05", 50.0, 60.0, 65.0, 70.0, 80.0, 66.0),
        ];
        var svg = BoxPlot.Svg("box-final_roadshow", "", "项目原始均分（分）", rows);
        Assert.Equal(svg, BoxPlot.Svg("box-final_roadshow", "", "项目原始均分（分）", rows));
        Assert.All(rows, r => Assert.Matches($@">\s*{r.Label}\s*<", svg));
        Assert.Contains("项目原始均分（分）", svg, StringComparison.Ordinal);
        // Two means, two dots; each row's fill colour once per box.
        Assert.Equal(2, Regex.Count(svg, "<ellipse fill=\"white\""));
        foreach (var fill in BoxPlot.Fills.Take(rows.Length))
        {
            Assert.Contains($"fill=\"{fill.ToHex()[..7]}\"", svg, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("clip-path=\"url(#box-final_roadshow-cl0)\"", svg, StringComparison.Ordinal);
        // Skia's SVG canvas writes 目 as the Kangxi radical ⽬ (U+2F6C); the figures write the ideograph back.
        Assert.DoesNotMatch("[\u2F00-\u2FDF]", svg);
        Assert.Throws<ArgumentException>(() => BoxPlot.Svg("b", "", "x", [new("T01", 50, 70, 60, 80, 90, null)]));
        Assert.Throws<ArgumentException>(() => BoxPlot.Svg("b", "", "x", []));
    }

    [Fact]
    public void Chinese_renders_with_the_chosen_font_not_as_empty_boxes()
    {
        using var typeface = SKFontManager.Default.MatchFamily(FigureFonts.Family);
        Assert.NotNull(typeface);
        Assert.Equal(FigureFonts.Family, typeface.FamilyName);
        var sai = Render("赛");
        var dao = Render("道");
        // Missing glyphs would draw the same box twice.
        Assert.NotEqual(sai, dao);
        Assert.True(Ink(sai) > 50, "赛 drew nothing");
        Assert.True(Ink(dao) > 50, "道 drew nothing");
    }

    private static byte[] Render(string text)
    {
        var plot = new Plot();
        var label = plot.Add.Text(text, 0, 0);
        label.LabelFontName = FigureFonts.Family;
        label.LabelFontSize = 64;
        label.LabelAlignment = Alignment.MiddleCenter;
        plot.HideGrid();
        plot.Axes.Frameless();
        plot.Axes.SetLimits(-1, 1, -1, 1);
        return plot.GetImageBytes(120, 120, ImageFormat.Png);
    }

    /// <summary>Dark pixels of a PNG.</summary>
    private static int Ink(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        var ink = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                ink += c.Red + c.Green + c.Blue < 300 ? 1 : 0;
            }
        }

        return ink;
    }

    private static string ReportFiguresInline(string svg) => Insights.Reports.ReportFigures.Inline(svg);
}
