using System.Net;
using System.Text.RegularExpressions;
using Insights.Dashboard.Tests.Support;
using UglyToad.PdfPig;

namespace Insights.Dashboard.Tests.Reports;

/// <summary>
/// One report, three formats: the organizer page, the HTML file and the A4 PDF of a track are rendered by the same
/// components from the same rows, so they show the same numbers. The page and the HTML file are compared table by
/// table; the PDF (read back with PdfPig) must hold every number of the summary box and of the judges' and panels'
/// tables, on A4 pages.
/// </summary>
public sealed partial class ReportFormatsTests
{
    /// <summary>Tables without finding links, so the page and the file show the same cells.</summary>
    private static readonly string[] s_tables = ["judges", "panels", "connectivity", "stage-link", "finalists", "unstable", "decisions", "reconsideration"];

    [Fact]
    public async Task The_page_the_HTML_file_and_the_PDF_show_the_same_numbers()
    {
        using var factory = new DashboardFactory((await ServedSeason.SharedAsync()).Warehouse);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await SignIn.AsAsync(client, DashboardFactory.Organizer);
        var page = WebUtility.HtmlDecode(await TextAsync(client, "/organizer/tracks/T06"));
        var file = WebUtility.HtmlDecode(await TextAsync(client, "/reports/2024-JS/T06/report.html"));

        var summary = HtmlTables.Summary(page);
        Assert.Equal(6, summary.Count);
        Assert.Equal(summary, HtmlTables.Summary(file));
        var compared = 0;
        foreach (var table in s_tables)
        {
            var shown = HtmlTables.Cells(page, table);
            Assert.Equal(shown, HtmlTables.Cells(file, table));
            compared += shown.Count;
        }

        Assert.True(compared >= 30, $"{compared} rows compared");
        // The file lists at most 25 findings of a kind; the page all of them: the file's rows are the page's first ones.
        Assert.Equal(HtmlTables.GroupedCells(page, "findings").Count, int.Parse(summary[3], System.Globalization.CultureInfo.InvariantCulture));

        using var response = await client.GetAsync(new Uri("/reports/2024-JS/T06/report.pdf", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        var words = new List<string>();
        foreach (var p in pdf.GetPages())
        {
            // A4 is 210 × 297 mm = 595.3 × 841.9 points.
            Assert.InRange(p.Width, 594.0, 597.0);
            Assert.InRange(p.Height, 840.0, 843.0);
            words.AddRange(p.GetWords().Select(w => w.Text));
        }

        Assert.True(pdf.NumberOfPages >= 3, $"{pdf.NumberOfPages} pages");
        var printed = Numbers(string.Join(' ', words)).GroupBy(n => n).ToDictionary(g => g.Key, g => g.Count());
        var expected = summary.Concat(HtmlTables.Cells(file, "judges").Concat(HtmlTables.Cells(file, "panels")).SelectMany(row => row.SelectMany(Numbers)))
            .Where(n => n.Length > 0).GroupBy(n => n).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(expected.Count >= 20, $"{expected.Count} distinct numbers");
        var missing = expected.Where(e => printed.GetValueOrDefault(e.Key) < e.Value).Select(e => $"{e.Key} ×{e.Value} (printed {printed.GetValueOrDefault(e.Key)})").ToList();
        Assert.True(missing.Count == 0, "numbers of the HTML file missing from the PDF: " + string.Join(", ", missing.Take(20)));
        // Chinese text survives printing (the CJK font is embedded, not empty boxes).
        Assert.Contains(words, w => w.Contains("评委", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Numbers(string text) => Number().Matches(text.Replace('\u2212', '-')).Select(m => m.Value);

    private static async Task<string> TextAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    [GeneratedRegex(@"-?\d+(?:\.\d+)?")]
    private static partial Regex Number();
}
