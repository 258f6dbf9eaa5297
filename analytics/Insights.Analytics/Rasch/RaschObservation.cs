namespace Insights.Analytics.Rasch;

/// <summary>One rating in a three-facet design: a judge scores a project on a criterion.</summary>
/// <param name="Project">Zero-based project (examinee) index.</param>
/// <param name="Judge">Zero-based judge index.</param>
/// <param name="Criterion">Zero-based criterion index.</param>
/// <param name="Score">The observed integer rating on the caller's scale (for example 0..3 or 1..5).</param>
public readonly record struct RaschObservation(int Project, int Judge, int Criterion, int Score);
