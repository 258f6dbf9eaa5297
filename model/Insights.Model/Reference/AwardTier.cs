namespace Insights.Model.Reference;

/// <summary>An award of a track (notice 四（二）2: 一二三等奖及单项奖).</summary>
/// <param name="Code"><c>first</c>, <c>second</c>, <c>third</c> or <c>single</c>.</param>
/// <param name="NameZh">Chinese name, e.g. 一等奖.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Rank">1 for the highest tier; single awards rank after the tiers.</param>
public sealed record AwardTier(string Code, string NameZh, string NameEn, int Rank);
