namespace Insights.Analytics.Pipeline.Season;

/// <summary>Progress of an analysis: units done of the total, and the unit just finished.</summary>
/// <param name="Done">Units analysed.</param>
/// <param name="Total">Units in all.</param>
/// <param name="Unit">The unit just finished (season/stage/track).</param>
/// <param name="Marks">Its marks.</param>
public sealed record AnalysisProgress(int Done, int Total, string Unit, int Marks);
