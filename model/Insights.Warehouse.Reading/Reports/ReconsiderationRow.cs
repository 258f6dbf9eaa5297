namespace Insights.Warehouse.Reading.Reports;

/// <summary>A project whose stage score or rank reconsideration (复议) moved (the warehouse's mart_reconsideration).</summary>
/// <param name="Stage">The stage.</param>
/// <param name="ProjectId">The project.</param>
/// <param name="ReconsideredMarks">Its reconsidered marks.</param>
/// <param name="OriginalScore">Stage score with the original marks.</param>
/// <param name="CountedScore">Stage score with the marks that counted.</param>
/// <param name="OriginalRank">Rank with the original marks.</param>
/// <param name="CountedRank">Rank with the marks that counted.</param>
public sealed record ReconsiderationRow(
    string Stage, string ProjectId, int ReconsideredMarks, double? OriginalScore, double? CountedScore, int? OriginalRank, int? CountedRank);
