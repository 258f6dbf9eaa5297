using System.Net;
using System.Text.RegularExpressions;

namespace Insights.Dashboard.Tests.Support;

/// <summary>Signs a test client in and out as a browser does: fetch the form (cookie and anti-forgery token), post it.</summary>
public static partial class SignIn
{
    /// <summary>Posts the sign-in form; the client keeps the cookie when it succeeds.</summary>
    /// <param name="client">A client of <see cref="DashboardFactory"/> that does not follow redirects.</param>
    /// <param name="name">Sign-in name.</param>
    /// <param name="password">Password.</param>
    /// <returns>Where the server redirected to.</returns>
    public static async Task<string> AsAsync(HttpClient client, string name, string password = DashboardFactory.Password)
    {
        using var response = await PostAsync(client, name, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Posts the sign-in form with any fields and returns the answer as it is.</summary>
    /// <param name="client">A client that does not follow redirects.</param>
    /// <param name="name">Sign-in name.</param>
    /// <param name="password">Password.</param>
    /// <param name="returnUrl">The form's return URL.</param>
    /// <returns>The response (the caller disposes it).</returns>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string name, string password = DashboardFactory.Password, string returnUrl = "/")
    {
        ArgumentNullException.ThrowIfNull(client);
        var form = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative), TestContext.Current.CancellationToken);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TokenOf(form),
            ["name"] = name,
            ["password"] = password,
            ["returnUrl"] = returnUrl,
        });
        return await client.PostAsync(new Uri("/account/signin", UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    /// <summary>Signs out with the form of the top bar (its anti-forgery token taken from the home page).</summary>
    /// <param name="client">A signed-in client that does not follow redirects.</param>
    /// <returns>The response's status.</returns>
    public static async Task<HttpStatusCode> OutAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("action=\"/account/logout\"", page, StringComparison.Ordinal);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = TokenOf(page) });
        using var response = await client.PostAsync(new Uri("/account/logout", UriKind.Relative), content, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    private static string TokenOf(string page)
    {
        var token = Token().Match(page);
        Assert.True(token.Success, "no anti-forgery token in the page");
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
