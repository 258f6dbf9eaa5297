namespace Insights.Analytics.Pipeline.Units;

/// <summary>
/// What a deciding stage's ranking gives and how it compares, as summary.json reports it per unit: the declared rule's
/// outcome against the published awards, the fair (severity-adjusted) scores and the competition's standardized marks.
/// </summary>
/// <param name="Decides"><c>award</c> or <c>advance</c>.</param>
/// <param name="RuleSource">Where the rule came from: <c>notice</c>, <c>rules_file</c> or <c>data</c> (inferred from the awards).</param>
/// <param name="Basis">The marks the rule ranks by: <c>raw</c> or <c>standard</c>.</param>
/// <param name="Decided">Projects the rule awards (or sends on).</param>
/// <param name="Published">Projects with a published award in the stage; -1 where the stage gives no awards.</param>
/// <param name="PublishedDiffers">Projects whose published award differs from the rule's; -1 without published awards.</param>
/// <param name="FairDiffers">Projects whose outcome by fair scores differs from the rule's; -1 without a severity fit.</param>
/// <param name="StandardDiffersFromFair">Projects whose outcome by the standardized marks differs from that by fair
/// scores; -1 without standardized marks or fit.</param>
public sealed record AwardComparison(
    string Decides, string RuleSource, string Basis, int Decided, int Published, int PublishedDiffers, int FairDiffers, int StandardDiffersFromFair);
