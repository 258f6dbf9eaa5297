using System.Net;
using Insights.Dashboard.Tests.Support;

namespace Insights.Dashboard.Tests.Validity;

/// <summary>
/// Every page the dashboard serves is valid HTML by the W3C Nu Html Checker (errors and warnings; see
/// <see cref="HtmlValidator"/>): each page route of the app (found by <see cref="RouteCatalog"/>, so a page added later
/// is checked without a change here), and the organizers' HTML report download, in Chinese and English, as the identity its policy admits, plus a committee
/// comparison of three tracks. The static site and the reports are checked in their own tests. And the checker itself
/// is shown to fail on invalid HTML, so that a broken installation cannot pass everything.
/// </summary>
public sealed class HtmlValidityTests
{
    [Fact]
    public void The_checker_reports_invalid_html_and_passes_valid_html()
    {
        var folder = Directory.CreateTempSubdirectory("insights-vnu-");
        try
        {
            var valid = Path.Combine(folder.FullName, "valid.html");
            File.WriteAllText(valid, "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>赛道</title></head><body><p>赛道</p></body></html>\n");
            // Hand-made faults, one per kind the checker found in the dashboard before its fixes, and one more.
            var invalid = Path.Combine(folder.FullName, "invalid.html");
            File.WriteAllText(invalid, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>x</title></head><body>"
                + "<style>:root { color: red; }</style><div __internal_stoppropagation_onclick>x</div><p><div>block in p</div></p></body></html>\n");
            Assert.Empty(HtmlValidator.Validate([valid]));
            var messages = HtmlValidator.Validate([valid, invalid]);
            Assert.All(messages, m => Assert.Equal(invalid, m.File));
            Assert.Contains(messages, m => m.Type == "error" && m.Text.Contains("style", StringComparison.Ordinal));
            Assert.Contains(messages, m => m.Type == "error" && m.Text.Contains("__internal_stoppropagation_onclick", StringComparison.Ordinal));
            Assert.True(messages.Count >= 3, string.Join(Environment.NewLine, messages));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Every_page_of_the_dashboard_is_valid_html()
    {
        var season = await ServedSeason.SharedAsync();
        using var factory = new DashboardFactory(season.Warehouse);
        using var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var committee = factory.CreateClient(new() { AllowAutoRedirect = false });
        await SignIn.AsAsync(committee, DashboardFactory.Committee("SZ"));
        using var organizer = factory.CreateClient(new() { AllowAutoRedirect = false });
        await SignIn.AsAsync(organizer, DashboardFactory.Organizer);

        var values = RouteValues.Of(season.Warehouse);
        var paths = RouteCatalog.Discover(factory.Services)
            .Where(r => r.Method == "GET" && (r.IsPage || r.Template.EndsWith(".html", StringComparison.Ordinal)))
            .Select(r => (Path: RouteCatalog.Fill(r.Template, values), r.Access))
            .Append((Path: "/committee?track=T03&track=T04&track=T05", Access: RouteAccess.Committee))
            .ToList();
        Assert.Contains(paths, p => p.Path == "/organizer");
        Assert.Contains(paths, p => p.Path.EndsWith("/report.html", StringComparison.Ordinal));

        var folder = Path.Combine(season.Root, "validity");
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, access) in paths)
        {
            var client = access switch { RouteAccess.Public => anonymous, RouteAccess.Committee => committee, _ => organizer };
            foreach (var culture in new[] { "zh-CN", "en" })
            {
                var url = $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}culture={culture}";
                using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    // Pages that answer with a redirect by design (/culture, sign-out); the route matrix checks them.
                    Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found, $"{url}: {(int)response.StatusCode}");
                    continue;
                }

                var file = Path.Combine(folder, $"page-{files.Count:D3}.html");
                await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
                files.Add(file);
                sources[file] = url;
            }
        }

        Assert.True(files.Count >= 20, $"only {files.Count} pages fetched");
        var messages = HtmlValidator.Validate(files);
        Assert.True(messages.Count == 0, $"{messages.Count} messages of the Nu Html Checker on {files.Count} pages:{Environment.NewLine}"
            + string.Join(Environment.NewLine, messages.Take(20).Select(m => $"{sources[m.File]} line {m.Line}: {m.Type}: {m.Text}")));
    }
}
