namespace Insights.Analytics.Anomalies;

/// <summary>
/// The anomaly scores of one unit's judge profiles (<see cref="JudgeProfileAnomaly.Score"/>).
/// </summary>
/// <param name="Scores">Per judge (in input order): the distance of his standardized profile from a rank-k PCA model
/// of the other judges' profiles (√(T² + Q/σ²)); NaN when the unit could not be scored.</param>
/// <param name="Features">Features that varied across the judges and were used (the others are dropped).</param>
/// <param name="Rank">Principal components of the held-out fits (0 when no PCA was fitted).</param>
/// <param name="Reason">Why the scores are NaN (or all 0), else null.</param>
public sealed record JudgeProfileScores(IReadOnlyList<double> Scores, int Features, int Rank, string? Reason);
