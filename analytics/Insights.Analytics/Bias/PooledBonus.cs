namespace Insights.Analytics.Bias;

/// <summary>
/// A favouritism bonus common to all judges: the coefficient of the affiliated flag in the within-cell model
/// y = a_cell + s_judge + b·A (cell = project × criterion), with a standard error robust to the marks of one project
/// sharing errors (clustered by project).
/// </summary>
/// <param name="Bonus">The pooled bonus in score points.</param>
/// <param name="StandardError">Its standard error: the larger of the cluster-robust (by project) and the model one.</param>
/// <param name="Lower">Lower confidence limit.</param>
/// <param name="Upper">Upper confidence limit.</param>
/// <param name="Judges">Number of judges with both affiliated and unaffiliated projects.</param>
/// <param name="AffiliatedPairs">Number of affiliated (judge, project) pairs over those judges.</param>
public sealed record PooledBonus(double Bonus, double StandardError, double Lower, double Upper, int Judges, int AffiliatedPairs);
