namespace Insights.Warehouse.Reading.Reports;

/// <summary>A finalist's scores in the preliminary stage and the final roadshow (analytics_project raw_mean).</summary>
/// <param name="ProjectId">The project.</param>
/// <param name="Preliminary">Raw mean in the preliminary stage.</param>
/// <param name="PreliminaryRank">Rank there.</param>
/// <param name="Final">Raw mean in the final roadshow.</param>
/// <param name="FinalRank">Rank there.</param>
/// <param name="PAwardTier">Probability of keeping its award tier in the final when its panel's judges are resampled (optimistic).</param>
/// <param name="PTierFresh">Probability that a fresh panel of new judges gives it the same tier (calibrated; null before
/// the warehouse was analysed with the fresh-panel model).</param>
public sealed record FinalistRow(string ProjectId, double? Preliminary, int? PreliminaryRank, double? Final, int? FinalRank, double? PAwardTier, double? PTierFresh = null);
