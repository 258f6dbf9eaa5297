namespace Insights.Analytics.Anomalies;

/// <summary>A judge's severity with its two tests, before the season's false-discovery control (<see cref="SeverityTest"/>).</summary>
/// <param name="Judge">The judge's index in his unit.</param>
/// <param name="Severity">Within-project severity in percent of the criteria's ranges (positive = harsher).</param>
/// <param name="StandardError">Its standard error in percent.</param>
/// <param name="DegreesOfFreedom">Degrees of freedom of its t statistic.</param>
/// <param name="PValue">Two-sided p-value of severity = 0.</param>
/// <param name="PValueBeyond">One-sided p-value of |severity| ≤ the practical threshold (a minimum-effect test): small
/// when the judge is beyond the threshold with confidence.</param>
/// <param name="Reported">The severity reported for the judge, in percent: the severity model's shrunk estimate (the
/// judges.csv value) where there is one, else <paramref name="Severity"/>; the size a warning must exceed.</param>
public sealed record SeverityCandidate(int Judge, double Severity, double StandardError, double DegreesOfFreedom, double PValue, double PValueBeyond, double Reported);
