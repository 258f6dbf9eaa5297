using System.Net;
using Insights.Dashboard.Tests.Support;

namespace Insights.Dashboard.Tests.Public;

/// <summary>
/// The public pages over a generated, ingested and analysed season, hosted in memory: they answer without sign-in,
/// in Chinese by default and in English on the switch, carry no judge id, judge name or phone, publish no small participation count (award counts are public by the notice),
/// send the security headers, and the language switch only redirects to local pages.
/// </summary>
public sealed class PublicPagesTests
{
    private static readonly string[] s_routes =
    [
        "/", "/participation", "/data", "/data?season=2024-JS&culture=en", "/data/2024-JS/by-track.csv", "/data/2024-JS/awards.csv", "/data/2024-JS/by-city.csv", "/healthz",
        "/tracks/T01", "/tracks/T07?season=2024-JS", "/data/2024-JS/tracks/T01/by-problem.csv", "/data/2024-JS/tracks/T01/by-city.csv",
        "/data/2024-JS/tracks/T01/by-unit-type.csv", "/data/2024-JS/tracks/T01/awards.csv", "/data/2024-JS/tracks/T12/by-city.csv",
    ];

    [Fact]
    public async Task Public_routes_answer_without_sign_in()
    {
        using var factory = new DashboardFactory((await ServedSeason.SharedAsync()).Warehouse);
        using var client = factory.CreateClient();
        foreach (var route in s_routes)
        {
            using var response = await client.GetAsync(new Uri(route, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{route}: {response.StatusCode}");
        }

        foreach (var route in new[] { "/data/1999-XX/by-track.csv", "/tracks/T99", "/data/2024-JS/tracks/T99/awards.csv", "/data/2024-JS/tracks/T01/judges.csv" })
        {
            using var missing = await client.GetAsync(new Uri(route, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.True(missing.StatusCode == HttpStatusCode.NotFound, $"{route}: {missing.StatusCode}");
        }
    }

    [Fact]
    public async Task Home_is_Chinese_first_and_English_on_the_switch()
    {
        using var factory = new DashboardFactory((await ServedSeason.SharedAsync()).Warehouse);
        using var client = factory.CreateClient();
        // Compare decoded text (the page escapes &, < and quotes in names).
        var zh = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken));
        Assert.Contains("各赛道参赛项目数", zh, StringComparison.Ordinal);
        Assert.Contains("2024年“数据要素×”大赛江苏省分赛（", zh, StringComparison.Ordinal);
        var en = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/?culture=en", UriKind.Relative), TestContext.Current.CancellationToken));
        Assert.Contains("Projects by track", en, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Track_page_names_the_track_and_its_committee_and_is_linked_from_home()
    {
        using var factory = new DashboardFactory((await ServedSeason.SharedAsync()).Warehouse);
        using var client = factory.CreateClient();
        var home = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken));
        Assert.Contains("href=\"/tracks/T01?season=2024-JS\"", home, StringComparison.Ordinal);
        var zh = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/tracks/T01", UriKind.Relative), TestContext.Current.CancellationToken));
        Assert.Matches("2024年“数据要素×”大赛江苏省分赛（[^）]+赛道）", zh);
        Assert.Contains("承办执委会", zh, StringComparison.Ordinal);
        Assert.Contains("各赛题参赛项目数", zh, StringComparison.Ordinal);
        Assert.Contains("/data/2024-JS/tracks/T01/by-problem.csv", zh, StringComparison.Ordinal);
        var en = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/tracks/T01?culture=en", UriKind.Relative), TestContext.Current.CancellationToken));
        Assert.Contains("Projects per problem statement", en, StringComparison.Ordinal);
        Assert.Contains("Hosting committee", en, StringComparison.Ordinal);

        // The download carries what the table shows: every problem statement of the track, and a total.
        var csv = await client.GetStringAsync(new Uri("/data/2024-JS/tracks/T01/by-problem.csv", UriKind.Relative), TestContext.Current.CancellationToken);
        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("label,projects", lines[0]);
        Assert.All(lines.Skip(1).SkipLast(1), line => Assert.StartsWith("T01-", line, StringComparison.Ordinal));
        Assert.StartsWith("total,", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Public_responses_carry_no_personal_data_and_no_small_count()
    {
        var season = await ServedSeason.SharedAsync();
        using var factory = new DashboardFactory(season.Warehouse);
        using var client = factory.CreateClient();
        foreach (var route in s_routes.Append("/?culture=en").Append("/participation?culture=en").Append("/tracks/T01?culture=en"))
        {
            // Decoded: a name written as entities must not slip through the check.
            var body = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(route, UriKind.Relative), TestContext.Current.CancellationToken));
            Assert.DoesNotMatch(@"EX\d{5}", body);
            Assert.All(season.JudgeNames, name => Assert.DoesNotContain(name, body, StringComparison.Ordinal));
            Assert.All(season.MaskedPhones, phone => Assert.DoesNotContain(phone, body, StringComparison.Ordinal));
            Assert.DoesNotMatch(@"(?<!\d)1[3-9]\d{9}(?!\d)", body);
            // Award counts are public by the notice (the award list is announced) and shown in full.
            if (route.EndsWith(".csv", StringComparison.Ordinal) && !route.EndsWith("/awards.csv", StringComparison.Ordinal))
            {
                // Every published participation count is 0 or at least k = 5.
                foreach (var cell in body.Split('\n').Skip(1).SelectMany(line => line.Split(',').Skip(1)).Where(c => c.Length > 0 && c != "suppressed"))
                {
                    var n = long.Parse(cell.Trim(), System.Globalization.CultureInfo.InvariantCulture);
                    Assert.True(n == 0 || n >= 5, $"{route}: small count {n} published");
                }
            }
        }
    }

    [Fact]
    public async Task Security_headers_are_sent_and_the_language_switch_stays_local()
    {
        using var factory = new DashboardFactory((await ServedSeason.SharedAsync()).Warehouse);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var page = await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        foreach (var (back, expected) in new[] { ("/participation", "/participation"), ("https://evil.example/", "/"), ("//evil.example", "/"), ("/\\evil.example", "/") })
        {
            using var response = await client.GetAsync(new Uri($"/culture?c=en&back={Uri.EscapeDataString(back)}", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(expected, response.Headers.Location!.OriginalString);
        }
    }
}
