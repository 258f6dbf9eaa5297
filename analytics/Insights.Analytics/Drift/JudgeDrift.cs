namespace Insights.Analytics.Drift;

/// <summary>
/// The drift assessment of one judge: the least-squares slope of the judge's own part of the score
/// (score − fixed effects − project BLUP) on time in days.
/// </summary>
/// <param name="Judge">Zero-based judge index.</param>
/// <param name="Status">Tested, or why not; the statistics are <see cref="double.NaN"/> when not tested.</param>
/// <param name="Scores">The judge's scores in the input.</param>
/// <param name="Days">Distinct calendar days among the judge's scores.</param>
/// <param name="SpanDays">Days from the judge's first to last score.</param>
/// <param name="Slope">The OLS slope, in score points per day.</param>
/// <param name="StandardError">The OLS standard error of the slope, √(s² / Sxx), s² on n − 2 degrees of freedom.</param>
/// <param name="T">The test statistic slope / SE.</param>
/// <param name="PValue">Two-sided normal p-value of <paramref name="T"/>, not adjusted for multiplicity.</param>
/// <param name="TotalChange">The fitted change over the scoring period, slope × <paramref name="SpanDays"/>, in score points.</param>
public sealed record JudgeDrift(
    int Judge,
    DriftStatus Status,
    int Scores,
    int Days,
    double SpanDays,
    double Slope,
    double StandardError,
    double T,
    double PValue,
    double TotalChange);
