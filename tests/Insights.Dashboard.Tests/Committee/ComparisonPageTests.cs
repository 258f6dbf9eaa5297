using System.Net;
using System.Text.RegularExpressions;
using Insights.Dashboard.Committee;
using Insights.Dashboard.Tests.Support;

namespace Insights.Dashboard.Tests.Committee;

/// <summary>
/// The committees' comparison (/committee) over the served season: the selection rules (scope first, at most four,
/// the first two by default), the tracks side by side with every section, Chinese first and English on the switch,
/// and no judge named on it.
/// </summary>
public sealed partial class ComparisonPageTests
{
    private static readonly string[] s_allowed = ["T01", "T03", "T05", "T07", "T09", "T11"];

    [Fact]
    public void Selection_keeps_the_allowed_tracks_in_order_at_most_four()
    {
        Check(TrackSelection.Pick(null, s_allowed), ["T01", "T03"], 0, 0, true);
        Check(TrackSelection.Pick(["T05", "T02", "T01", "T05", " ", "X'; DROP"], s_allowed), ["T05", "T01"], 2, 0, false);
        Check(TrackSelection.Pick(["T11", "T09", "T07", "T05", "T03", "T01"], s_allowed), ["T11", "T09", "T07", "T05"], 0, 2, false);
        Check(TrackSelection.Pick(["T02", "T04"], s_allowed), [], 2, 0, false);
        Check(TrackSelection.Pick([], []), [], 0, 0, true);
    }

    [Fact]
    public async Task Organizer_sees_up_to_four_tracks_side_by_side_with_every_section()
    {
        var season = await ServedSeason.SharedAsync();
        using var factory = new DashboardFactory(season.Warehouse);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await SignIn.AsAsync(client, DashboardFactory.Organizer);
        var zh = await BodyAsync(client, "/committee?track=T02&track=T04&track=T06&track=T08&track=T10&track=T12");
        Assert.Contains("赛道对比", zh, StringComparison.Ordinal);
        Assert.Contains("最多并排比较 4 个赛道，已略去 2 个。", zh, StringComparison.Ordinal);
        var columns = Header().Matches(zh).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(["T02", "T04", "T06", "T08"], columns);
        foreach (var section in new[] { "入围与获奖", "初赛书面评审", "初赛现场评审", "决赛路演", "评审一致性", "评委宽严差异", "项目平均总分分布", "发现", "全分赛", "单位：百分制总分" })
        {
            Assert.Contains(section, zh, StringComparison.Ordinal);
        }

        // The division beside the tracks: one more column, headed by its name.
        // Every table has it: the rates, three per stage (distribution, reliability, severity) for three stages, the findings.
        Assert.Equal(1 + (3 * 3) + 1, Regex.Count(zh, "data-track=\"division\""));
        // One box plot per stage, a box per track and one for the division.
        Assert.Equal(3, Regex.Count(zh, "<figure class=\"box-plot\""));
        Assert.Equal(3, Regex.Count(zh, "<svg "));
        // Each box is filled with its track's colour (Insights.Figures.BoxPlot.Fills, in the order of the tracks).
        Assert.Equal(12, Regex.Count(zh, "fill=\"#(5B9BD5|F4B183|A9D18E|C9A0DC)\"", RegexOptions.IgnoreCase));
        Assert.Equal(3, Regex.Count(zh, "fill=\"#BFBFBF\"", RegexOptions.IgnoreCase));
        // Aggregates only: no judge id, name or phone.
        Assert.DoesNotMatch(@"EX\d{5}", zh);
        Assert.All(season.JudgeNames, name => Assert.DoesNotContain(name, zh, StringComparison.Ordinal));

        var en = await BodyAsync(client, "/committee?track=T02&track=T04&culture=en");
        Assert.Contains("Track comparison", en, StringComparison.Ordinal);
        Assert.Contains("Reliability of the panels", en, StringComparison.Ordinal);
        Assert.Contains("Finalist rate (finalists / entries)", en, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_of_a_committee_sees_its_tracks_by_default_and_the_note_for_others()
    {
        var season = await ServedSeason.SharedAsync();
        using var factory = new DashboardFactory(season.Warehouse);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await SignIn.AsAsync(client, DashboardFactory.Committee("SZ"));
        var first = await BodyAsync(client, "/committee?culture=en");
        Assert.Contains("No track picked", first, StringComparison.Ordinal);
        Assert.NotEmpty(Header().Matches(first));
        var other = await BodyAsync(client, "/committee?track=T02&track=T04&culture=en");
        Assert.Contains("2 requested track(s) outside your scope were left out.", other, StringComparison.Ordinal);
        Assert.Empty(Header().Matches(other));
    }

    private static void Check(TrackSelection actual, string[] tracks, int outOfScope, int overLimit, bool defaulted)
    {
        Assert.Equal(tracks, actual.Tracks);
        Assert.Equal((outOfScope, overLimit, defaulted), (actual.OutOfScope, actual.OverLimit, actual.Defaulted));
    }

    private static async Task<string> BodyAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [GeneratedRegex("<th scope=\"col\" data-track=\"([^\"]+)\"")]
    private static partial Regex Header();
}
