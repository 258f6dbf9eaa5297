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
/// <param name="Slope">The generalized least-squares slope of the judge's sheet means on time, in score points per day.</param>
/// <param name="StandardError">Its model standard error, allowing for sheet and day-to-day effects.</param>
/// <param name="T">The test statistic slope / SE.</param>
/// <param name="PValue">Two-sided p-value of <paramref name="T"/> (Student t on <see cref="DegreesOfFreedom"/>, normal
/// when 0), not adjusted for multiplicity.</param>
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
    double TotalChange)
{
    /// <summary>The judge's sheets (projects) the slope was taken over; 0 when not tested.</summary>
    public int Sheets { get; init; }

    /// <summary>Degrees of freedom of the judge's within-day sheet variance (sheets − days − 1); 0 when the unit's
    /// median was used instead (the test is then normal).</summary>
    public int DegreesOfFreedom { get; init; }

    /// <summary>The day-to-day variance pooled over the unit's judges (score points²).</summary>
    public double DayVariance { get; init; } = double.NaN;
}
