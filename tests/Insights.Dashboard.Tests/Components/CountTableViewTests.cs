using System.Globalization;
using Bunit;
using Insights.Dashboard.Components.Shared;
using Insights.Dashboard.Suppression;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Dashboard.Tests.Components;

/// <summary>
/// The accessible table of published counts, rendered alone with bunit: suppressed cells as "*", the footnote with
/// k − 1 when something is hidden and none otherwise, header cells with scopes, totals, and the CSV link.
/// </summary>
public sealed class CountTableViewTests : IDisposable
{
    private readonly BunitContext _context = new();
    private readonly CultureInfo _culture = CultureInfo.CurrentUICulture;

    public CountTableViewTests()
    {
        _context.Services.AddLocalization();
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
    }

    [Fact]
    public void Suppressed_cells_show_a_star_and_the_footnote()
    {
        // k = 5: 3 is hidden, and 7 with it (the total 42 would give it away).
        var table = new CountTable(["甲", "乙", "丙", "丁"], ["projects"], new long[,] { { 12 }, { 3 }, { 7 }, { 20 } },
            new bool[,] { { false }, { true }, { true }, { false } }, [false, true, true, false], [false], false);
        var cut = _context.Render<CountTableView>(p => p
            .Add(x => x.Table, table).Add(x => x.Caption, "各赛道参赛项目数").Add(x => x.RowHeader, "赛道")
            .Add(x => x.Threshold, 5).Add(x => x.Download, "/data/2024-JS/by-track.csv"));

        Assert.Equal("各赛道参赛项目数", cut.Find("caption").TextContent);
        var rows = cut.FindAll("tbody tr");
        Assert.Equal(["12", "*", "*", "20"], rows.Select(r => r.QuerySelector("td")!.TextContent));
        Assert.All(rows, r => Assert.Equal("row", r.QuerySelector("th")!.GetAttribute("scope")));
        Assert.Equal("42", cut.Find("tfoot td").TextContent);
        Assert.Contains("1至4", cut.Find(".footnote").TextContent, StringComparison.Ordinal);
        Assert.Equal("/data/2024-JS/by-track.csv", cut.Find("a.download").GetAttribute("href"));
    }

    [Fact]
    public void Nothing_hidden_means_no_footnote_and_two_way_tables_get_totals()
    {
        long[,] counts = { { 10, 20 }, { 30, 40 } };
        var table = CountTable.Public(["T01", "T02"], ["first", "second"], counts);
        var cut = _context.Render<CountTableView>(p => p.Add(x => x.Table, table).Add(x => x.Caption, "获奖"));
        Assert.Empty(cut.FindAll(".footnote"));
        Assert.Empty(cut.FindAll("a.download"));
        // Column headers localized (一等奖, 二等奖), a total column and row: 30 and 70 per row, 100 in all.
        Assert.Equal(["", "一等奖", "二等奖", "合计"], cut.FindAll("thead th").Select(th => th.TextContent));
        Assert.Equal(["30", "70"], cut.FindAll("tbody tr").Select(r => r.QuerySelectorAll("td")[^1].TextContent));
        Assert.Equal("100", cut.FindAll("tfoot td")[^1].TextContent);
    }

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = _culture;
        _context.Dispose();
    }
}
