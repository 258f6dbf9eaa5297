using System.Globalization;
using Insights.Analytics.Linking;

namespace Insights.Analytics.Tests.Linking;

/// <summary>
/// <see cref="SpearmanCorrelation"/> against ReferenceData/Linking/spearman_reference.R (R's cor.test and a
/// brute-force permutation enumeration, printed with 17 significant digits in spearman_reference.csv), to 1e-9;
/// plus limits and argument checks.
/// </summary>
public sealed class SpearmanCorrelationTests
{
    // The vectors of spearman_reference.R.
    private static readonly double[] s_noTiesX = [86.5, 72.0, 91.3, 64.8, 78.1, 69.9, 83.4, 95.0, 70.6];
    private static readonly double[] s_noTiesY = [80.2, 75.5, 88.0, 70.1, 68.4, 73.9, 90.7, 85.2, 66.0];
    private static readonly double[] s_tiesX = [88, 75, 75, 92, 61, 80, 80, 70];
    private static readonly double[] s_tiesY = [84, 79, 70, 90, 65, 79, 86, 79];

    private static readonly Lazy<Dictionary<string, double>> s_reference = new(() => File
        .ReadLines(Path.Combine(AppContext.BaseDirectory, "ReferenceData", "Linking", "spearman_reference.csv"))
        .Skip(1)
        .Select(line => line.Split(','))
        .ToDictionary(p => $"{p[0]}/{p[1]}", p => double.Parse(p[2], CultureInfo.InvariantCulture), StringComparer.Ordinal));

    [Fact]
    public void Without_ties_matches_R_exact_cor_test()
    {
        var result = SpearmanCorrelation.Compute(s_noTiesX, s_noTiesY);

        Assert.False(result.HasTies);
        Assert.Equal(SpearmanPValueMethod.ExactPermutation, result.Method);
        Assert.Equal(9, result.N);
        Assert.Equal(Reference("no_ties", "rho"), result.Rho, 1e-9);
        // n = 9 <= 9: R's AS 89 enumerates exactly, so cor.test and the brute force agree with the permutation count.
        Assert.Equal(Reference("no_ties", "p_cor_test"), result.PValue, 1e-9);
        Assert.Equal(Reference("no_ties", "p_exact"), result.PValue, 1e-9);
        Assert.Equal(Reference("no_ties", "t"), result.TStatistic, 1e-9);
        Assert.Equal(Reference("no_ties", "p_t"), result.TApproximationPValue, 1e-9);
    }

    [Fact]
    public void With_ties_matches_R_mid_rank_rho_t_approximation_and_brute_force_permutation()
    {
        var result = SpearmanCorrelation.Compute(s_tiesX, s_tiesY);

        Assert.True(result.HasTies);
        Assert.Equal(SpearmanPValueMethod.ExactPermutation, result.Method);
        Assert.Equal(Reference("ties", "rho"), result.Rho, 1e-9);
        Assert.Equal(Reference("ties", "p_exact"), result.PValue, 1e-9);
        // With ties cor.test(exact = TRUE) falls back to the t-approximation, which is reported alongside.
        Assert.Equal(Reference("ties", "p_cor_test"), result.TApproximationPValue, 1e-9);
        Assert.Equal(Reference("ties", "p_t"), result.TApproximationPValue, 1e-9);
        Assert.Equal(Reference("ties", "t"), result.TStatistic, 1e-9);
    }

    [Fact]
    public void Above_ten_pairs_the_t_approximation_is_used()
    {
        double[] x = [.. Enumerable.Range(1, 11).Select(i => (double)i)];
        double[] y = [2, 1, 4, 3, 6, 5, 8, 7, 10, 9, 11];
        var result = SpearmanCorrelation.Compute(x, y);

        Assert.Equal(SpearmanPValueMethod.TApproximation, result.Method);
        Assert.Equal(result.TApproximationPValue, result.PValue);
        // Σ d² = 10 (ten swapped neighbours): ρ = 1 - 6 · 10 / (11 · 120) = 1 - 60/1320.
        Assert.Equal(1 - (60.0 / 1320), result.Rho, 1e-14);
    }

    [Fact]
    public void Ten_pairs_enumerate_all_permutations()
    {
        // Perfect agreement of 10 pairs: only the identity reaches ρ = 1, so p = 2 / 10!.
        double[] x = [.. Enumerable.Range(1, 10).Select(i => (double)i)];
        var result = SpearmanCorrelation.Compute(x, x);
        Assert.Equal(SpearmanPValueMethod.ExactPermutation, result.Method);
        Assert.Equal(1.0, result.Rho);
        Assert.Equal(2.0 / 3_628_800, result.PValue, 1e-18);
        Assert.Equal(0.0, result.TApproximationPValue);
    }

    [Fact]
    public void Constant_vector_gives_undefined_rho_and_bad_input_throws()
    {
        var constant = SpearmanCorrelation.Compute([1, 2, 3, 4], [5, 5, 5, 5]);
        Assert.True(double.IsNaN(constant.Rho));
        Assert.Equal(SpearmanPValueMethod.Undefined, constant.Method);

        Assert.Throws<ArgumentException>(() => SpearmanCorrelation.Compute([1, 2, 3], [1, 2]));
        Assert.Throws<ArgumentException>(() => SpearmanCorrelation.Compute([1, 2], [1, 2]));
        Assert.Throws<ArgumentException>(() => SpearmanCorrelation.Compute([1, double.NaN, 3], [1, 2, 3]));
        Assert.Throws<ArgumentNullException>(() => SpearmanCorrelation.Compute(null!, [1, 2, 3]));
    }

    private static double Reference(string dataset, string field) =>
        s_reference.Value.TryGetValue($"{dataset}/{field}", out var value)
            ? value
            : throw new KeyNotFoundException($"spearman_reference.csv has no row {dataset}/{field}; rerun spearman_reference.R.");
}
