namespace Insights.Analytics.Bias;

/// <summary>
/// A favouritism bonus pooled over judges: the judges' coefficients weighted by the information Σ ra² of their residualised affiliated flags.
/// </summary>
/// <param name="Bonus">The pooled bonus in score points.</param>
/// <param name="StandardError">Its standard error.</param>
/// <param name="Lower">Lower confidence limit.</param>
/// <param name="Upper">Upper confidence limit.</param>
/// <param name="Judges">Number of judges with both affiliated and unaffiliated projects.</param>
/// <param name="AffiliatedPairs">Number of affiliated (judge, project) pairs over those judges.</param>
public sealed record PooledBonus(double Bonus, double StandardError, double Lower, double Upper, int Judges, int AffiliatedPairs);
