namespace Insights.Analytics.Severity;

/// <summary>
/// Settings of the optimiser of the profiled REML criterion.
/// </summary>
/// <param name="MaxEvaluations">Largest number of evaluations of the REML criterion.</param>
/// <param name="Tolerance">
/// Convergence tolerance: the trust-region search stops when the step of its quadratic model in x = √θ is below
/// √Tolerance and its interpolation points lie within 1e-3 of the best one; the fallback simplex stops when the
/// spread of the criterion over its vertices is below Tolerance and its diameter in x is below √Tolerance.
/// </param>
public sealed record SeverityFitOptions(int MaxEvaluations = 2000, double Tolerance = 1e-10)
{
    /// <summary>The default settings.</summary>
    public static SeverityFitOptions Default { get; } = new();
}
