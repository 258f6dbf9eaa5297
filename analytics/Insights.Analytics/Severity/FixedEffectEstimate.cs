namespace Insights.Analytics.Severity;

/// <summary>
/// A fixed-effect coefficient under treatment coding: term 0 is the intercept
/// (the mean of criterion 0), term c (c ≥ 1) is criterion c minus criterion 0.
/// </summary>
/// <param name="Term">Zero-based term index: 0 = intercept, c = contrast of criterion c against criterion 0.</param>
/// <param name="Estimate">The REML (generalized least squares) estimate, in score points.</param>
/// <param name="StandardError">Standard error, as lme4's <c>vcov</c>: σ̂² (R_X'R_X)⁻¹.</param>
public sealed record FixedEffectEstimate(int Term, double Estimate, double StandardError);
