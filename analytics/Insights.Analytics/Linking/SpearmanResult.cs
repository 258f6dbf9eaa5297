namespace Insights.Analytics.Linking;

/// <summary>Spearman's rank correlation with its two-sided p-value.</summary>
/// <param name="Rho">Pearson correlation of the mid-ranks; NaN when a vector is constant.</param>
/// <param name="PValue">Two-sided p-value by <paramref name="Method"/>: min(1, 2 min(P(ρ* ≥ ρ), P(ρ* ≤ ρ))) for the exact test.</param>
/// <param name="Method">How <paramref name="PValue"/> was obtained.</param>
/// <param name="TStatistic">ρ √((n - 2) / (1 - ρ²)); infinite when |ρ| = 1.</param>
/// <param name="TApproximationPValue">The t-approximation's two-sided p-value, reported whatever the method (R's cor.test with ties or exact = FALSE).</param>
/// <param name="N">Number of pairs.</param>
/// <param name="HasTies">Whether either vector has tied values (mid-ranks were used).</param>
public sealed record SpearmanResult(
    double Rho,
    double PValue,
    SpearmanPValueMethod Method,
    double TStatistic,
    double TApproximationPValue,
    int N,
    bool HasTies);
