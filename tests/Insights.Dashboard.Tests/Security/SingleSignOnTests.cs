using System.Security.Claims;
using Insights.Dashboard.Security;
using Insights.Dashboard.Tests.Support;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Dashboard.Tests.Security;

/// <summary>
/// Optional single sign-on: off without configuration, the OpenID Connect scheme registered with it, and the mapping
/// of an identity provider's claims to the Insights role and committee (refusing tokens without a role).
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
        });
        var registered = configured.Services.GetRequiredService<IAuthenticationSchemeProvider>();
        Assert.NotNull(await registered.GetSchemeAsync(SingleSignOn.Scheme));
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

        var member = SingleSignOn.Map(Token(("sub", "42"), ("insights_role", "committee"), ("insights_committee", "SZ")), "insights_role", "insights_committee");
        Assert.Equal("SZ", member!.FindFirstValue(DashboardPolicies.CommitteeClaim));

        Assert.Null(SingleSignOn.Map(Token(("sub", "1"), ("insights_role", "committee")), "insights_role", "insights_committee"));
        Assert.Null(SingleSignOn.Map(Token(("sub", "2"), ("insights_role", "admin")), "insights_role", "insights_committee"));
        Assert.Null(SingleSignOn.Map(Token(("sub", "3")), "insights_role", "insights_committee"));
    }
}
