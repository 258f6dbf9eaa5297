namespace Insights.Reports;

/// <summary>One row of fact_finding as the report shows it.</summary>
/// <param name="Kind">The finding's kind (rule findings: their rule id).</param>
/// <param name="Source">ingest or analytics.</param>
/// <param name="Level">error or warning.</param>
/// <param name="Track">The track, if any.</param>
/// <param name="Stage">The stage, if any.</param>
/// <param name="Judge">The judge(s), if any.</param>
/// <param name="Project">The project(s), if any.</param>
/// <param name="MessageZh">Evidence in Chinese.</param>
/// <param name="MessageEn">Evidence in English.</param>
public sealed record ReportFinding(string Kind, string Source, string Level, string? Track, string? Stage, string? Judge, string? Project, string MessageZh, string MessageEn)
{
    /// <summary>Whether the finding is an error (the notice's rule broken or a strong statistical signal).</summary>
    public bool IsError => Level == "error";
}
