namespace Insights.Ingest.Rules;

/// <summary>A season's declared rules: its stages in order, each with what its ranking decides.</summary>
/// <param name="Season">The season id.</param>
/// <param name="Stages">The stages, by <see cref="StageRule.Order"/>.</param>
public sealed record SeasonRules(string Season, IReadOnlyList<StageRule> Stages);
