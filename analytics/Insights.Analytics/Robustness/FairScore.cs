namespace Insights.Analytics.Robustness;

/// <summary>
/// The raw and the severity-adjusted (fair) score of one project, with its ranks by both.
/// </summary>
/// <param name="Project">Zero-based project index.</param>
/// <param name="Judges">Number of judges who scored the project.</param>
/// <param name="Raw">The (trimmed) mean over judges of the weighted criterion totals of the marks as given.</param>
/// <param name="Fair">The same aggregate after each judge's estimated severity is added back to every mark.</param>
/// <param name="RawRank">One-based rank by <paramref name="Raw"/> (descending, ties by project index).</param>
/// <param name="FairRank">One-based rank by <paramref name="Fair"/> (descending, ties by project index).</param>
public sealed record FairScore(int Project, int Judges, double Raw, double Fair, int RawRank, int FairRank);
