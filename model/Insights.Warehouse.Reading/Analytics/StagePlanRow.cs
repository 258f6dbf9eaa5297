namespace Insights.Warehouse.Reading.Analytics;

/// <summary>One stage of a season as <c>dim_stage</c> describes it.</summary>
/// <param name="Season">Season id.</param>
/// <param name="Stage">Stage label.</param>
/// <param name="Order">Position in the competition, 1 first.</param>
/// <param name="NameZh">Chinese name (the label when none).</param>
/// <param name="NameEn">English name (the label when none).</param>
/// <param name="ScoreMethod">How a project's score is formed (e.g. <c>trimmed_mean</c>).</param>
/// <param name="ScoreBasis">Which marks the ranking uses (e.g. <c>standard</c>).</param>
/// <param name="AdvanceCount">The top N go on, when declared.</param>
/// <param name="AdvanceShare">The top share go on, when declared.</param>
/// <param name="Decides"><c>award</c>, <c>advance</c> or null.</param>
/// <param name="Source"><c>notice</c>, <c>rules_file</c> or <c>data</c>.</param>
public sealed record StagePlanRow(
    string Season, string Stage, int Order, string NameZh, string NameEn, string ScoreMethod, string ScoreBasis,
    int? AdvanceCount, double? AdvanceShare, string? Decides, string Source);
