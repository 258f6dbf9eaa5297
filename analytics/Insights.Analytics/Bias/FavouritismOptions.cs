namespace Insights.Analytics.Bias;

/// <summary>
/// Settings of <see cref="Favouritism"/>.
/// </summary>
/// <param name="Permutations">Largest number of relabellings of the affiliated flags per judge: every labelling is
/// enumerated when there are at most this many, else this many are drawn at random.</param>
/// <param name="Seed">Seed of the permutation generator (each judge uses Seed + judge index).</param>
/// <param name="Alpha">False discovery rate q of the Benjamini-Hochberg procedure over the judges tested (one call,
/// or the caller's family, see <see cref="Favouritism.Flag"/>).</param>
/// <param name="PracticalShare">The bonus must exceed this share of the criterion scale range (0.03 = 3 points on
/// 0-100) to be flagged; error beyond twice that.</param>
/// <param name="MinAffiliated">Fewest affiliated projects for a judge to be tested.</param>
/// <param name="MinUnaffiliated">Fewest unaffiliated projects for a judge to be tested.</param>
/// <param name="ConfidenceZ">Normal quantile of the confidence interval (1.96: 95 %).</param>
/// <param name="MaterialShare">The bonus, as a share of the scale range, that a judge reported clean must have been
/// detectable with <paramref name="Power"/> (0.10 = 10 points on 0-100); a larger minimum detectable effect makes the
/// judge untestable.</param>
/// <param name="Power">Power of the minimum detectable effect.</param>
public sealed record FavouritismOptions(
    int Permutations = 2000,
    int Seed = 20240601,
    double Alpha = 0.05,
    double PracticalShare = 0.03,
    int MinAffiliated = 2,
    int MinUnaffiliated = 3,
    double ConfidenceZ = 1.96,
    double MaterialShare = 0.10,
    double Power = 0.80)
{
    /// <summary>The default settings.</summary>
    public static FavouritismOptions Default { get; } = new();
}
