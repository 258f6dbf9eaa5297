using System.Security.Claims;
using Insights.Dashboard.Security;
using Insights.Dashboard.Tests.Support;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Insights.Dashboard.Tests.Security;

/// <summary>
/// Optional single sign-on: off without configuration, the OpenID Connect scheme registered with it (and refused
/// without the dashboard's own address, from which the callback is built whatever the Host header says), and the
/// mapping of an identity provider's claims to the Insights role and committee (refusing tokens without a role).
/// </summary>
public sealed class SingleSignOnTests
{
    [Fact]
    public async Task The_scheme_exists_only_when_configured()
    {
        var warehouse = (await ServedSeason.SharedAsync()).Warehouse;
        using (var plain = new DashboardFactory(warehouse))
        {
            var schemes = plain.Services.GetRequiredService<IAuthenticationSchemeProvider>();
            Assert.Null(await schemes.GetSchemeAsync(SingleSignOn.Scheme));
        }

        using var configured = new DashboardFactory(warehouse).WithWebHostBuilder(b =>
        {
            b.UseSetting("Authentication:OpenIdConnect:Authority", "https://sso.example.gov.cn");
            b.UseSetting("Authentication:OpenIdConnect:ClientId", "insights");
            b.UseSetting("Authentication:OpenIdConnect:BaseUrl", "https://insights.example.gov.cn");
        });
        var registered = configured.Services.GetRequiredService<IAuthenticationSchemeProvider>();
        Assert.NotNull(await registered.GetSchemeAsync(SingleSignOn.Scheme));
    }

    [Fact]
    public async Task Without_a_base_url_single_sign_on_does_not_start()
    {
        using var factory = new DashboardFactory((await ServedSeason.SharedAsync()).Warehouse).WithWebHostBuilder(b =>
        {
            b.UseSetting("Authentication:OpenIdConnect:Authority", "https://sso.example.gov.cn");
            b.UseSetting("Authentication:OpenIdConnect:ClientId", "insights");
        });
        var error = Assert.Throws<InvalidOperationException>(() => factory.Services);
        Assert.Contains("BaseUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_callback_sent_to_the_identity_provider_is_the_configured_address_not_the_host_header()
    {
        using var factory = new DashboardFactory((await ServedSeason.SharedAsync()).Warehouse).WithWebHostBuilder(b =>
        {
            b.UseSetting("Authentication:OpenIdConnect:Authority", "https://sso.example.gov.cn");
            b.UseSetting("Authentication:OpenIdConnect:ClientId", "insights");
            b.UseSetting("Authentication:OpenIdConnect:BaseUrl", "https://insights.example.gov.cn/");
            // The identity provider's metadata given here, so that no request leaves the machine.
            b.ConfigureTestServices(services => services.Configure<OpenIdConnectOptions>(SingleSignOn.Scheme, options =>
                options.Configuration = new OpenIdConnectConfiguration { AuthorizationEndpoint = "https://sso.example.gov.cn/authorize" }));
        });
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/account/sso?returnUrl=/%09/x", UriKind.Relative));
        request.Headers.Host = "evil.example";
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.AbsoluteUri;
        Assert.StartsWith("https://sso.example.gov.cn/authorize?", location, StringComparison.Ordinal);
        Assert.Contains("redirect_uri=" + Uri.EscapeDataString("https://insights.example.gov.cn/signin-oidc"), location, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", location, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Claims_map_to_the_role_and_committee()
    {
        static ClaimsPrincipal Token(params (string Type, string Value)[] claims) =>
            new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "oidc"));

        var organizer = SingleSignOn.Map(Token(("preferred_username", "wang"), ("insights_role", "organizer")), "insights_role", "insights_committee");
        Assert.NotNull(organizer);
        Assert.True(organizer.IsInRole("organizer"));
        Assert.Equal("wang", organizer.Identity!.Name);
        // A session id of its own, which signing out revokes (single sign-on users have no stamp in the accounts file).
        Assert.NotEqual(organizer.FindFirstValue(SessionClaims.SingleSignOnSession), SingleSignOn.Map(Token(("preferred_username", "wang"), ("insights_role", "organizer")), "insights_role", "insights_committee")!.FindFirstValue(SessionClaims.SingleSignOnSession));

        var member = SingleSignOn.Map(Token(("sub", "42"), ("insights_role", "committee"), ("insights_committee", "SZ")), "insights_role", "insights_committee");
        Assert.Equal("SZ", member!.FindFirstValue(DashboardPolicies.CommitteeClaim));

        Assert.Null(SingleSignOn.Map(Token(("sub", "1"), ("insights_role", "committee")), "insights_role", "insights_committee"));
        Assert.Null(SingleSignOn.Map(Token(("sub", "2"), ("insights_role", "admin")), "insights_role", "insights_committee"));
        Assert.Null(SingleSignOn.Map(Token(("sub", "3")), "insights_role", "insights_committee"));
    }
}
