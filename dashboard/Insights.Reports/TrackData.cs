namespace Insights.Reports;

/// <summary>Everything one track's report says, read from the warehouse.</summary>
/// <param name="Season">The season.</param>
/// <param name="Code">The track code.</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Committee">Hosting committee code.</param>
/// <param name="Entries">Registered projects.</param>
/// <param name="Finalists">Projects scored in the final roadshow.</param>
/// <param name="Awards">Awards.</param>
/// <param name="Findings">fact_finding rows of the track.</param>
/// <param name="Judges">Judges' severities.</param>
/// <param name="Panels">Panels' reliability.</param>
/// <param name="Link">The stage link, if analysed.</param>
/// <param name="FinalistRows">Finalists, by final rank.</param>
/// <param name="Analysed">Whether the analytics ran (otherwise only the notice's rules were checked).</param>
public sealed record TrackData(
    string Season, string Code, string NameZh, string NameEn, string Committee, int Entries, int Finalists, int Awards,
    IReadOnlyList<ReportFinding> Findings, IReadOnlyList<ReportJudge> Judges, IReadOnlyList<ReportPanel> Panels, ReportLink? Link,
    IReadOnlyList<ReportFinalist> FinalistRows, bool Analysed)
{
    /// <summary>Awards (or finalist places) kept in fewer than half of the judge resamples.</summary>
    public IReadOnlyList<ReportFinalist> Unstable => [.. FinalistRows.Where(f => f.Stability is < 0.5).OrderBy(f => f.Stability).ThenBy(f => f.ProjectId, StringComparer.Ordinal)];

    /// <summary>The track's name in a language.</summary>
    /// <param name="zh">Chinese.</param>
    /// <returns>The name.</returns>
    public string Name(bool zh) => zh ? NameZh : NameEn;

    /// <summary>The track's code and name, or the code alone where outside data names its tracks by their labels only.</summary>
    /// <param name="zh">Chinese.</param>
    /// <returns>The label.</returns>
    public string Label(bool zh) => Name(zh) == Code ? Code : $"{Code} {Name(zh)}";
}
