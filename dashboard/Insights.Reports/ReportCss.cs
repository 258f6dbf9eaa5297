namespace Insights.Reports;

/// <summary>The report's one stylesheet (report.css, embedded): linked by nothing, inlined by every reader so the HTML file needs no other file.</summary>
public static class ReportCss
{
    private static readonly Lazy<string> s_text = new(() =>
    {
        using var stream = typeof(ReportCss).Assembly.GetManifestResourceStream("report.css")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The stylesheet's text.</summary>
    public static string Text => s_text.Value;
}
