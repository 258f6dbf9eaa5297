using System.Globalization;
using Insights.Analytics.Pipeline.Output;
using Insights.Analytics.Pipeline.Units;
using MathNet.Numerics.Distributions;

namespace Insights.Analytics.Pipeline.Season;

/// <content>The season's systematic affiliation bias (the ISU data's own-country bonus is of this kind).</content>
public static partial class SeasonAnalysis
{
    /// <summary>Kind of the findings on a season-wide affiliation bonus (one criterion, all judges together).</summary>
    public const string AffiliationBiasKind = "favoritism_pooled";

    /// <summary>Fewest judges (with affiliated and unaffiliated projects) and affiliated pairs for a criterion's
    /// season-wide bonus to be tested; smaller ones are reported in summary.json only.</summary>
    public const int MinimumPooledJudges = 20;

    /// <summary>
    /// Combines the units' pooled bonuses per season and criterion by inverse variance (a fixed-effect meta-analysis:
    /// b = Σ b_u / se_u² / Σ 1 / se_u², se = (Σ 1 / se_u²)^-1/2) and adds a warning finding for each criterion whose
    /// bonus is positive with p below 0.05 over the number of criteria tested in the season (Bonferroni); a criterion
    /// is tested when at least <see cref="MinimumPooledJudges"/> judges and as many affiliated pairs stand behind it.
    /// </summary>
    private static List<AffiliationBias> AffiliationBiases(UnitResult[] results, List<FindingRow> findings)
    {
        var biases = new List<AffiliationBias>();
        foreach (var group in results.SelectMany(r => r.AffiliationBonus.Select(b => (r.Key.Season, b)))
            .GroupBy(x => (x.Season, x.b.Criterion))
            .OrderBy(g => g.Key.Season, StringComparer.Ordinal).ThenBy(g => g.Key.Criterion, StringComparer.Ordinal))
        {
            double weight = 0, weighted = 0;
            int judges = 0, pairs = 0;
            foreach (var (_, b) in group)
            {
                var w = 1 / (b.Bonus.StandardError * b.Bonus.StandardError);
                weight += w;
                weighted += w * b.Bonus.Bonus;
                judges += b.Bonus.Judges;
                pairs += b.Bonus.AffiliatedPairs;
            }

            var bonus = weighted / weight;
            var se = Math.Sqrt(1 / weight);
            var p = 2 * Normal.CDF(0, 1, -Math.Abs(bonus / se));
            var first = group.First().b;
            biases.Add(new AffiliationBias(group.Key.Season, group.Key.Criterion, bonus, se, bonus - (1.96 * se), bonus + (1.96 * se), p, group.Count(), judges, pairs)
            {
                NameZh = first.NameZh ?? group.Key.Criterion,
                NameEn = first.NameEn ?? group.Key.Criterion,
            });
        }

        foreach (var season in biases.GroupBy(b => b.Season))
        {
            var tested = season.Where(b => b.Judges >= MinimumPooledJudges && b.AffiliatedPairs >= MinimumPooledJudges).ToList();
            var level = 0.05 / Math.Max(1, tested.Count);
            foreach (var b in tested.Where(b => b.Bonus > 0 && b.PValue < level))
            {
                findings.Add(new FindingRow(
                    AffiliationBiasKind, "warning", b.Season, "", "", "", "", "", b.Criterion, b.Bonus, b.PValue,
                    string.Create(CultureInfo.InvariantCulture,
                        $"{b.Season}赛季评分项“{b.NameZh}”：评委给与其同单位、同城市或同组别的项目比其他评委平均多给{b.Bonus:0.###}分（95%置信区间{b.Lower:0.###}至{b.Upper:0.###}，p = {b.PValue:0.##E+0}；{b.Judges}名评委、{b.AffiliatedPairs}个关联评委-项目对，{b.Units}个分析单元），存在系统性关联偏袒"),
                    string.Create(CultureInfo.InvariantCulture,
                        $"season {b.Season}, criterion '{b.NameEn}': judges mark projects of their own unit, city or group {b.Bonus:0.###} points higher than the other judges do (95 % CI {b.Lower:0.###} to {b.Upper:0.###}, p = {b.PValue:0.##E+0}; {b.Judges} judges, {b.AffiliatedPairs} affiliated judge-project pairs, {b.Units} units): a systematic affiliation bias")));
            }
        }

        return biases;
    }
}
