namespace Insights.Warehouse.Reading.Reports;

/// <summary>A project of one stage whose award tier (or finalist place) is unstable under judge resampling.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="ProjectId">The project.</param>
/// <param name="RawMean">Raw mean.</param>
/// <param name="RankRaw">Rank.</param>
/// <param name="PAwardTier">Probability of keeping its tier when its panel's judges are resampled (optimistic).</param>
/// <param name="PTierFresh">Probability that a fresh panel gives it the same tier (calibrated; the award stage only).</param>
public sealed record ProjectRow(string Stage, string ProjectId, double? RawMean, int? RankRaw, double? PAwardTier, double? PTierFresh = null);
