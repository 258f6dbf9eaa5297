using System.Net;
using System.Text.RegularExpressions;

namespace Insights.Dashboard.Publishing;

/// <summary>
/// Turns a page rendered by the dashboard into a page of the static site: the app's absolute links become relative
/// links to the site's files (<c>index.html</c>, <c>participation.html</c>, <c>data.html</c>, <c>tracks/T01.html</c>,
/// <c>en/...</c>, <c>data/...</c>, <c>css/...</c>; a <c>#fragment</c> is kept), the sign-in link and the base element go.
/// </summary>
public static partial class SiteLinks
{
    /// <summary>The folder of the English pages ("" for Chinese, the default culture).</summary>
    /// <param name="culture">The culture name.</param>
    /// <returns>"" or "en/".</returns>
    public static string Prefix(string culture) => culture.StartsWith("zh", StringComparison.Ordinal) ? "" : "en/";

    /// <summary>The site file of an app path (a public page, a download), or null when the site has none.</summary>
    /// <param name="path">The app path without query, e.g. <c>/tracks/T01</c>.</param>
    /// <param name="prefix">The culture's folder (<see cref="Prefix"/>).</param>
    /// <returns>A site-relative file path, or null.</returns>
    public static string? File(string path, string prefix)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path is "/" or "")
        {
            return prefix + "index.html";
        }

        if (path == "/participation")
        {
            return prefix + "participation.html";
        }

        if (path == "/data")
        {
            return prefix + "data.html";
        }

        if (TrackPath().Match(path) is { Success: true } track)
        {
            return $"{prefix}tracks/{track.Groups[1].Value}.html";
        }

        return path.StartsWith("/data/", StringComparison.Ordinal) ? Uri.UnescapeDataString(path[1..]) : null;
    }

    /// <summary>Rewrites a rendered page for the site.</summary>
    /// <param name="html">The page as the dashboard renders it.</param>
    /// <param name="page">The page's own site path, e.g. <c>en/tracks/T01.html</c>.</param>
    /// <param name="culture">The page's culture.</param>
    /// <param name="assets">Stylesheets: the app's href (as rendered) to the site path of its copy.</param>
    /// <returns>The page with relative links.</returns>
    public static string Rewrite(string html, string page, string culture, IReadOnlyDictionary<string, string> assets)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(assets);
        var up = string.Concat(Enumerable.Repeat("../", page.Count(c => c == '/')));
        var prefix = Prefix(culture);
        var other = prefix.Length == 0 ? "en/" : "";
        html = BaseElement().Replace(html, "");
        html = SignIn().Replace(html, "");
        // The site holds one season: the season picker's form would lead to pages it does not have.
        html = SeasonPicker().Replace(html, "");
        return Href().Replace(html, match =>
        {
            var value = WebUtility.HtmlDecode(match.Groups[2].Value);
            var hash = value.IndexOf('#', StringComparison.Ordinal);
            var fragment = hash < 0 || value.StartsWith('#') ? "" : value[hash..];
            value = fragment.Length == 0 ? value : value[..hash];
            string? target;
            if (assets.TryGetValue(value, out var asset))
            {
                target = asset;
            }
            else
            {
                var query = value.IndexOf('?', StringComparison.Ordinal);
                var path = query < 0 ? value : value[..query];
                target = path == "/culture" ? File(Back(value[(query + 1)..]), other) : File(path, prefix);
            }

            return target is null ? match.Value : $"{match.Groups[1].Value}=\"{WebUtility.HtmlEncode(up + target + fragment)}\"";
        });
    }

    /// <summary>The path of the language switch's <c>back</c> value, without its query.</summary>
    private static string Back(string query)
    {
        foreach (var part in query.Split('&'))
        {
            if (part.StartsWith("back=", StringComparison.Ordinal))
            {
                var back = Uri.UnescapeDataString(part[5..]);
                var q = back.IndexOf('?', StringComparison.Ordinal);
                return q < 0 ? back : back[..q];
            }
        }

        return "/";
    }

    [GeneratedRegex("(href|src)=\"([^\"]*)\"")]
    private static partial Regex Href();

    [GeneratedRegex("""\s*<base href="[^"]*"\s*/?>""")]
    private static partial Regex BaseElement();

    [GeneratedRegex("""<a href="/account/login"[^>]*>[^<]*</a>""")]
    private static partial Regex SignIn();

    [GeneratedRegex("""\s*<form class="season-picker".*?</form>""", RegexOptions.Singleline)]
    private static partial Regex SeasonPicker();

    [GeneratedRegex("^/tracks/([A-Za-z0-9-]+)$")]
    private static partial Regex TrackPath();
}
