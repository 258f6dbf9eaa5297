namespace Insights.Reports;

/// <summary>A panel's reliability (analytics_panel).</summary>
/// <param name="Stage">The stage.</param>
/// <param name="PanelId">The panel.</param>
/// <param name="Judges">Judges.</param>
/// <param name="Projects">Projects.</param>
/// <param name="Icc2">ICC(2,1): one judge's reliability.</param>
/// <param name="Icc2k">ICC(2,k): the panel mean's reliability.</param>
/// <param name="KendallW">Kendall's W.</param>
public sealed record ReportPanel(string Stage, string PanelId, int Judges, int Projects, double? Icc2, double? Icc2k, double? KendallW);
