namespace Insights.Analytics.Linking;

/// <summary>How the p-value of a Spearman correlation was obtained.</summary>
public enum SpearmanPValueMethod
{
    /// <summary>Exact permutation distribution: all n! pairings of the (mid-)ranks, n at most <see cref="SpearmanCorrelation.MaxExactN"/>.</summary>
    ExactPermutation,

    /// <summary>Student's t with n - 2 degrees of freedom on t = ρ √((n - 2) / (1 - ρ²)).</summary>
    TApproximation,

    /// <summary>No p-value: a vector is constant and ρ is undefined.</summary>
    Undefined,
}
