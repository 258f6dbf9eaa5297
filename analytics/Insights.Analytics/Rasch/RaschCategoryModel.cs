namespace Insights.Analytics.Rasch;

/// <summary>
/// Category probabilities of the Andrich rating-scale model: log(P_k / P_(k-1)) = eta - F_k, k = 1..m, with
/// eta = B_n - C_j - D_i, and the moments of the rating that the estimation and the fit statistics need.
/// </summary>
internal static class RaschCategoryModel
{
    /// <summary>Writes P_0..P_m for <paramref name="eta"/> into <paramref name="probabilities"/> (length m + 1).</summary>
    /// <param name="eta">The linear predictor in logits.</param>
    /// <param name="thresholds">F_1..F_m (length m).</param>
    /// <param name="probabilities">Receives the m + 1 category probabilities.</param>
    public static void Probabilities(double eta, ReadOnlySpan<double> thresholds, Span<double> probabilities)
    {
        var m = thresholds.Length;
        probabilities[0] = 0;
        var max = 0.0;
        for (var k = 1; k <= m; k++)
        {
            probabilities[k] = probabilities[k - 1] + eta - thresholds[k - 1];
            max = Math.Max(max, probabilities[k]);
        }

        var sum = 0.0;
        for (var k = 0; k <= m; k++)
        {
            probabilities[k] = Math.Exp(probabilities[k] - max);
            sum += probabilities[k];
        }

        for (var k = 0; k <= m; k++)
        {
            probabilities[k] /= sum;
        }
    }

    /// <summary>Expected rating E, model variance W and fourth central moment C at <paramref name="eta"/>.</summary>
    /// <param name="eta">The linear predictor in logits.</param>
    /// <param name="thresholds">F_1..F_m.</param>
    /// <param name="scratch">Working space of length m + 1 (left holding the probabilities).</param>
    /// <returns>(E, W, C) on the 0-based category scale.</returns>
    public static (double Expected, double Variance, double Kurtosis) Moments(double eta, ReadOnlySpan<double> thresholds, Span<double> scratch)
    {
        Probabilities(eta, thresholds, scratch);
        var expected = 0.0;
        for (var k = 1; k < scratch.Length; k++)
        {
            expected += k * scratch[k];
        }

        double variance = 0, kurtosis = 0;
        for (var k = 0; k < scratch.Length; k++)
        {
            var d2 = (k - expected) * (k - expected);
            variance += d2 * scratch[k];
            kurtosis += d2 * d2 * scratch[k];
        }

        return (expected, variance, kurtosis);
    }

    /// <summary>
    /// Wilson-Hilferty standardization of a mean-square (Wright and Masters 1982; FACETS ZStd):
    /// t = (MS^(1/3) - 1)(3 / q) + q / 3, q being the model standard deviation of the mean-square.
    /// </summary>
    /// <param name="meanSquare">Infit or outfit mean-square.</param>
    /// <param name="q">Its model standard deviation.</param>
    /// <returns>The ZStd, or NaN when q is not positive.</returns>
    public static double WilsonHilferty(double meanSquare, double q) =>
        q > 0 && meanSquare >= 0 ? ((Math.Cbrt(meanSquare) - 1) * 3 / q) + (q / 3) : double.NaN;
}
