using System.Net;
using Insights.Dashboard.Tests.Support;

namespace Insights.Dashboard.Tests.Security;

/// <summary>
/// Crafted input that used to answer 500 (a tab, a NUL or a line break in a return URL or a form field: Kestrel
/// refuses such a Location header, or LocalRedirect throws), and the redirects that used to echo the Host header.
/// Every answer must be a redirect to a local path, never an error and never to another host. On Kestrel, whose
/// header checks the in-memory server does not make.
/// </summary>
public sealed class CraftedInputTests
{
    /// <summary>Return URLs that must never be followed (after decoding: control characters, whitespace, "//", "/\").</summary>
    private static readonly string[] s_crafted =
    [
        "/\t/x", "/\t/evil.example", "/\0", "/x\0y", "/\r\nSet-Cookie: a=b", "/\n/evil.example", "/ /evil.example", "/\u00a0/x",
        "/\u2028/x", "/é", "//evil.example", "/\\evil.example", "/%2F/evil.example", "/%5Cevil.example", "/%09/x", "https://evil.example/",
        "\t/x", "", "x",
    ];

    /// <summary>More attempts on one account than the sign-in limits allow by default.</summary>
    private static readonly Dictionary<string, string> s_unlimited = new() { ["SignInLimits:PerAccount"] = "1000", ["SignInLimits:PerAddress"] = "1000" };

    [Fact]
    public async Task The_language_switch_goes_to_a_local_path_whatever_it_is_given()
    {
        await using var dashboard = LiveDashboard.Start((await ServedSeason.SharedAsync()).Warehouse);
        using var client = dashboard.Client();
        var failures = new List<string>();
        foreach (var back in s_crafted.Append("/participation?season=2024-JS"))
        {
            using var response = await client.GetAsync(new Uri($"/culture?c=en&back={Uri.EscapeDataString(back)}", UriKind.Relative), TestContext.Current.CancellationToken);
            var location = response.Headers.Location?.OriginalString;
            var expected = back == "/participation?season=2024-JS" ? back : "/";
            if (response.StatusCode != HttpStatusCode.Redirect || location != expected)
            {
                failures.Add($"{Uri.EscapeDataString(back)}: {(int)response.StatusCode} {location}");
            }
        }

        // The attacker's own request, byte for byte.
        using (var raw = await client.GetAsync(new Uri("/culture?c=en&back=/%09/x", UriKind.Relative), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.Redirect, raw.StatusCode);
            Assert.Equal("/", raw.Headers.Location!.OriginalString);
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Sign_in_with_a_crafted_return_url_goes_to_a_local_path()
    {
        await using var dashboard = LiveDashboard.Start((await ServedSeason.SharedAsync()).Warehouse, s_unlimited);
        var failures = new List<string>();
        foreach (var returnUrl in s_crafted.Where(url => !url.Contains('\0', StringComparison.Ordinal)))
        {
            foreach (var password in new[] { DashboardFactory.Password, "not-the-password" })
            {
                using var client = dashboard.Client();
                // Wrong passwords on another account than the right ones: its lockout must not change the right ones' answer.
                var name = DashboardFactory.Committee(password == DashboardFactory.Password ? "XZ" : "YZ");
                using var response = await SignIn.PostAsync(client, name, password, returnUrl);
                var location = response.Headers.Location?.OriginalString ?? "";
                var expected = password == DashboardFactory.Password ? "/" : "/account/login?error=failed&returnUrl=%2F";
                if (response.StatusCode != HttpStatusCode.Redirect || location != expected)
                {
                    failures.Add($"{Uri.EscapeDataString(returnUrl)} ({password}): {(int)response.StatusCode} {location}");
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task A_nul_or_a_line_break_in_any_form_field_is_no_error()
    {
        await using var dashboard = LiveDashboard.Start((await ServedSeason.SharedAsync()).Warehouse);
        // ASP.NET Core refuses to decode a NUL in a form value: the form cannot be read, which is a bad request.
        foreach (var (name, password, returnUrl, status) in new[]
        {
            ("\0", "x", "/", HttpStatusCode.BadRequest),
            ("organizer-1\0", DashboardFactory.Password, "/", HttpStatusCode.BadRequest),
            (DashboardFactory.Organizer, "\0", "/", HttpStatusCode.BadRequest),
            (DashboardFactory.Organizer, DashboardFactory.Password, "/\0", HttpStatusCode.BadRequest),
            (DashboardFactory.Organizer, DashboardFactory.Password, "/x\0y", HttpStatusCode.BadRequest),
            ("a\r\nb", "\u2028", "/\r\n", HttpStatusCode.Redirect),
        })
        {
            using var client = dashboard.Client();
            using var response = await SignIn.PostAsync(client, name, password, returnUrl);
            Assert.Equal(status, response.StatusCode);
            if (status == HttpStatusCode.Redirect)
            {
                Assert.Equal("/account/login?error=failed&returnUrl=%2F", response.Headers.Location!.OriginalString);
            }
        }

        // A password of a megabyte: too large a form, not an error (and not read whole). The server answers 413 as soon
        // as the form passes its limit and closes the connection; on a busy machine the client may still be sending the
        // rest and then sees the connection closed instead of the answer (a broken pipe): the server refused the body in
        // both cases. Any answer it does give must be 413, and the requests below show it still serves.
        using (var client = dashboard.Client())
        {
            HttpStatusCode? status;
            try
            {
                using var huge = await SignIn.PostAsync(client, DashboardFactory.Organizer, new string('x', 1 << 20));
                status = huge.StatusCode;
            }
            catch (HttpRequestException e) when (e.InnerException is IOException)
            {
                status = null;
            }

            Assert.True(status is null or HttpStatusCode.RequestEntityTooLarge, $"answered {status}");
        }

        // The same fields posted to sign out, and the login page given such a return URL.
        using var signedIn = dashboard.Client();
        await SignIn.AsAsync(signedIn, DashboardFactory.Organizer);
        using (var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = "x", ["other"] = "\0" }))
        using (var logout = await signedIn.PostAsync(new Uri("/account/logout", UriKind.Relative), content, TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.BadRequest, logout.StatusCode);
        }

        using var page = await dashboard.Client().GetAsync(new Uri("/account/login?returnUrl=/%00/%09x", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Redirects_never_echo_the_host_header()
    {
        await using var dashboard = LiveDashboard.Start((await ServedSeason.SharedAsync()).Warehouse);
        using var client = dashboard.Client();
        foreach (var path in new[] { "/organizer", "/committee", "/organizer/tracks/T06?season=2024-JS" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
            request.Headers.Host = "evil.example";
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var location = response.Headers.Location!;
            Assert.False(location.IsAbsoluteUri, $"{path}: {location}");
            Assert.StartsWith("/account/login?ReturnUrl=", location.OriginalString, StringComparison.Ordinal);
            Assert.DoesNotContain("evil.example", location.OriginalString, StringComparison.OrdinalIgnoreCase);
        }

        // A committee member sent to the denied page: the same.
        await SignIn.AsAsync(client, DashboardFactory.Committee("NT"));
        using var denied = new HttpRequestMessage(HttpMethod.Get, new Uri("/organizer", UriKind.Relative));
        denied.Headers.Host = "evil.example";
        using var answer = await client.SendAsync(denied, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.False(answer.Headers.Location!.IsAbsoluteUri, answer.Headers.Location.ToString());
        Assert.StartsWith("/account/denied", answer.Headers.Location.OriginalString, StringComparison.Ordinal);
    }
}
