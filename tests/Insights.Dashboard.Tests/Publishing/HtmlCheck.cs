using System.Text.RegularExpressions;

namespace Insights.Dashboard.Tests.Publishing;

/// <summary>
/// A minimal well-formedness check of a static page: a doctype, <c>html</c> with a <c>lang</c>, a non-empty
/// <c>title</c>, and every element closed in order (void elements and self-closed SVG elements aside; style and
/// script contents and comments skipped).
/// </summary>
internal static partial class HtmlCheck
{
    private static readonly HashSet<string> s_void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    /// <summary>The problems of a page, none when it is well formed.</summary>
    /// <param name="html">The page.</param>
    /// <returns>Problems.</returns>
    public static List<string> Problems(string html)
    {
        var problems = new List<string>();
        if (!html.StartsWith("<!DOCTYPE html>", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add("no doctype");
        }

        if (!HtmlLang().IsMatch(html))
        {
            problems.Add("no <html lang>");
        }

        if (Title().Match(html) is not { Success: true } title || title.Groups[1].Value.Trim().Length == 0)
        {
            problems.Add("no title");
        }

        var body = Skipped().Replace(html, "");
        var open = new Stack<string>();
        foreach (Match tag in Tag().Matches(body))
        {
            var name = tag.Groups[2].Value.ToLowerInvariant();
            if (tag.Groups[1].Value == "/")
            {
                if (open.Count == 0 || open.Peek() != name)
                {
                    problems.Add($"</{name}> closes {(open.Count == 0 ? "nothing" : "<" + open.Peek() + ">")} at {tag.Index}");
                    return problems;
                }

                open.Pop();
            }
            else if (!s_void.Contains(name) && !tag.Groups[3].Value.TrimEnd().EndsWith('/'))
            {
                open.Push(name);
            }
        }

        if (open.Count > 0)
        {
            problems.Add($"unclosed: {string.Join(", ", open)}");
        }

        return problems;
    }

    [GeneratedRegex("<html[^>]* lang=\"[a-zA-Z-]+\"")]
    private static partial Regex HtmlLang();

    [GeneratedRegex("<title>([^<]*)</title>")]
    private static partial Regex Title();

    [GeneratedRegex("<!--.*?-->|<!DOCTYPE[^>]*>|<style[^>]*>.*?</style>|<script[^>]*>.*?</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Skipped();

    [GeneratedRegex("<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>")]
    private static partial Regex Tag();
}
