namespace Insights.Analytics.Severity;

/// <summary>The penalized least squares solution at one θ.</summary>
/// <param name="Deviance">The REML criterion.</param>
/// <param name="Pwrss">Penalized residual sum of squares ‖y − Xβ − ZΛu‖² + ‖u‖².</param>
/// <param name="Beta">Fixed effects.</param>
/// <param name="UJudge">Spherical judge modes u (b = θj u).</param>
/// <param name="UProject">Spherical project modes u (b = θp u).</param>
/// <param name="Factor">
/// Lower Cholesky factor of the absorbed system over judges then fixed effects: the design's reused buffer, valid
/// until its next solve.
/// </param>
/// <param name="LogDetProjects">Sum of the log diagonal of the absorbed project block.</param>
internal sealed record PlsSolution(
    double Deviance,
    double Pwrss,
    double[] Beta,
    double[] UJudge,
    double[] UProject,
    DenseCholesky Factor,
    double LogDetProjects);
