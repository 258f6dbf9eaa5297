using System.Net;
using System.Text.RegularExpressions;

namespace Insights.Dashboard.Tests.Support;

/// <summary>Signs a test client in as a browser does: fetch the form (cookie and anti-forgery token), post it.</summary>
public static partial class SignIn
{
    /// <summary>Posts the sign-in form; the client keeps the cookie when it succeeds.</summary>
    /// <param name="client">A client of <see cref="DashboardFactory"/> that does not follow redirects.</param>
    /// <param name="name">Sign-in name.</param>
    /// <param name="password">Password.</param>
    /// <returns>Where the server redirected to.</returns>
    public static async Task<string> AsAsync(HttpClient client, string name, string password = DashboardFactory.Password)
    {
        ArgumentNullException.ThrowIfNull(client);
        var form = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative), TestContext.Current.CancellationToken);
        var token = Token().Match(form);
        Assert.True(token.Success, "no anti-forgery token in the sign-in form");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["name"] = name,
            ["password"] = password,
            ["returnUrl"] = "/",
        });
        using var response = await client.PostAsync(new Uri("/account/signin", UriKind.Relative), content, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
