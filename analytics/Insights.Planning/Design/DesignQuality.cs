namespace Insights.Planning.Design;

/// <summary>
/// How well a written design lets the analysis calibrate judges, under the additive model mark = project + judge
/// severity + error with error SD σ; every SE is in units of σ.
/// </summary>
/// <param name="Judges">Judges with at least one project.</param>
/// <param name="Projects">Projects.</param>
/// <param name="Components">Connected components of judges linked through shared projects (1: every severity comparable with every other).</param>
/// <param name="MeanSeveritySe">Mean over judges of the SE of a judge's severity relative to the mean judge (NaN when not connected).</param>
/// <param name="MaxSeveritySe">Largest such SE.</param>
/// <param name="RmsSeveritySe">Root mean square of the judges' severity SEs, √(tr C⁺ / n): the A-criterion the plan minimises.</param>
/// <param name="BoundSeveritySe">
/// The smallest <paramref name="RmsSeveritySe"/> any design with the same loads and raters can have: tr C⁺ ≥ (n−1)² / tr C (the
/// n−1 non-zero eigenvalues of C have a fixed sum, and the sum of their inverses is least when they are equal).
/// </param>
/// <param name="MeanProjectSe">Root mean over projects of the variance of a project's severity-adjusted score.</param>
/// <param name="CutSe">SE of the difference between two projects' adjusted scores (root mean over pairs): the uncertainty of who is just above a cut.</param>
/// <param name="MaxConcurrence">Most projects any two judges share.</param>
/// <param name="MeanLoad">Mean sheets per judge.</param>
/// <param name="MaxLoad">Most sheets of one judge.</param>
/// <param name="MinLoad">Fewest sheets of a judge with at least one.</param>
public sealed record DesignQuality(
    int Judges,
    int Projects,
    int Components,
    double MeanSeveritySe,
    double MaxSeveritySe,
    double RmsSeveritySe,
    double BoundSeveritySe,
    double MeanProjectSe,
    double CutSe,
    int MaxConcurrence,
    double MeanLoad,
    int MaxLoad,
    int MinLoad);
