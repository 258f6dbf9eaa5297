namespace Insights.Analytics.Severity;

/// <summary>
/// The severity of one judge: minus the judge's conditional mode, in score points.
/// Positive means harsher (the judge scores below what the model expects of an average judge).
/// </summary>
/// <param name="Judge">Zero-based judge index.</param>
/// <param name="Severity">−BLUP(judge), in score points; positive = harsher.</param>
/// <param name="StandardError">The conditional standard deviation of the judge effect.</param>
public sealed record JudgeSeverity(int Judge, double Severity, double StandardError);
