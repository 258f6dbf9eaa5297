using System.Globalization;
using Bunit;
using Insights.Dashboard.Components.Shared;
using Insights.Dashboard.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Dashboard.Tests.Components;

/// <summary>
/// The season picker, rendered alone with bunit: a GET form to the page itself listing the seasons with the shown one
/// selected (valid HTML), nothing at all with one season; and the static site leaves it out (it publishes one season).
/// </summary>
public sealed class SeasonPickerTests : IDisposable
{
    private readonly BunitContext _context = new();
    private readonly CultureInfo _culture = CultureInfo.CurrentUICulture;

    public SeasonPickerTests()
    {
        _context.Services.AddLocalization();
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
    }

    [Fact]
    public void Several_seasons_give_a_form_with_the_shown_one_selected()
    {
        var cut = _context.Render<SeasonPicker>(p => p.Add(x => x.Seasons, ["2025-JS", "2024-JS"]).Add(x => x.Current, "2024-JS").Add(x => x.Action, "/tracks/T01"));
        var form = cut.Find("form.season-picker");
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/tracks/T01", form.GetAttribute("action"));
        var options = cut.FindAll("select[name=season] option");
        Assert.Equal(["2025-JS", "2024-JS"], options.Select(o => o.GetAttribute("value")));
        Assert.Equal(["2024-JS"], options.Where(o => o.HasAttribute("selected")).Select(o => o.GetAttribute("value")));
        Assert.Contains("赛季", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void One_season_gives_nothing_and_the_static_site_drops_the_form()
    {
        var one = _context.Render<SeasonPicker>(p => p.Add(x => x.Seasons, ["2024-JS"]).Add(x => x.Current, "2024-JS").Add(x => x.Action, "/"));
        Assert.Equal("", one.Markup.Trim());

        var two = _context.Render<SeasonPicker>(p => p.Add(x => x.Seasons, ["2025-JS", "2024-JS"]).Add(x => x.Current, "2025-JS").Add(x => x.Action, "/"));
        var page = $"<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><title>t</title></head><body><h1>赛季</h1>{two.Markup}<p><a href=\"/participation\">x</a></p></body></html>";
        // The form is valid HTML where the dashboard shows it.
        var file = Path.Combine(Path.GetTempPath(), $"insights-season-picker-{Environment.ProcessId}.html");
        File.WriteAllText(file, page);
        try
        {
            Support.HtmlValidator.AssertValid([file]);
        }
        finally
        {
            File.Delete(file);
        }

        var rewritten = SiteLinks.Rewrite(page, "index.html", "zh-CN", new Dictionary<string, string>());
        Assert.DoesNotContain("season-picker", rewritten, StringComparison.Ordinal);
        Assert.DoesNotContain("<select", rewritten, StringComparison.Ordinal);
        Assert.Contains("<h1>赛季</h1>", rewritten, StringComparison.Ordinal);
        Assert.Contains("href=\"participation.html\"", rewritten, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = _culture;
        _context.Dispose();
    }
}
