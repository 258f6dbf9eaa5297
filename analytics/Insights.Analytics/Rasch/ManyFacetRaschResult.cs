namespace Insights.Analytics.Rasch;

/// <summary>A fitted many-facet rating-scale Rasch model.</summary>
/// <param name="Projects">Project abilities B_n and their fit.</param>
/// <param name="Judges">Judge severities C_j (centred at 0) and their fit.</param>
/// <param name="Criteria">Criterion difficulties D_i (centred at 0) and their fit.</param>
/// <param name="Thresholds">Andrich thresholds F_1..F_m (summing to 0); F_k is the step from category k-1 to k.</param>
/// <param name="CategoryScores">
/// The observed score behind each 0-based category: categories are the distinct observed scores in order, so a
/// score never used (for example 2 on a 0..4 scale) is collapsed and the categories above it move down.
/// </param>
/// <param name="CategoryCounts">Ratings in each category.</param>
/// <param name="FairAverages">
/// Fair-M average of each project on the caller's score scale: its expected score with judge and criterion at their
/// mean measure (0), i.e. sum over k of CategoryScores[k] P_k(B_n).
/// </param>
/// <param name="Convergence">Iterations and convergence criteria.</param>
/// <param name="ThresholdStandardErrors">
/// Model standard errors of F_1..F_m: from the thresholds' Fisher information with the project measures profiled out
/// and judges and criteria at their estimates, under the constraint that they sum to 0 (NaN where that information is
/// singular, or with a single threshold, which the constraint fixes at 0).
/// </param>
/// <param name="JudgeFairAverages">
/// Fair-M average of each judge: his expected score for a project of the mean (non-extreme) project measure on a
/// criterion of mean difficulty (0), on the caller's scale.
/// </param>
/// <param name="CriterionFairAverages">
/// Fair-M average of each criterion: the expected score of a project of the mean measure from a judge of mean
/// severity (0).
/// </param>
public sealed record ManyFacetRaschResult(
    RaschFacet Projects,
    RaschFacet Judges,
    RaschFacet Criteria,
    IReadOnlyList<double> Thresholds,
    IReadOnlyList<int> CategoryScores,
    IReadOnlyList<long> CategoryCounts,
    IReadOnlyList<double> FairAverages,
    RaschConvergence Convergence,
    IReadOnlyList<double> ThresholdStandardErrors,
    IReadOnlyList<double> JudgeFairAverages,
    IReadOnlyList<double> CriterionFairAverages);
