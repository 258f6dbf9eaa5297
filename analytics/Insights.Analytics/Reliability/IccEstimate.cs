namespace Insights.Analytics.Reliability;

/// <summary>One intraclass correlation with its F test and confidence interval, as one row of psych::ICC's results.</summary>
/// <param name="Type">Which of the six Shrout and Fleiss ICCs this is.</param>
/// <param name="Value">The ICC estimate.</param>
/// <param name="F">The F statistic testing ICC = 0 (MSB/MSW for ICC1 and ICC1k, MSB/MSE otherwise).</param>
/// <param name="Df1">Numerator degrees of freedom of <paramref name="F"/>.</param>
/// <param name="Df2">Denominator degrees of freedom of <paramref name="F"/>.</param>
/// <param name="PValue">Upper-tail probability of <paramref name="F"/>.</param>
/// <param name="LowerBound">Lower confidence bound (level 1 - alpha, two-sided).</param>
/// <param name="UpperBound">Upper confidence bound (level 1 - alpha, two-sided).</param>
public sealed record IccEstimate(
    IccType Type,
    double Value,
    double F,
    double Df1,
    double Df2,
    double PValue,
    double LowerBound,
    double UpperBound);
