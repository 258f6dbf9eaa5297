namespace Insights.Ingest.Rules;

/// <summary>
/// How one stage of a competition ranks its projects and what the ranking decides: the projects that go on to the
/// next stage, or the award tiers.
/// </summary>
/// <param name="Stage">The stage label, as the score data names it.</param>
/// <param name="Order">Position of the stage in the competition (1 first).</param>
/// <param name="NameZh">Chinese name, for pages and reports.</param>
/// <param name="NameEn">English name.</param>
/// <param name="ScoreMethod"><c>mean</c> of the judges' totals, or <c>trimmed_mean</c> (the highest and the lowest
/// total dropped when at least five judges scored: 去掉一个最高分和一个最低分).</param>
/// <param name="ScoreBasis"><c>raw</c> marks, or the competition's own <c>standard</c> (标准分) marks.</param>
/// <param name="AdvanceCount">The top N go on to the next stage; null when not declared.</param>
/// <param name="AdvanceShare">The top share (0–1) of the stage's projects go on; null when not declared.</param>
/// <param name="Tiers">The award tiers the stage's ranking gives, best first; empty when it gives none.</param>
public sealed record StageRule(
    string Stage, int Order, string? NameZh, string? NameEn, string ScoreMethod, string ScoreBasis,
    int? AdvanceCount, double? AdvanceShare, IReadOnlyList<AwardTierRule> Tiers);
