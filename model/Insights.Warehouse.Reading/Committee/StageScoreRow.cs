namespace Insights.Warehouse.Reading.Committee;

/// <summary>
/// One stage of a track, or of the division, in points of the 100-point total (rpt_committee_scores): the spread of
/// the projects' mean totals, the judges' disagreement and severities, the panels' one-way ICCs. Undefined values are null.
/// </summary>
/// <param name="Stage">The stage code.</param>
/// <param name="Track">The track code, or null for the division.</param>
/// <param name="Projects">Projects scored.</param>
/// <param name="Min">Lowest project mean.</param>
/// <param name="Q1">First quartile of the project means.</param>
/// <param name="Median">Median project mean.</param>
/// <param name="Q3">Third quartile of the project means.</param>
/// <param name="Max">Highest project mean.</param>
/// <param name="Mean">Mean of the project means.</param>
/// <param name="JudgeSd">Mean over projects of the standard deviation of their judges' totals.</param>
/// <param name="Judges">Judges.</param>
/// <param name="SeveritySd">Standard deviation of the judges' severities (mean of own total minus the project's mean).</param>
/// <param name="SeverityIqr">Interquartile range of the judges' severities.</param>
/// <param name="Panels">Panels with at least two projects.</param>
/// <param name="Icc1">Mean one-way ICC(1) of the panels.</param>
/// <param name="Icc1k">Mean one-way ICC(1,k) of the panels.</param>
public sealed record StageScoreRow(
    string Stage, string? Track, long Projects, double? Min, double? Q1, double? Median, double? Q3, double? Max, double? Mean, double? JudgeSd,
    long Judges, double? SeveritySd, double? SeverityIqr, long Panels, double? Icc1, double? Icc1k);
