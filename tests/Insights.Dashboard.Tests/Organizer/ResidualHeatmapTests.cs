using System.Net;
using System.Text.RegularExpressions;
using Insights.Dashboard.Tests.Support;
using Insights.Figures;
using Insights.Warehouse.Reading.Reports;

namespace Insights.Dashboard.Tests.Organizer;

/// <summary>
/// The residual heatmap: the additive fit's residuals against hand computations, the figure (deterministic, a raster
/// of the cells, every judge labelled) and its place in the organizer's report, one per complete panel.
/// </summary>
public sealed class ResidualHeatmapTests
{
    [Fact]
    public void Residuals_are_what_judge_and_project_do_not_explain()
    {
        // Purely additive marks (judge +2, project +2): every residual is 0.
        var additive = ResidualMatrix.FromMarks("s", ["a", "b"], ["p", "q"], new double[,] { { 7, 9 }, { 5, 7 } })!;
        Assert.All(additive.Residuals.Cast<double>(), r => Assert.Equal(0, r, 12));

        // {{10, 0}, {0, 0}}: judge means 5 and 0, project means 5 and 0, grand mean 2.5, so
        // r(a,p) = 10 − 5 − 5 + 2.5 = 2.5, r(a,q) = 0 − 5 − 0 + 2.5 = −2.5, r(b,p) = −2.5, r(b,q) = 2.5.
        var single = ResidualMatrix.FromMarks("s", ["a", "b"], ["p", "q"], new double[,] { { 10, 0 }, { 0, 0 } })!;
        Assert.Equal([2.5, -2.5, -2.5, 2.5], single.Residuals.Cast<double>());

        // A missing cell (a sparse panel): no additive fit, no matrix.
        Assert.Null(ResidualMatrix.FromMarks("s", ["a", "b"], ["p", "q"], new double[,] { { 1, double.NaN }, { 2, 3 } }));
    }

    [Fact]
    public void The_figure_is_deterministic_and_labels_every_judge()
    {
        var residuals = new double[,] { { 1.5, -0.5, 0 }, { -1, 0.25, 0.75 }, { double.NaN, 2, -2 } };
        string[] judges = ["EX00001", "EX00002", "EX00003"], projects = ["00001", "00002", "00003"];
        var svg = ResidualHeatmap.Svg("hm", "现场评审：评委 × 项目残差", judges, projects, residuals);
        Assert.Equal(svg, ResidualHeatmap.Svg("hm", "现场评审：评委 × 项目残差", judges, projects, residuals));
        // Nine cells as rectangles, the first (row 0, column 0: +1.5, the largest) dark red at the top left.
        var cells = Regex.Matches(svg, "<rect fill=\"(#[0-9A-F]{6})\" x=\"([0-9.]+)\" y=\"([0-9.]+)\"").ToList();
        Assert.True(cells.Count >= 9, $"{cells.Count} cells");
        var topLeft = cells.OrderBy(c => double.Parse(c.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ThenBy(c => double.Parse(c.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)).First();
        var red = Convert.ToInt32(topLeft.Groups[1].Value[1..3], 16);
        var blue = Convert.ToInt32(topLeft.Groups[1].Value[5..7], 16);
        Assert.True(red > blue, $"top-left cell {topLeft.Groups[1].Value} is not red");
        // ScottPlot writes each label as the content of a <text> element, between line breaks and tabs.
        Assert.All(judges.Concat(projects), label => Assert.Matches($@">\s*{label}\s*<", svg));
        // The colour bar's image is named after the figure (Skia calls it img_0 in every figure: two heatmaps on one
        // page would share the id), and its use points at the new name.
        Assert.Contains("<image id=\"hm-img0\"", svg, StringComparison.Ordinal);
        Assert.Contains("xlink:href=\"#hm-img0\"", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("img_0", svg, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ResidualHeatmap.Svg("hm", "t", judges, projects, new double[2, 3]));
    }

    [Fact]
    public async Task The_report_shows_one_heatmap_per_complete_panel()
    {
        using var factory = new DashboardFactory((await ServedSeason.SharedAsync()).Warehouse);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await SignIn.AsAsync(client, DashboardFactory.Organizer);
        using var response = await client.GetAsync(new Uri("/organizer/tracks/T03", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("残差热图（评委 × 项目）", body, StringComparison.Ordinal);
        // The on-site review and the final roadshow are complete panels; the written review is sparse and has none.
        Assert.Matches("heatmap-preliminary_onsite-cl0", body);
        Assert.Matches("heatmap-final_roadshow-cl0", body);
        Assert.DoesNotMatch("heatmap-preliminary_written", body);
    }
}
