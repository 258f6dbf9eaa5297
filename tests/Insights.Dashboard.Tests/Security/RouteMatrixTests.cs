using System.Net;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using Insights.Dashboard.Tests.Support;

namespace Insights.Dashboard.Tests.Security;

/// <summary>
/// The authorization matrix: every route of the app (Razor pages found by their [Route] attributes, endpoints from the
/// endpoint data source; see <see cref="RouteCatalog"/>) called anonymously, as the organizer and as a member of each
/// of the seven committees. Public routes answer 200 to everyone; protected pages send anonymous users to
/// /account/login (302) and protected endpoints (downloads) answer 401; a committee member is sent to /account/denied
/// (pages) or gets 403 (endpoints) on organizer routes; posts without an anti-forgery token are refused. And a
/// committee member never receives another committee's tracks, whatever he puts in the URL of the comparison.
/// </summary>
public sealed partial class RouteMatrixTests
{
    private static readonly string[] s_committees = ["NJ", "SZ", "WX", "NT", "XZ", "YZ", "ZJ"];

    /// <summary>Public GET routes that answer with a redirect by design, and where to.</summary>
    private static readonly Dictionary<string, string> s_publicRedirects = new(StringComparer.Ordinal) { ["/culture"] = "/" };

    /// <summary>Public framework routes and their answer to a bare GET, by template.</summary>
    private static readonly Dictionary<string, HttpStatusCode> s_framework = new(StringComparer.Ordinal)
    {
        // Blazor's redirect for enhanced navigation: 400 without its data-protected URL parameter.
        ["/_framework/opaque-redirect"] = HttpStatusCode.BadRequest,
        // The fallback of file paths (static assets): a missing file is 404, not a page.
        ["/{**path:file}"] = HttpStatusCode.NotFound,
    };

    /// <summary>
    /// Who may call the routes under a prefix, by the app's convention (the longest prefix wins; anything else is
    /// public). The matrix checks each route's declared policy against it, so that a page added under /organizer
    /// without its [Authorize] fails here instead of being tested as public.
    /// </summary>
    private static readonly (string Prefix, RouteAccess Access)[] s_convention =
    [
        ("/organizer", RouteAccess.Organizer),
        ("/reports/", RouteAccess.Organizer),
        ("/committee", RouteAccess.Committee),
    ];

    [Fact]
    public async Task Every_route_answers_each_identity_as_its_policy_says()
    {
        var season = await ServedSeason.SharedAsync();
        using var factory = new DashboardFactory(season.Warehouse);
        var identities = await IdentitiesAsync(factory);
        var routes = RouteCatalog.Discover(factory.Services);
        // Discovery must see at least the routes known today (a broken discovery would make an empty matrix pass).
        Assert.Contains(routes, r => r is { Template: "/", Access: RouteAccess.Public, IsPage: true });
        Assert.Contains(routes, r => r is { Template: "/committee", Access: RouteAccess.Committee, IsPage: true });
        Assert.Contains(routes, r => r is { Template: "/data/{season}/{table}.csv", Access: RouteAccess.Public, IsPage: false });
        Assert.Contains(routes, r => r is { Template: "/account/signin", Method: "POST" });
        var values = RouteValues.Of(season.Warehouse);

        var failures = new List<string>();
        var checkedCalls = 0;
        foreach (var route in routes)
        {
            var convention = s_convention.Where(c => route.Template.StartsWith(c.Prefix, StringComparison.Ordinal)).OrderByDescending(c => c.Prefix.Length)
                .Select(c => c.Access).FirstOrDefault(RouteAccess.Public);
            if (route.Access != convention)
            {
                failures.Add($"{route.Method} {route.Template}: declared {route.Access}, the convention of its path is {convention}");
            }

            var path = RouteCatalog.Fill(route.Template, values);
            foreach (var (who, client) in identities)
            {
                using var response = route.Method == "GET"
                    ? await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken)
                    : await client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);
                checkedCalls++;
                // Expected by the convention: a route that declares less than its path promises fails its calls too.
                if (Expected(route with { Access = convention }, path, who) is var (statuses, location) && (!statuses.Contains(response.StatusCode)
                    || (location is not null && !Location(response).StartsWith(location, StringComparison.Ordinal))))
                {
                    failures.Add($"{route.Method} {path} as {who}: {(int)response.StatusCode} {Location(response)}, expected {string.Join('/', statuses.Select(s => (int)s))} {location}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} wrong of {checkedCalls} calls and {routes.Count} routes:\n{string.Join('\n', failures)}");
    }

    [Fact]
    public async Task A_committee_member_never_receives_another_committees_tracks()
    {
        var season = await ServedSeason.SharedAsync();
        using var factory = new DashboardFactory(season.Warehouse);
        var tracks = Tracks(season.Warehouse);
        using var organizer = await ClientAsync(factory, DashboardFactory.Organizer);
        foreach (var committee in s_committees)
        {
            var own = tracks.Where(t => t.Committee == committee).ToList();
            var other = tracks.First(t => t.Committee != committee && t.Code != own[0].Code);
            using var member = await ClientAsync(factory, DashboardFactory.Committee(committee));

            // Another committee's track in the URL, alone or beside one of his own: dropped before any query.
            var mixed = await BodyAsync(member, $"/committee?track={own[0].Code}&track={other.Code}");
            var alone = await BodyAsync(member, $"/committee?track={own[0].Code}");
            var onlyOther = await BodyAsync(member, $"/committee?track={other.Code}&track={other.Code}");
            foreach (var body in new[] { mixed, onlyOther })
            {
                Assert.DoesNotMatch($@"\b{other.Code}\b", body);
                Assert.DoesNotContain(other.NameZh, body, StringComparison.Ordinal);
                Assert.DoesNotContain(other.NameEn, body, StringComparison.Ordinal);
                Assert.DoesNotContain(other.OfficialNameZh, body, StringComparison.Ordinal);
            }

            Assert.Contains($"data-track=\"{own[0].Code}\"", mixed, StringComparison.Ordinal);
            Assert.DoesNotContain("data-track=", onlyOther, StringComparison.Ordinal);
            // The mixed request shows exactly what the member's own track alone shows...
            Assert.Equal(Cells(alone), Cells(mixed));
            // ... and none of the other track's figures that its own track does not share (as the organizer sees them).
            var otherCells = Cells(await BodyAsync(organizer, $"/committee?track={other.Code}")).Except(Cells(await BodyAsync(organizer, $"/committee?track={own[0].Code}")))
                .Where(c => c.Any(char.IsDigit)).ToList();
            Assert.NotEmpty(otherCells);
            Assert.All(otherCells, cell => Assert.DoesNotContain(cell, Cells(mixed)));
            // His own tracks are all offered, nobody else's.
            Assert.All(own, t => Assert.Contains($"value=\"{t.Code}\"", mixed, StringComparison.Ordinal));
            Assert.All(tracks.Where(t => t.Committee != committee), t => Assert.DoesNotContain($"value=\"{t.Code}\"", mixed, StringComparison.Ordinal));
        }
    }

    /// <summary>The status codes (and the start of the redirect target) a route must answer an identity.</summary>
    private static (HttpStatusCode[] Statuses, string? Location) Expected(AppRoute route, string path, string who)
    {
        var anonymous = who == "anonymous";
        var allowed = route.Access switch
        {
            RouteAccess.Public => true,
            RouteAccess.SignedIn or RouteAccess.Committee => !anonymous,
            _ => who == DashboardFactory.Organizer,
        };
        if (route.Method == "POST")
        {
            // No anti-forgery token: refused (400) where the policy lets the caller in, else the policy's answer.
            return allowed ? ([HttpStatusCode.BadRequest], null)
                : anonymous ? ([HttpStatusCode.Unauthorized, HttpStatusCode.Redirect], null)
                : ([HttpStatusCode.Forbidden, HttpStatusCode.Redirect], null);
        }

        if (allowed && s_framework.TryGetValue(route.Template, out var status))
        {
            return ([status], null);
        }

        if (allowed)
        {
            return s_publicRedirects.TryGetValue(path.Split('?')[0], out var target) ? ([HttpStatusCode.Redirect], target) : ([HttpStatusCode.OK], null);
        }

        if (anonymous)
        {
            return route.IsPage ? ([HttpStatusCode.Redirect], "/account/login") : ([HttpStatusCode.Unauthorized], null);
        }

        return route.IsPage ? ([HttpStatusCode.Redirect], "/account/denied") : ([HttpStatusCode.Forbidden], null);
    }

    private static async Task<List<(string Who, HttpClient Client)>> IdentitiesAsync(DashboardFactory factory)
    {
        var identities = new List<(string, HttpClient)> { ("anonymous", factory.CreateClient(new() { AllowAutoRedirect = false })) };
        foreach (var name in s_committees.Select(DashboardFactory.Committee).Prepend(DashboardFactory.Organizer))
        {
            identities.Add((name, await ClientAsync(factory, name)));
        }

        return identities;
    }

    private static async Task<HttpClient> ClientAsync(DashboardFactory factory, string name)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await SignIn.AsAsync(client, name);
        return client;
    }

    private static async Task<string> BodyAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static List<string> Cells(string body) => [.. Cell().Matches(body).Select(m => m.Groups[1].Value)];

    private static string Location(HttpResponseMessage response) => response.Headers.Location is not { } l ? ""
        : l.IsAbsoluteUri ? l.PathAndQuery : l.OriginalString;

    private static List<(string Code, string Committee, string NameZh, string NameEn, string OfficialNameZh)> Tracks(string warehouse)
    {
        using var connection = new DuckDBConnection($"Data Source={warehouse};ACCESS_MODE=READ_ONLY");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT track_code, committee_code, name_zh, name_en, official_name_zh FROM dim_track WHERE has_reference ORDER BY track_code";
        using var reader = command.ExecuteReader();
        var tracks = new List<(string, string, string, string, string)>();
        while (reader.Read())
        {
            tracks.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
        }

        return tracks;
    }

    [GeneratedRegex("<td[^>]*>([^<]*)</td>")]
    private static partial Regex Cell();
}
