namespace Insights.Warehouse.Reading.Reports;

/// <summary>
/// A project of a deciding stage whose outcome is not the same every way it can be read: by the stage's rule on the
/// marks that counted, by fair (severity-adjusted) scores, by the competition's standardized marks, as published.
/// </summary>
/// <param name="Stage">The stage.</param>
/// <param name="ProjectId">The project.</param>
/// <param name="RawMean">Its stage score.</param>
/// <param name="RankRaw">Its rank.</param>
/// <param name="Tier">What the rule gives.</param>
/// <param name="TierFair">What the rule gives by fair scores.</param>
/// <param name="TierStandard">What the rule gives by standardized marks (empty without them).</param>
/// <param name="TierPublished">What was published (empty without published awards).</param>
public sealed record DecisionRow(
    string Stage, string ProjectId, double? RawMean, int? RankRaw, string Tier, string TierFair, string TierStandard, string TierPublished);
