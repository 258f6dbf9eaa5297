namespace Insights.Analytics.Severity;

/// <summary>
/// The fit of score = criterion + (1|project) + (1|judge) + error by REML.
/// </summary>
/// <param name="FixedEffects">Intercept and criterion contrasts (treatment coding, criterion 0 as reference).</param>
/// <param name="ProjectVariance">σp², the variance of the project random intercept.</param>
/// <param name="JudgeVariance">σj², the variance of the judge random intercept.</param>
/// <param name="ResidualVariance">σ², the residual variance (REML estimate pwrss / (n − p)).</param>
/// <param name="Theta">The relative standard deviations (σp/σ, σj/σ) at the optimum.</param>
/// <param name="RemlCriterion">The REML criterion (−2 × restricted log-likelihood), as lme4's <c>REMLcrit</c>.</param>
/// <param name="Judges">Conditional modes and conditional SDs of the judge effects.</param>
/// <param name="Projects">Conditional modes and conditional SDs of the project effects.</param>
/// <param name="Severities">Severity = −BLUP(judge), positive = harsher, with its standard error.</param>
/// <param name="Evaluations">Number of evaluations of the REML criterion by the optimiser.</param>
/// <param name="Converged">Whether the optimiser met its tolerance within its evaluation budget.</param>
public sealed record SeverityFit(
    IReadOnlyList<FixedEffectEstimate> FixedEffects,
    double ProjectVariance,
    double JudgeVariance,
    double ResidualVariance,
    (double Project, double Judge) Theta,
    double RemlCriterion,
    IReadOnlyList<RandomEffectEstimate> Judges,
    IReadOnlyList<RandomEffectEstimate> Projects,
    IReadOnlyList<JudgeSeverity> Severities,
    int Evaluations,
    bool Converged);
