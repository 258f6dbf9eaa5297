namespace Insights.Analytics.Bias;

/// <summary>
/// Settings of <see cref="Favouritism"/>.
/// </summary>
/// <param name="Permutations">Number of random relabellings of the affiliated flags per judge.</param>
/// <param name="Seed">Seed of the permutation generator (each judge uses Seed + judge index).</param>
/// <param name="Alpha">Family-wise level; a judge is flagged when p &lt; Alpha / family size (Bonferroni).</param>
/// <param name="PracticalShare">The bonus must exceed this share of the criterion scale range (0.03 = 3 points on
/// 0-100); error beyond twice that.</param>
/// <param name="MinAffiliated">Fewest affiliated projects for a judge to be tested.</param>
/// <param name="MinUnaffiliated">Fewest unaffiliated projects for a judge to be tested.</param>
/// <param name="ConfidenceZ">Normal quantile of the confidence interval (1.96: 95 %).</param>
/// <param name="FamilySize">Number of tests <paramref name="Alpha"/> is shared across (Bonferroni); 0 = the judges tested
/// in one call. A season-wide analysis sets it to the judges tested in all its units, and needs about
/// 20 × FamilySize / Alpha permutations for the permutation p-value to reach that level.</param>
public sealed record FavouritismOptions(
    int Permutations = 2000,
    int Seed = 20240601,
    double Alpha = 0.05,
    double PracticalShare = 0.03,
    int MinAffiliated = 2,
    int MinUnaffiliated = 3,
    double ConfidenceZ = 1.96,
    int FamilySize = 0)
{
    /// <summary>The default settings.</summary>
    public static FavouritismOptions Default { get; } = new();
}
