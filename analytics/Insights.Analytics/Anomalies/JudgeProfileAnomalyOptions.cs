namespace Insights.Analytics.Anomalies;

/// <summary>
/// Settings of <see cref="JudgeProfileAnomaly"/>.
/// </summary>
/// <param name="Rank">Principal components kept (the PCA's rank), at most; lowered to features − 1 and to the
/// held-out fit's judges − 2 in small units.</param>
/// <param name="MinimumJudges">Fewest judges a unit needs for a score (each judge is scored against a PCA of the
/// others, so one fewer are fitted).</param>
/// <param name="Seed">Seed of ML.NET's context and of the randomized PCA's Gaussian sketch: fixed, so the score does
/// not depend on the analysis seed.</param>
/// <param name="VarianceFloor">Smallest component and residual variance used in the distance, in squared robust
/// standard deviations (keeps a direction in which the other judges happen to agree exactly from dominating).</param>
public sealed record JudgeProfileAnomalyOptions(int Rank = 2, int MinimumJudges = 5, int Seed = 20240906, double VarianceFloor = 0.01)
{
    /// <summary>The default settings.</summary>
    public static JudgeProfileAnomalyOptions Default { get; } = new();
}
