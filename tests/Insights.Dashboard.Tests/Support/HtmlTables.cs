using System.Text.RegularExpressions;

namespace Insights.Dashboard.Tests.Support;

/// <summary>Reads the tables of a report page (tables marked <c>data-table="name"</c>) from its decoded HTML.</summary>
public static partial class HtmlTables
{
    /// <summary>The body cells of the table marked data-table="name", tags stripped; a link to a finding is its full id.</summary>
    /// <param name="page">The page, HTML-decoded.</param>
    /// <param name="name">The table's data-table name.</param>
    /// <returns>Rows of cells (empty when the page has no such table).</returns>
    public static List<List<string>> Cells(string page, string name)
    {
        var table = Regex.Match(page, $"<table data-table=\"{Regex.Escape(name)}\">(.*?)</table>", RegexOptions.Singleline);
        if (!table.Success)
        {
            return [];
        }

        var body = Regex.Match(table.Groups[1].Value, "<tbody>(.*?)</tbody>", RegexOptions.Singleline).Groups[1].Value;
        return [.. Row().Matches(body).Select(row => Cell().Matches(row.Groups[1].Value).Select(c => FindingLink().Match(c.Groups[1].Value) is { Success: true } link
            ? link.Groups[1].Value : Tag().Replace(c.Groups[1].Value, "").Trim()).ToList())];
    }

    /// <summary>The body cells of every table marked data-table="name-…" (one per group), in the page's order.</summary>
    /// <param name="page">The page, HTML-decoded.</param>
    /// <param name="name">The tables' name before the group.</param>
    /// <returns>Rows of cells.</returns>
    public static List<List<string>> GroupedCells(string page, string name) =>
        [.. Regex.Matches(page, $"<table data-table=\"({Regex.Escape(name)}-[^\"]+)\">").Select(m => m.Groups[1].Value).Distinct().SelectMany(group => Cells(page, group))];

    /// <summary>The numbers of the summary box (entries, finalists, awards, findings, errors, warnings), in order.</summary>
    /// <param name="page">The page, HTML-decoded.</param>
    /// <returns>The numbers as shown.</returns>
    public static List<string> Summary(string page)
    {
        var box = Regex.Match(page, "<section class=\"summary\"[^>]*>(.*?)</section>", RegexOptions.Singleline);
        return [.. Regex.Matches(box.Groups[1].Value, "<dd>(.*?)</dd>", RegexOptions.Singleline).Select(m => Tag().Replace(m.Groups[1].Value, "").Trim())];
    }

    [GeneratedRegex("<tr[^>]*>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex("<a href=\"/organizer/findings/([^\"]+)\"")]
    private static partial Regex FindingLink();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
