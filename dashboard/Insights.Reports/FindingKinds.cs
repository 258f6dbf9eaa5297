namespace Insights.Reports;

/// <summary>What each kind of finding is called and what a committee should do about it, in both languages; and the condensed method notes.</summary>
public static class FindingKinds
{
    private static readonly Dictionary<string, (string Zh, string En, string DoZh, string DoEn)> s_kinds = new(StringComparer.Ordinal)
    {
        ["outlier_score"] = ("异常评分", "Outlying marks", "请相关评委核对这些异常评分（常见原因是录入错误，如把 70 录成 7），确认或更正后重新计分。", "Ask the judges to review the outlying marks (often typos such as 7 for 70); confirm or correct them and recompute the scores."),
        ["lenient"] = ("评委偏松", "Lenient judge", "核对偏松评委所评项目的名次是否因此受益；以公平分（扣除评委尺度）复核这些项目。", "Check whether the lenient judges' projects gained places; re-check them on fair scores (judge severity removed)."),
        ["harsh"] = ("评委偏严", "Harsh judge", "核对偏严评委所评项目是否因此吃亏；以公平分（扣除评委尺度）复核这些项目。", "Check whether the harsh judges' projects lost places; re-check them on fair scores (judge severity removed)."),
        ["central_tendency"] = ("评分集中", "Central tendency", "提醒相关评委使用完整的评分尺度，区分好坏项目。", "Brief the judges to use the whole scale and separate strong from weak projects."),
        ["halo"] = ("光环效应", "Halo effect", "提醒相关评委逐项独立评分，而不是按总体印象给各项相同分数。", "Brief the judges to mark each criterion on its own, not by overall impression."),
        ["favoritism"] = ("偏向本单位/本地项目", "Favouritism", "重新核查这些评委的利益冲突与回避情况（同单位、同城市），必要时请其他评委复评。", "Re-check these judges' conflicts of interest (same unit, same city) and recusals; have other judges re-mark where needed."),
        ["favoritism_pooled"] = ("全赛季偏向", "Season-wide favouritism", "全面复查评委回避安排，在下一轮评审分配时避开本单位与本地项目。", "Review recusal arrangements season-wide and keep judges off their own units' and cities' projects in the next round."),
        ["collusion"] = ("评委异常一致", "Collusion", "复核这些评委对的评分是否独立完成，了解是否有沟通评分的情况。", "Check that these pairs of judges marked independently and whether marks were discussed."),
        ["drift"] = ("评分漂移", "Drift", "检查评审过程中评委标准是否随时间变化（疲劳、顺序效应），考虑调整评审顺序或休息安排。", "Check whether the judges' standard moved over the session (fatigue, order effects); consider the order of projects and breaks."),
        ["disconnected"] = ("评分网络不连通", "Disconnected design", "调整评审分配，让评审组之间共享评委或锚定项目，使不同组的分数可比。", "Change the assignment so that panels share judges or anchor projects and their scores become comparable."),
        ["panel_overlap"] = ("评审组重叠", "Panel overlap", "通知规定初赛与决赛评审组不得重叠：更换重叠的评委或说明原因。", "The notice forbids judges on both the preliminary and the final panel: replace them or document why."),
        ["weak_stage_link"] = ("阶段衔接弱", "Weak stage link", "决赛项目太少，无法检验两阶段是否一致；结论应谨慎解读。", "Too few finalists to check that the stages agree; read the linking results with care."),
        ["rank_reversal"] = ("名次反转", "Rank reversal", "对名次明显反转的项目对，复核决赛评分记录。", "For pairs whose order reversed clearly, review the final-stage marks."),
        ["award_unstable"] = ("奖项不稳定", "Unstable award", "对不稳定的奖项考虑请第二个评审组复评，或在公示中说明评分差距很小。", "For unstable awards consider a second panel review, or state in the publicity that the margins are small."),
    };

    /// <summary>The method notes of the appendix: (doc file, Chinese summary, English summary).</summary>
    public static IReadOnlyList<(string Doc, string Zh, string En)> Methods { get; } =
    [
        ("docs/methods/severity.md", "评委宽严度：交叉随机效应线性混合模型（REML，与 R 的 lme4 一致），评委与项目均为随机效应，报告中宽严度折算为百分制总分的分数，区间为 ±1.96 标准误。", "Severity: a linear mixed model with crossed random effects for judges and projects (REML, as R's lme4); severities reported in points of the 100-point total, intervals ±1.96 standard errors."),
        ("docs/methods/rasch.md", "多面 Rasch 模型：用 infit/outfit 检查评委是否与模型一致。", "Many-facet Rasch model: infit and outfit show whether a judge fits the model."),
        ("docs/methods/reliability.md", "可靠性：ICC(1)/(2)/(3) 及其平均分版本、Kendall W、Krippendorff α（Shrout & Fleiss 1979）。", "Reliability: ICC(1), (2), (3) and their panel-mean forms, Kendall's W, Krippendorff's alpha (Shrout & Fleiss 1979)."),
        ("docs/methods/linking.md", "衔接：评委-项目图的连通性；初赛与决赛共同项目的 Spearman 相关与超出噪声的名次反转。", "Linking: connectivity of the judge–project graph; Spearman's correlation and rank reversals beyond noise for projects in both stages."),
        ("docs/methods/anomalies.md", "异常：Bonferroni 阈值下的标准化残差、偏松/偏严（超过 1.96 标准误且超过量表 10%）、评分集中与光环效应。", "Anomalies: standardized residuals beyond a Bonferroni threshold, lenient/harsh judges (beyond 1.96 SE and 10 % of the scale), central tendency and halo."),
        ("docs/methods/bias.md", "偏向：扣除评委效应后对关联项目的加分，置换检验，全赛季 Bonferroni 校正；评委对残差相关。", "Bias: the bonus on affiliated projects with judge effects removed, permutation test, season-wide Bonferroni; residual correlation of judge pairs."),
        ("docs/methods/drift.md", "漂移：评委尺度随评分时间的斜率。", "Drift: the slope of a judge's severity over the scoring time."),
        ("docs/methods/robustness.md", "稳健性：公平分（扣除评委尺度）与 1,000 次评委重抽样下的保持等级概率。", "Robustness: fair scores (judge severity removed) and the probability of keeping the tier over 1,000 judge resamples."),
    ];

    /// <summary>A kind's name; a rule id as given.</summary>
    /// <param name="kind">The kind or rule id.</param>
    /// <param name="zh">Chinese.</param>
    /// <returns>The name.</returns>
    public static string Name(string kind, bool zh) => s_kinds.TryGetValue(kind, out var k) ? (zh ? k.Zh : k.En) : kind;

    /// <summary>What to do about a kind of finding.</summary>
    /// <param name="kind">The kind or rule id.</param>
    /// <param name="zh">Chinese.</param>
    /// <returns>The recommendation.</returns>
    public static string Action(string kind, bool zh) => Action(kind, kind, zh);

    /// <summary>What to do about a kind of finding, naming a broken rule by its label.</summary>
    /// <param name="kind">The kind or rule id.</param>
    /// <param name="label">The rule's label in the reader's language (ref_finding_kind).</param>
    /// <param name="zh">Chinese.</param>
    /// <returns>The recommendation.</returns>
    public static string Action(string kind, string label, bool zh) => s_kinds.TryGetValue(kind, out var k) ? (zh ? k.DoZh : k.DoEn)
        : zh ? $"违反通知规则“{label}”：按通知要求更正数据或流程，并在公示前记录处理结果。" : $"The notice's rule \"{label}\" is broken: correct the data or the process as the notice requires and record the outcome before the publicity.";
}
