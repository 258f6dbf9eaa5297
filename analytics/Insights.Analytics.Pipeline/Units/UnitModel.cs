namespace Insights.Analytics.Pipeline.Units;

/// <summary>The model settings and convergence of one unit, as summary.json reports them.</summary>
/// <param name="Unit">season/stage/track.</param>
/// <param name="Marks">Marks.</param>
/// <param name="Judges">Judges.</param>
/// <param name="Projects">Projects.</param>
/// <param name="Criteria">Criteria.</param>
/// <param name="Panels">Panels.</param>
/// <param name="Scale">ordinal (many-facet Rasch fitted) or interval.</param>
/// <param name="SeverityConverged">Whether the REML fit converged (null: not fitted).</param>
/// <param name="SeverityEvaluations">REML criterion evaluations.</param>
/// <param name="RaschConverged">Whether the Rasch JMLE converged (null: not fitted).</param>
/// <param name="RaschIterations">JMLE iterations.</param>
/// <param name="ProjectVariance">REML project variance of the unit.</param>
/// <param name="JudgeVariance">REML judge variance of the unit.</param>
/// <param name="ResidualVariance">REML residual variance of the unit.</param>
/// <param name="Components">Connected components of the unit's judge-project graph.</param>
/// <param name="CalibrationChanges">Projects whose tier the severity-adjusted ranking would change (project: tier → tier, 1 = best, 0 = none).</param>
public sealed record UnitModel(
    string Unit,
    int Marks,
    int Judges,
    int Projects,
    int Criteria,
    int Panels,
    string Scale,
    bool? SeverityConverged,
    int SeverityEvaluations,
    bool? RaschConverged,
    int RaschIterations,
    double ProjectVariance,
    double JudgeVariance,
    double ResidualVariance,
    int Components,
    IReadOnlyList<string> CalibrationChanges)
{
    /// <summary>What the stage's ranking decides and how it compares with the published awards, fair scores and
    /// standardized marks; null where the stage decides nothing.</summary>
    public AwardComparison? Awards { get; init; }
}
