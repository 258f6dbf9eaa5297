namespace Insights.Analytics.Reliability;

/// <summary>
/// The six Shrout and Fleiss (1979) intraclass correlations and the mean squares behind them: the two-way ANOVA of a
/// complete rating matrix (<see cref="IntraclassCorrelation.Compute"/>), or, on psych's lmer route
/// (<see cref="IntraclassCorrelation.FromVarianceComponents"/>, <see cref="IntraclassCorrelation.ComputeIncomplete"/>),
/// mean squares rebuilt from REML variance components: MSB = k σp² + σ², MSW = σ² + σj², MSJ = n σj² + σ², MSE = σ².
/// </summary>
/// <param name="Projects">Number of projects (targets, rows), n.</param>
/// <param name="Judges">Number of judges (columns), k.</param>
/// <param name="MsBetweenProjects">MSB: between-projects mean square, df n - 1.</param>
/// <param name="MsWithinProjects">MSW: within-projects mean square of the one-way model, df n (k - 1).</param>
/// <param name="MsJudges">MSJ: between-judges mean square, df k - 1.</param>
/// <param name="MsError">MSE: residual mean square of the two-way model, df (n - 1)(k - 1).</param>
/// <param name="Icc1">ICC1: one-way random, single judge.</param>
/// <param name="Icc2">ICC2: two-way random, absolute agreement, single judge.</param>
/// <param name="Icc3">ICC3: two-way mixed, consistency, single judge.</param>
/// <param name="Icc1k">ICC1k: one-way random, mean of k judges.</param>
/// <param name="Icc2k">ICC2k: two-way random, absolute agreement, mean of k judges.</param>
/// <param name="Icc3k">ICC3k: two-way mixed, consistency, mean of k judges.</param>
public sealed record IccResult(
    int Projects,
    int Judges,
    double MsBetweenProjects,
    double MsWithinProjects,
    double MsJudges,
    double MsError,
    IccEstimate Icc1,
    IccEstimate Icc2,
    IccEstimate Icc3,
    IccEstimate Icc1k,
    IccEstimate Icc2k,
    IccEstimate Icc3k)
{
    /// <summary>The six estimates in psych's order: ICC1, ICC2, ICC3, ICC1k, ICC2k, ICC3k.</summary>
    public IReadOnlyList<IccEstimate> All => [Icc1, Icc2, Icc3, Icc1k, Icc2k, Icc3k];

    /// <summary>The estimate of the given type.</summary>
    /// <param name="type">Which ICC.</param>
    /// <returns>The matching estimate.</returns>
    public IccEstimate this[IccType type] => type switch
    {
        IccType.Icc1 => Icc1,
        IccType.Icc2 => Icc2,
        IccType.Icc3 => Icc3,
        IccType.Icc1k => Icc1k,
        IccType.Icc2k => Icc2k,
        IccType.Icc3k => Icc3k,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown ICC type."),
    };
}
