namespace Insights.Reports.Resources;

/// <summary>
/// The fairness report's texts, the one translation of the page, the HTML file and the PDF: ReportStrings.resx in
/// Chinese (the default), ReportStrings.en.resx in English; read through <c>IStringLocalizer&lt;ReportStrings&gt;</c>.
/// </summary>
public sealed class ReportStrings;
