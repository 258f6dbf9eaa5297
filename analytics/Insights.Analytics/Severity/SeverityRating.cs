namespace Insights.Analytics.Severity;

/// <summary>
/// One score in long format: a judge scored a project on a criterion.
/// Indices are zero-based and dense (0 .. count - 1 within each facet).
/// </summary>
/// <param name="Judge">Zero-based judge index.</param>
/// <param name="Project">Zero-based project index.</param>
/// <param name="Criterion">Zero-based criterion index; criterion 0 is the reference level of the fixed effects.</param>
/// <param name="Score">The score, in score points.</param>
public readonly record struct SeverityRating(int Judge, int Project, int Criterion, double Score);
