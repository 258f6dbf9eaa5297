using System.Globalization;
using Insights.Analytics.Linking;
using Insights.Analytics.Pipeline.Output;
using Insights.Analytics.Pipeline.Reading;
using Insights.Analytics.Robustness;

namespace Insights.Analytics.Pipeline.Units;

/// <content>The tiers a deciding stage gives by its rule, by fair scores, by standardized marks and as published.</content>
public static partial class UnitAnalysis
{
    /// <summary>Kind of the findings on projects whose published award is not what the declared rule gives.</summary>
    public const string AwardRuleMismatchKind = "award_rule_mismatch";

    private static (List<ProjectRow> Rows, AwardComparison? Comparison) CompareTiers(
        UnitData data, UnitSettings settings, TierRule? rule, List<StageScore> stageScores, double[]? fair, List<ProjectRow> rows, List<FindingRow> findings)
    {
        if (rule is null || settings.Plan is not { } plan)
        {
            return (rows, null);
        }

        var key = data.Key;
        var award = plan.Decides == "award";
        IReadOnlyList<string> codes = award ? plan.TierCodes(key.Track) : ["advance"];
        string Code(int tier) => tier >= 0 && tier < codes.Count ? codes[tier] : "none";
        var raw = rule.Assign([.. stageScores.Select(s => s.Score)]);
        var standard = data.StandardScores is { } marks ? rule.Assign(StandardScores(data, marks, rule.TrimExtremes)) : null;
        var byFair = fair is not null && fair.All(double.IsFinite) ? rule.Assign(fair) : null;
        var declared = plan.Standardized && standard is not null ? standard : raw;
        var published = award ? settings.Published : null;
        int publishedCount = 0, publishedDiffers = 0, fairDiffers = 0, standardDiffers = 0;
        var tiered = new List<ProjectRow>(rows.Count);
        for (var p = 0; p < rows.Count; p++)
        {
            var project = data.Projects[p];
            var given = published is null ? "" : published.GetValueOrDefault(project, "none");
            publishedCount += given is "" or "none" ? 0 : 1;
            var ruled = Code(declared[p]);
            if (given.Length > 0 && given != ruled)
            {
                publishedDiffers++;
                findings.Add(new FindingRow(
                    AwardRuleMismatchKind, "warning", key.Season, key.Stage, key.Track, "", "", project, "", stageScores[p].Score, double.NaN,
                    string.Create(CultureInfo.InvariantCulture, $"项目{project}公布的奖项为 {given}，按{RuleZh(plan)}应为 {ruled}（得分 {stageScores[p].Score:0.00}）"),
                    string.Create(CultureInfo.InvariantCulture, $"project {project} was published as {given} but the {RuleEn(plan)} gives {ruled} (score {stageScores[p].Score:0.00})")));
            }

            fairDiffers += byFair is not null && byFair[p] != declared[p] ? 1 : 0;
            standardDiffers += byFair is not null && standard is not null && standard[p] != byFair[p] ? 1 : 0;
            tiered.Add(rows[p] with
            {
                Tier = ruled,
                TierFair = byFair is null ? "" : Code(byFair[p]),
                TierStandard = standard is null ? "" : Code(standard[p]),
                TierPublished = given,
            });
        }

        var comparison = new AwardComparison(
            award ? "award" : "advance", plan.Source, plan.Standardized && standard is not null ? "standard" : "raw", declared.Count(t => t >= 0),
            published is null ? -1 : publishedCount, published is null ? -1 : publishedDiffers, byFair is null ? -1 : fairDiffers,
            byFair is null || standard is null ? -1 : standardDiffers);
        return (tiered, comparison);
    }

    /// <summary>Per project: the rule's aggregate (mean or trimmed mean) of its judges' weighted totals of standardized marks.</summary>
    private static double[] StandardScores(UnitData data, double[] marks, bool trim)
    {
        var totals = new Dictionary<int, double>[data.Projects.Length];
        for (var p = 0; p < totals.Length; p++)
        {
            totals[p] = [];
        }

        for (var i = 0; i < data.Ratings.Length; i++)
        {
            var r = data.Ratings[i];
            totals[r.Project][r.Judge] = totals[r.Project].GetValueOrDefault(r.Judge) + (data.CriterionWeight[r.Criterion] * marks[i]);
        }

        return [.. totals.Select(t => TrimmedMean.Estimate([.. t.Values], trim).Score)];
    }

    private static string RuleZh(StagePlan plan) => plan.Source switch
    {
        "notice" => "通知规定的奖项比例",
        "rules_file" => "规则文件声明的规则",
        _ => "按已公布奖项数推定的名额",
    } + (plan.Standardized ? "（按标准分）" : "");

    private static string RuleEn(StagePlan plan) => plan.Source switch
    {
        "notice" => "notice's award shares",
        "rules_file" => "rule declared in the rules file",
        _ => "tier sizes inferred from the published awards",
    } + (plan.Standardized ? " (by standardized marks)" : "");
}
