namespace Insights.Analytics.Severity;

/// <summary>
/// The conditional mode (BLUP) of one level of a random intercept, with its conditional standard deviation.
/// </summary>
/// <param name="Level">Zero-based level index (judge or project).</param>
/// <param name="ConditionalMode">The conditional mode in score points, as lme4's <c>ranef</c>.</param>
/// <param name="ConditionalSd">
/// The conditional standard deviation, as lme4's <c>ranef(..., condVar = TRUE)</c>: the square root of the
/// diagonal of σ̂² Λ (Λ'Z'ZΛ + I)⁻¹ Λ', given the fixed effects (their uncertainty is not included).
/// </param>
public sealed record RandomEffectEstimate(int Level, double ConditionalMode, double ConditionalSd);
