namespace Insights.Warehouse.Reading.Reports;

/// <summary>A panel's reliability in one stage (analytics_panel).</summary>
/// <param name="Stage">The stage.</param>
/// <param name="PanelId">The panel.</param>
/// <param name="Judges">Judges.</param>
/// <param name="Projects">Projects.</param>
/// <param name="Scores">Marks.</param>
/// <param name="Icc1">ICC(1).</param>
/// <param name="Icc2">ICC(2).</param>
/// <param name="Icc3">ICC(3).</param>
/// <param name="Icc1k">ICC(1,k).</param>
/// <param name="Icc2k">ICC(2,k).</param>
/// <param name="Icc3k">ICC(3,k).</param>
/// <param name="KendallW">Kendall's W (complete panels).</param>
/// <param name="KrippAlpha">Krippendorff's alpha (interval).</param>
public sealed record PanelRow(
    string Stage, string PanelId, int Judges, int Projects, int Scores, double? Icc1, double? Icc2, double? Icc3, double? Icc1k, double? Icc2k,
    double? Icc3k, double? KendallW, double? KrippAlpha);
