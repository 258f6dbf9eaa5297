using System.Net;
using Insights.Dashboard.Tests.Support;

namespace Insights.Dashboard.Tests.Public;

/// <summary>
/// The public pages' output cache: an anonymous page is served from the cache until the warehouse file changes, the
/// culture is part of the key, and a signed-in user's page is neither stored nor served from it.
/// </summary>
public sealed class PublicPageCacheTests
{
    [Fact]
    public async Task A_changed_warehouse_is_rendered_anew_and_cultures_are_kept_apart()
    {
        var season = await ServedSeason.SharedAsync();
        // A copy of its own: the test changes the file's stamp.
        var warehouse = Path.Combine(Path.GetTempPath(), $"insights-cache-test-{Guid.NewGuid():N}.duckdb");
        File.Copy(season.Warehouse, warehouse);
        try
        {
            using var factory = new DashboardFactory(warehouse);
            using var client = factory.CreateClient();
            using (var first = await GetAsync(client, "/tracks/T02"))
            {
                Assert.Null(first.Headers.Age);
            }

            using (var again = await GetAsync(client, "/tracks/T02"))
            {
                Assert.NotNull(again.Headers.Age);
            }

            using (var english = await GetAsync(client, "/tracks/T02?culture=en"))
            {
                Assert.Null(english.Headers.Age);
                Assert.Contains("Hosting committee", WebUtility.HtmlDecode(await english.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), StringComparison.Ordinal);
            }

            // An ingest or analyze rewrites the file: the next request renders from the new warehouse.
            File.SetLastWriteTimeUtc(warehouse, DateTime.UtcNow.AddMinutes(1));
            using var fresh = await GetAsync(client, "/tracks/T02");
            Assert.Null(fresh.Headers.Age);
            Assert.Contains("承办执委会", WebUtility.HtmlDecode(await fresh.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(warehouse);
        }
    }

    [Fact]
    public async Task Signed_in_pages_are_not_cached_nor_served_from_the_cache()
    {
        using var factory = new DashboardFactory((await ServedSeason.SharedAsync()).Warehouse);
        using var anonymous = factory.CreateClient();
        using (var warm = await GetAsync(anonymous, "/tracks/T03"))
        {
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }

        using var signedIn = factory.CreateClient(new() { AllowAutoRedirect = false });
        await SignIn.AsAsync(signedIn, DashboardFactory.Organizer);
        for (var i = 0; i < 2; i++)
        {
            using var page = await GetAsync(signedIn, "/tracks/T03");
            Assert.Null(page.Headers.Age);
            Assert.Contains(DashboardFactory.Organizer, await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        using var after = await GetAsync(anonymous, "/tracks/T03");
        Assert.DoesNotContain(DashboardFactory.Organizer, await after.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Made_up_query_values_are_answered_but_not_stored()
    {
        // Unknown seasons and cultures fall back to the defaults; storing each would let anyone fill the cache.
        using var factory = new DashboardFactory((await ServedSeason.SharedAsync()).Warehouse);
        using var client = factory.CreateClient();
        foreach (var route in new[] { "/tracks/T04?season=1999-XX", "/tracks/T04?culture=xx-YY", "/?season=nope" })
        {
            for (var i = 0; i < 2; i++)
            {
                using var response = await GetAsync(client, route);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Null(response.Headers.Age);
            }
        }

        using (var known = await GetAsync(client, "/tracks/T04?season=2024-JS"))
        {
            Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        }

        using var cached = await GetAsync(client, "/tracks/T04?season=2024-JS");
        Assert.NotNull(cached.Headers.Age);
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string route) =>
        client.GetAsync(new Uri(route, UriKind.Relative), TestContext.Current.CancellationToken);
}
