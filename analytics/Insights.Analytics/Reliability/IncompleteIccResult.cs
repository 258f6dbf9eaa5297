namespace Insights.Analytics.Reliability;

/// <summary>
/// The intraclass correlations of a rating matrix with missing scores, by psych::ICC's <c>lmer = TRUE</c> route
/// (<see cref="IntraclassCorrelation.ComputeIncomplete"/>), with the REML variance components they come from
/// (psych's <c>$lme</c> table: ID, Items, Residual).
/// </summary>
/// <param name="Icc">The six ICCs; its mean squares are rebuilt from the variance components, and its F, df, p and
/// bounds are psych's nominal complete-design values (see <see cref="IntraclassCorrelation.ComputeIncomplete"/>).</param>
/// <param name="Scores">Number of observed (non-missing) scores the model was fitted to.</param>
/// <param name="ProjectVariance">σp², the variance of the project random intercept (psych: ID).</param>
/// <param name="JudgeVariance">σj², the variance of the judge random intercept (psych: Items).</param>
/// <param name="ResidualVariance">σ², the residual variance (psych: Residual).</param>
/// <param name="Converged">Whether the REML optimizer met its tolerance within its evaluation budget.</param>
/// <param name="ActualRaters">The average-measure ICCs for the mean of the raters a project actually had: k = the
/// harmonic mean of the raters per scored project (<see cref="IntraclassCorrelation.MeanOfRaters"/>), not the number
/// of columns that <paramref name="Icc"/>'s "k" ICCs use.</param>
public sealed record IncompleteIccResult(
    IccResult Icc,
    int Scores,
    double ProjectVariance,
    double JudgeVariance,
    double ResidualVariance,
    bool Converged,
    AverageMeasureIcc ActualRaters);
