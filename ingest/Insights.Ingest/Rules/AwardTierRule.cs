namespace Insights.Ingest.Rules;

/// <summary>
/// One award tier of a stage: a fixed number of projects, a share of the stage's projects, or a minimum final score
/// (exactly one of the three), in rank order after the better tiers.
/// </summary>
/// <param name="Tier">Tier code: first, second, third, special, merit or the competition's own.</param>
/// <param name="Count">Projects in the tier, per track.</param>
/// <param name="Share">Share (0–1) of the track's projects in the stage; rounded half to even.</param>
/// <param name="MinScore">Lowest final score of the tier.</param>
/// <param name="AtLeast">The fewest projects the tier has when it is a share (the notice: at least one first prize).</param>
/// <param name="Names">How the data names the tier (一等奖, Gold): award labels are matched against them.</param>
public sealed record AwardTierRule(string Tier, int? Count, double? Share, double? MinScore, int AtLeast, IReadOnlyList<string> Names);
