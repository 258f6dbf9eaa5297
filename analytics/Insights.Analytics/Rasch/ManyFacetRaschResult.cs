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
public sealed record ManyFacetRaschResult(
    RaschFacet Projects,
    RaschFacet Judges,
    RaschFacet Criteria,
    IReadOnlyList<double> Thresholds,
    IReadOnlyList<int> CategoryScores,
    IReadOnlyList<long> CategoryCounts,
    IReadOnlyList<double> FairAverages,
    RaschConvergence Convergence);
