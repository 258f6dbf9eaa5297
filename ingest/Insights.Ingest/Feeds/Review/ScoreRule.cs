namespace Insights.Ingest.Feeds.Review;

/// <summary>One rule a score row is read against: what it checks, and on which field of the feed.</summary>
/// <param name="Kind">What the rule checks.</param>
/// <param name="Field">The feed's field index the rule reads (see <see cref="LongScoreRules"/>).</param>
public sealed record ScoreRule(ScoreRuleKind Kind, int Field);
