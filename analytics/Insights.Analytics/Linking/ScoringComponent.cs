namespace Insights.Analytics.Linking;

/// <summary>One connected component of the bipartite judge-project scoring graph.</summary>
/// <param name="Index">Zero-based position in <see cref="ConnectivityResult.Components"/> (largest component first).</param>
/// <param name="JudgeIds">The component's judges, in ordinal order.</param>
/// <param name="ProjectIds">The component's projects, in ordinal order.</param>
/// <param name="Links">Number of links (scores) inside the component, duplicates included.</param>
public sealed record ScoringComponent(int Index, IReadOnlyList<string> JudgeIds, IReadOnlyList<string> ProjectIds, long Links);
