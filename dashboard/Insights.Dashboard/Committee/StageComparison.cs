namespace Insights.Dashboard.Committee;

/// <summary>
/// One stage of one track as the committees compare it: the distribution of the projects' raw means, the panels'
/// reliability (means over the stage's panels) and the spread of the judges' severities. Missing values (no analysis,
/// no panel, a statistic that does not exist) are null.
/// </summary>
/// <param name="Stage">The stage code (preliminary_written, preliminary_onsite, final_roadshow).</param>
/// <param name="Projects">Projects with a raw mean.</param>
/// <param name="Min">Lowest raw mean.</param>
/// <param name="Q1">First quartile of the raw means.</param>
/// <param name="Median">Median raw mean.</param>
/// <param name="Q3">Third quartile of the raw means.</param>
/// <param name="Max">Highest raw mean.</param>
/// <param name="Mean">Mean of the raw means.</param>
/// <param name="Panels">Panels analysed.</param>
/// <param name="Icc2">Mean ICC(2,1) of the panels.</param>
/// <param name="Icc2k">Mean ICC(2,k) of the panels.</param>
/// <param name="KendallW">Mean Kendall's W of the panels (complete panels only).</param>
/// <param name="Alpha">Mean Krippendorff's alpha of the panels.</param>
/// <param name="Judges">Judges with a severity.</param>
/// <param name="SeveritySd">Standard deviation of the judges' severities (points).</param>
/// <param name="SeverityIqr">Interquartile range of the judges' severities (points).</param>
public sealed record StageComparison(
    string Stage,
    long Projects,
    double? Min,
    double? Q1,
    double? Median,
    double? Q3,
    double? Max,
    double? Mean,
    long Panels,
    double? Icc2,
    double? Icc2k,
    double? KendallW,
    double? Alpha,
    long Judges,
    double? SeveritySd,
    double? SeverityIqr);
