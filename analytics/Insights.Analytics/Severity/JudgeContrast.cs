namespace Insights.Analytics.Severity;

/// <summary>A judge's severity as a within-project contrast (<see cref="JudgeContrasts"/>).</summary>
/// <param name="Judge">The judge's index.</param>
/// <param name="Severity">How much lower than the unit's average judge he marks the same projects, in percent of the
/// criteria's ranges (positive = harsher).</param>
/// <param name="StandardError">Its standard error, in percent, with the day design effect.</param>
/// <param name="DegreesOfFreedom">Residual degrees of freedom of the sheet model (n − P − J + components).</param>
/// <param name="Sheets">Sheets (projects) the judge marked.</param>
/// <param name="DesignEffect">The Kish design effect of his days applied to the variance (1 without dates).</param>
public sealed record JudgeContrast(int Judge, double Severity, double StandardError, double DegreesOfFreedom, int Sheets, double DesignEffect);
