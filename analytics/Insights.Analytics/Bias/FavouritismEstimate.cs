namespace Insights.Analytics.Bias;

/// <summary>
/// The favouritism bonus of one judge: the coefficient of the affiliated flag when his mean mark per project is
/// regressed on the other judges' mean mark and the flag, in score points (his severity and scale use are removed).
/// </summary>
/// <param name="Judge">Zero-based judge index.</param>
/// <param name="Affiliated">Number of affiliated projects the judge scored.</param>
/// <param name="Unaffiliated">Number of unaffiliated projects the judge scored.</param>
/// <param name="Bonus">The bonus in score points (per criterion mark).</param>
/// <param name="StandardError">Standard error of the bonus (ordinary least squares).</param>
/// <param name="Lower">Lower confidence limit.</param>
/// <param name="Upper">Upper confidence limit.</param>
/// <param name="PValue">One-sided permutation p-value, (1 + #{permuted ≥ observed}, of the sum of the null-model residuals over the affiliated projects) / (1 + permutations).</param>
public sealed record FavouritismEstimate(
    int Judge,
    int Affiliated,
    int Unaffiliated,
    double Bonus,
    double StandardError,
    double Lower,
    double Upper,
    double PValue);
