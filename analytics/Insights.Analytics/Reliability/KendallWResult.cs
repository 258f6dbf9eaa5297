namespace Insights.Analytics.Reliability;

/// <summary>Kendall's coefficient of concordance with its chi-square test.</summary>
/// <param name="W">The tie-corrected coefficient of concordance, 0 (no agreement) to 1 (identical rankings).</param>
/// <param name="ChiSquare">The test statistic m (n - 1) W.</param>
/// <param name="DegreesOfFreedom">n - 1.</param>
/// <param name="PValue">Upper-tail chi-square probability of <paramref name="ChiSquare"/>.</param>
/// <param name="S">Sum over projects of the squared deviations of their rank sums from the mean rank sum.</param>
/// <param name="TieCorrection">T: sum over judges and their groups of tied scores of t^3 - t.</param>
/// <param name="Projects">Number of projects ranked, n.</param>
/// <param name="Judges">Number of judges ranking, m.</param>
public sealed record KendallWResult(
    double W,
    double ChiSquare,
    int DegreesOfFreedom,
    double PValue,
    double S,
    double TieCorrection,
    int Projects,
    int Judges);
