namespace Insights.Warehouse.Reading.Reports;

/// <summary>A finding and the marks behind it.</summary>
/// <param name="Finding">The finding.</param>
/// <param name="Total">How many fact_score rows match it.</param>
/// <param name="Scores">The first <see cref="ReportReader.MaxScoreRows"/> of them.</param>
public sealed record FindingScores(FindingRow Finding, long Total, IReadOnlyList<ScoreRow> Scores);
