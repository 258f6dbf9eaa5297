using Insights.Dashboard.Suppression;

namespace Insights.Dashboard.Public;

/// <summary>
/// Every public table of a season from one computation (<see cref="SeasonCounts"/>, <see cref="LinkedSuppression"/>):
/// the season's pages and each track's page, their CSV downloads and the open data all read these, so they cannot
/// disagree.
/// </summary>
/// <param name="Statistics">The season's tables.</param>
/// <param name="Tracks">Each track's tables, by track code.</param>
/// <param name="Suppression">What the suppression did.</param>
public sealed record SeasonTables(PublicStatistics Statistics, IReadOnlyDictionary<string, TrackStatistics> Tracks, SuppressionSummary Suppression);
