using System.Globalization;

namespace Insights.Reports;

/// <summary>The reports' texts in Chinese (zh) and English (en), as a small dictionary: key → (zh, en); composite formatting with the invariant culture.</summary>
public sealed class ReportTexts
{
    private static readonly Dictionary<string, (string Zh, string En)> s_texts = new(StringComparer.Ordinal)
    {
        ["Title"] = ("公平性评审报告 · {0}", "Fairness report · {0}"),
        ["DivisionTitle"] = ("公平性评审报告 · 江苏省分赛全部赛道", "Fairness report · the whole Jiangsu division"),
        ["SeasonTitle"] = ("公平性评审报告 · 全部赛道", "Fairness report · all tracks"),
        ["Season"] = ("赛季 {0}，执委会 {1}", "Season {0}, executive committee {1}"),
        ["SeasonOnly"] = ("赛季 {0}", "Season {0}"),
        ["DivisionSeason"] = ("赛季 {0}，{1} 个赛道", "Season {0}, {1} tracks"),
        ["Summary"] = ("概要", "Summary"),
        ["Entries"] = ("参赛项目", "Entries"),
        ["Finalists"] = ("决赛项目", "Finalists"),
        ["Awards"] = ("获奖项目", "Awards"),
        ["Errors"] = ("严重问题", "Errors"),
        ["Warnings"] = ("提示", "Warnings"),
        ["AllFindings"] = ("发现合计", "Findings"),
        ["VerdictClean"] = ("本次检查未发现需要处理的问题：评委尺度一致，评审组可靠，奖项在重复抽样下稳定。", "The checks found nothing that needs action: judges were consistent, panels reliable and the awards stable under resampling."),
        ["VerdictWarn"] = ("评审总体可信，但有 {0} 条提示值得复核（见“发现”与“建议”）；没有违反通知规则或强烈的统计信号。", "The judging is broadly sound, but {0} warnings deserve a look (see Findings and What to do); no rule of the notice was broken and no strong statistical signal was found."),
        ["VerdictError"] = ("发现 {0} 个严重问题（违反通知规则或强烈的统计信号），另有 {1} 条提示。在公示结束前应逐条核实，必要时复评。", "{0} serious problems were found (a rule of the notice broken or a strong statistical signal), and {1} warnings. Check each before the publicity period ends and re-review where needed."),
        ["Unstable"] = ("{0} 个奖项或决赛名次保持的概率低于一半。", "{0} awards or finalist places have under even odds of being kept."),
        ["NotAnalysed"] = ("注意：数据仓库尚未分析（未运行 insights analyze），本报告只包含通知规则的检查结果。", "Note: the warehouse has not been analysed (insights analyze did not run); this report holds the checks of the notice's rules only."),
        ["Checked"] = ("检查了什么", "What was checked"),
        ["CheckRules"] = ("通知规则：报名、回避、评审组不重叠、评分范围、公示期等规则逐条核对。", "The notice's rules: registration, conflicts of interest, disjoint panels, score ranges and the publicity period, rule by rule."),
        ["CheckSeverity"] = ("评委尺度：用交叉随机效应模型估计每位评委比其他评委严或松多少分（含 95% 区间）。", "Judge severity: a crossed random-effects model estimates how many points each judge marks above or below the others (with 95 % intervals)."),
        ["CheckPanels"] = ("评审组可靠性：组内相关系数（ICC）与 Kendall W 衡量评委之间的一致程度。", "Panel reliability: intraclass correlations (ICC) and Kendall's W measure how far the judges of a panel agree."),
        ["CheckLinking"] = ("阶段衔接：初赛与决赛共同项目的排名相关（Spearman）与评委重叠。", "Linking between stages: the rank correlation (Spearman) of projects in both stages and judges sitting on both panels."),
        ["CheckBias"] = ("偏向：评委对同单位、同城市项目是否给出额外加分，评委之间是否异常一致。", "Bias: whether judges give a bonus to projects of their own unit or city, and whether pairs of judges agree suspiciously."),
        ["CheckRobustness"] = ("奖项稳健性：重复抽取评委 1,000 次，看每个奖项保住等级的概率。", "Award robustness: judges are resampled 1,000 times to see how often each award keeps its tier."),
        ["Found"] = ("发现了什么", "What was found"),
        ["NoFindings"] = ("没有发现。", "No findings."),
        ["KindCount"] = ("{0}：{1} 条（严重 {2}）", "{0}: {1} (errors {2})"),
        ["MoreFindings"] = ("另有 {0} 条同类发现未列出。", "{0} more findings of this kind are not listed."),
        ["Judges"] = ("评委尺度", "Judges"),
        ["JudgesNote"] = ("尺度为正表示比其他评委打分低（更严）；区间不含 0 且被标记的评委以红色显示。{0} 位评委中 {1} 位被发现标记。", "A positive severity means the judge marks lower (harsher) than the others; flagged judges are drawn in red. {1} of {0} judges are named by a finding."),
        ["Panels"] = ("评审组可靠性", "Panels"),
        ["PanelsNote"] = ("ICC(2,k) 为全组平均分的可靠性，0.75 以上为良好；{0} 个评审组中 {1} 个低于 0.5。", "ICC(2,k) is the reliability of the panel's mean, good above 0.75; {1} of {0} panels are below 0.5."),
        ["Linking"] = ("阶段衔接", "Linking between stages"),
        ["LinkText"] = ("初赛与决赛共有 {0} 个项目；Spearman 等级相关 {1}；{2} 对项目排名反转（共比较 {3} 对）；同时在两个阶段评审的评委：{4}。", "{0} projects were scored in both stages; Spearman's rank correlation {1}; {2} pairs reversed their order (of {3} compared); judges on both panels: {4}."),
        ["NoLink"] = ("本赛道没有可比较的阶段衔接数据。", "This track has no stage link to compare."),
        ["Robustness"] = ("奖项稳健性", "Award robustness"),
        ["RobustnessNote"] = ("保持率为本组评委重抽样中项目保住其等级（或决赛名次）的比例（偏乐观）；新评审组保持率为换一组新评委给出同一等级的概率（经模拟校准）。按后者（未估计时按前者）低于 0.5 的为不稳定。", "P(keeps tier) is the share of resamples of its own panel's judges in which the project keeps its tier (or finalist place), which is optimistic; P(fresh panel) is the calibrated probability that a panel of new judges gives it the same tier. Below 0.5 on the latter (the former where it is not estimated) it is unstable."),
        ["AllStable"] = ("所有奖项与决赛名次均稳定。", "Every award and finalist place is stable."),
        ["ToDo"] = ("建议", "What to do"),
        ["NothingToDo"] = ("无需额外处理；按常规完成公示。", "No extra action; complete the publicity period as usual."),
        ["Appendix"] = ("附录：方法说明", "Appendix: methods"),
        ["DataVersion"] = ("数据版本：最新批次 {0}，载入时间 {1}（UTC），当前批次 {2} 个。同样的数据生成同样的 HTML。", "Data version: newest batch {0}, loaded {1} (UTC), {2} current batches. The same data gives the same HTML."),
        ["PerTrack"] = ("各赛道一览", "Tracks at a glance"),
        ["SeasonWide"] = ("全赛季发现（不属于单个赛道）", "Season-wide findings (no single track)"),
        ["ForestTitle"] = ("评委尺度 · {0}", "Judge severity · {0}"),
        ["SeverityAxis"] = ("尺度（分，正 = 更严）", "Severity (points, positive = harsher)"),
        ["ScatterTitle"] = ("决赛项目：初赛与决赛平均分", "Finalists: preliminary vs final mean"),
        ["PreliminaryAxis"] = ("初赛平均分", "Preliminary mean"),
        ["FinalAxis"] = ("决赛平均分", "Final mean"),
        ["col_stage"] = ("阶段", "Stage"),
        ["col_judge"] = ("评委", "Judge"),
        ["col_marks"] = ("评分数", "Marks"),
        ["col_severity"] = ("尺度", "Severity"),
        ["col_interval"] = ("95% 区间", "95 % interval"),
        ["col_flags"] = ("标记", "Flags"),
        ["col_panel"] = ("评审组", "Panel"),
        ["col_judges"] = ("评委数", "Judges"),
        ["col_projects"] = ("项目数", "Projects"),
        ["col_project"] = ("项目", "Project"),
        ["col_rank"] = ("决赛名次", "Final rank"),
        ["col_keeps"] = ("保持率", "P(keeps tier)"),
        ["col_keeps_fresh"] = ("新评审组保持率", "P(fresh panel)"),
        ["col_level"] = ("级别", "Level"),
        ["col_kind"] = ("类别", "Kind"),
        ["col_evidence"] = ("证据", "Evidence"),
        ["col_track"] = ("赛道", "Track"),
        ["col_verdict"] = ("结论", "Verdict"),
        ["error"] = ("严重", "error"),
        ["warning"] = ("提示", "warning"),
        ["ok"] = ("无问题", "clean"),
        ["preliminary_written"] = ("初赛书面评审", "preliminary (written)"),
        ["preliminary_onsite"] = ("初赛现场评审", "preliminary (on-site)"),
        ["final_roadshow"] = ("决赛路演", "final roadshow"),
    };

    private readonly bool _zh;

    /// <summary>Texts in one language.</summary>
    /// <param name="language">zh or en.</param>
    /// <exception cref="ArgumentException">Another language.</exception>
    public ReportTexts(string language)
    {
        _zh = language switch
        {
            "zh" => true,
            "en" => false,
            _ => throw new ArgumentException($"Unknown language '{language}' (zh or en).", nameof(language)),
        };
    }

    /// <summary>Whether the texts are Chinese.</summary>
    public bool Zh => _zh;

    /// <summary>The HTML lang attribute.</summary>
    public string Lang => _zh ? "zh-CN" : "en";

    /// <summary>A text, formatted; unknown keys are returned as given (stage names, rule ids).</summary>
    /// <param name="key">The key.</param>
    /// <param name="args">Format arguments.</param>
    /// <returns>The text.</returns>
    public string this[string key, params object[] args]
    {
        get
        {
            if (!s_texts.TryGetValue(key, out var text))
            {
                return key;
            }

            var format = _zh ? text.Zh : text.En;
            return args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
        }
    }

    /// <summary>Whether a key exists.</summary>
    /// <param name="key">The key.</param>
    /// <returns>True when known.</returns>
    public static bool Has(string key) => s_texts.ContainsKey(key);
}
