namespace Insights.Dashboard.Security;

/// <summary>
/// The only redirect targets the dashboard accepts from a request: local paths, checked strictly, so that a link
/// cannot send users to another site and a crafted value cannot make a Location header Kestrel refuses (a 500).
/// </summary>
public static class LocalPath
{
    /// <summary>The longest return path kept.</summary>
    public const int MaxLength = 2048;

    /// <summary>The path itself when it is a safe local path, else "/".</summary>
    /// <param name="url">The requested return URL (already decoded once, as query and form values are).</param>
    /// <returns>A local path.</returns>
    public static string OrHome(string? url) => IsSafe(url) ? url : "/";

    /// <summary>
    /// Whether a URL is a safe local path: it starts with a single "/" (not "//" nor "/\", which browsers read as
    /// another host), and holds printable ASCII only (a Location header takes nothing else). The same must hold once
    /// the percent escapes are decoded (up to three times): no "//" or "/\" at the start, no control character and no
    /// whitespace, which browsers drop, so that "/%09/x" does not become "//x".
    /// </summary>
    /// <param name="url">The URL.</param>
    /// <returns>True when it may be redirected to.</returns>
    public static bool IsSafe([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? url)
    {
        if (url is not { Length: > 0 and <= MaxLength } || !StartsLocal(url) || url.Any(c => c is <= ' ' or >= '\u007f'))
        {
            return false;
        }

        var decoded = url;
        for (var round = 0; round < 3 && decoded.Contains('%', StringComparison.Ordinal); round++)
        {
            var next = Uri.UnescapeDataString(decoded);
            if (next == decoded)
            {
                break;
            }

            decoded = next;
            if (!StartsLocal(decoded) || decoded.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsLocal(string path) => path.Length > 0 && path[0] == '/' && (path.Length == 1 || path[1] is not ('/' or '\\'));
}
