using System.Globalization;
using System.Text;
using Insights.Model.Files;

namespace Insights.Planning.Files;

/// <summary>
/// The plan report (<c>plan-report.md</c>, Markdown in Chinese and English) and its numbers (<c>plan-summary.csv</c>):
/// the hard constraints with counts, and per track the design's precision under the model against a random design
/// with the same loads and against the best any design with those loads could do.
/// </summary>
public static class PlanReport
{
    /// <summary>The summary CSV's header.</summary>
    public static readonly string[] SummaryHeader =
    [
        "track", "projects", "judges", "per_project", "load_min", "load_mean", "load_max", "components", "max_shared",
        "severity_se_rms", "severity_se_rms_random", "severity_se_bound", "severity_se_max", "severity_se_max_random",
        "project_se", "cut_se", "cut_se_random", "random_components",
    ];

    /// <summary>Writes <c>plan-report.md</c> and <c>plan-summary.csv</c> into the folder.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="folder">The folder.</param>
    public static void Write(JudgingPlan plan, string folder)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentException.ThrowIfNullOrEmpty(folder);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "plan-report.md"), Markdown(plan), new UTF8Encoding(false));
        CsvWriter.WriteFile(Path.Combine(folder, "plan-summary.csv"), SummaryHeader, plan.Written.Select(t => new[]
        {
            t.Track, N(t.Projects.Count), N(t.Quality.Judges), N(plan.Options.PerProject), N(t.Quality.MinLoad), F(t.Quality.MeanLoad), N(t.Quality.MaxLoad),
            N(t.Quality.Components), N(t.Quality.MaxConcurrence), F(t.Quality.RmsSeveritySe), F(t.Random.RmsSeveritySe), F(t.Quality.BoundSeveritySe),
            F(t.Quality.MaxSeveritySe), F(t.Random.MaxSeveritySe), F(t.Quality.MeanProjectSe), F(t.Quality.CutSe), F(t.Random.CutSe), N(t.Random.Components),
        }));
    }

    /// <summary>The report's Markdown.</summary>
    /// <param name="plan">The plan.</param>
    public static string Markdown(JudgingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var o = plan.Options;
        var a = plan.Audit;
        var s = new StringBuilder();
        s.AppendLine(Inv($"# 评审安排方案 / Judging plan — {plan.Season}")).AppendLine();
        s.AppendLine(Inv($"- 阶段 / stages: {string.Join("、", plan.Stages.Select(PlanStage.NameZh))} ({string.Join(", ", plan.Stages)})"));
        s.AppendLine(Inv($"- 每个项目评审专家 / judges per project: {o.PerProject}; 负荷上限 / load limit: {(o.LoadMax is { } m ? N(m) : "无 / none")}; 回避规则 / conflict rule: {Rule(o.Conflict)}; 评审组人数 / panel size: {o.PanelSize}; 随机种子 / seed: {o.Seed}"));
        s.AppendLine().AppendLine("## 硬性约束 / Hard constraints").AppendLine();
        s.AppendLine("| 约束 / constraint | 计数 / count | 要求 / required |").AppendLine("|---|---:|---:|");
        s.AppendLine(Inv($"| 书面评审份数 / written sheets | {a.Sheets} | — |"));
        s.AppendLine(Inv($"| 回避冲突（同单位{(o.Conflict == ConflictRule.Unit ? "" : "或同城市")}）/ conflicts of interest | {a.Conflicts} | 0 |"));
        s.AppendLine(Inv($"| 初赛与决赛评审组重叠专家 / judges on both the preliminary and the final panel of a track | {a.Overlaps} | 0 |"));
        s.AppendLine(Inv($"| 超出负荷上限的专家 / judges over their load limit | {a.OverLoad} | 0 |"));
        s.AppendLine(Inv($"| 评审专家不足的项目 / projects with too few judges | {a.ShortProjects} | 0 |"));
        s.AppendLine(Inv($"| 专长不符 / expertise mismatches | {a.ExpertiseMismatches} | 0 |"));
        s.AppendLine(Inv($"| 重复安排 / a judge twice on one project | {a.DuplicateSeats} | 0 |"));
        s.AppendLine(Inv($"| 不连通的书面评审 / written reviews in more than one component | {a.DisconnectedTracks} | 0 |"));
        s.AppendLine(Inv($"| 评审组成员的回避项目 / panel members' recusals (allowed) | {a.Recusals} | — |"));
        if (plan.Written.Count > 0)
        {
            s.AppendLine().AppendLine("## 书面评审设计 / Written review design").AppendLine();
            s.AppendLine("宽严度标准误以单次评分残差标准差 σ 为单位（加性模型：分数 = 项目 + 专家宽严度 + 误差）。“随机”是负荷与每项目专家数相同的随机安排（交换链抽样，3 次平均）；“下限”是任何负荷相同的设计都不可能低于的值。/ Severity SEs are in units of σ, the residual SD of one mark (additive model: mark = project + judge severity + error). \"Random\" is a random design with the same loads and judges per project (switch chain, mean of 3 draws); \"bound\" is the value no design with these loads can go below.").AppendLine();
            s.AppendLine("| 赛道 track | 项目 projects | 专家 judges | 负荷 load min/mean/max | 连通分量 components | 最多共评 max shared (random) | 宽严度SE RMS severity SE: plan | random | bound | 入围线SE cut SE: plan | random |");
            s.AppendLine("|---|---:|---:|---|---:|---|---:|---:|---:|---:|---:|");
            foreach (var t in plan.Written)
            {
                var q = t.Quality;
                s.AppendLine(Inv($"| {t.Track} | {t.Projects.Count} | {q.Judges} | {q.MinLoad}/{q.MeanLoad:F1}/{q.MaxLoad} | {q.Components} | {q.MaxConcurrence} ({t.Random.MaxConcurrence}) | {q.RmsSeveritySe:F4} | {t.Random.RmsSeveritySe:F4} | {q.BoundSeveritySe:F4} | {q.CutSe:F4} | {t.Random.CutSe:F4} |"));
            }

            var plannedRms = plan.Written.Average(t => t.Quality.RmsSeveritySe);
            var randomRms = plan.Written.Average(t => t.Random.RmsSeveritySe);
            var bound = plan.Written.Average(t => t.Quality.BoundSeveritySe);
            s.AppendLine().AppendLine(Inv($"平均 / mean over tracks: plan {plannedRms:F4}, random {randomRms:F4} ({100 * (1 - (plannedRms / randomRms)):F1}% lower), bound {bound:F4} (no design with these loads can be more than {100 * (1 - (bound / randomRms)):F1}% below random)."));
            s.AppendLine().AppendLine("负荷相同时，随机设计已接近最优：计划的主要作用是满足硬性约束、保证连通（同一书面评审中所有专家的宽严度可以相互比较）与均衡负荷，而不是大幅降低标准误。按“专家分组”随机分配（常见做法）时各组互不连通，组间宽严度无法比较。/ With the same loads a random design is already close to the best: what the plan adds is the hard constraints, one connected design (every judge's severity comparable with every other's in a written review) and balanced loads, not a large cut in the SE. Random expert groups (the common practice) leave the groups unconnected, so severities cannot be compared across groups.");
        }

        if (plan.Panels.Count > 0)
        {
            s.AppendLine().AppendLine("## 现场与决赛评审组 / On-site and final panels").AppendLine();
            s.AppendLine("| 评审组 panel | 阶段 stage | 专家 members | 回避项目 recusals | 回避后最少评审人数 fewest judges on a project |").AppendLine("|---|---|---|---:|---:|");
            foreach (var p in plan.Panels)
            {
                s.AppendLine(Inv($"| {p.Panel} | {PlanStage.NameZh(p.Stage)} | {string.Join(", ", p.Members.Select(m => m.Id))} | {p.Recusals.Values.Sum(r => r.Count)} | {p.FewestRaters} |"));
            }
        }

        return s.ToString();
    }

    private static string Rule(ConflictRule rule) => rule switch
    {
        ConflictRule.Unit => "同单位 / same unit",
        ConflictRule.City => "同城市 / same city",
        _ => "同单位或同城市 / same unit or same city",
    };

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string F(double value) => double.IsFinite(value) ? value.ToString("0.######", CultureInfo.InvariantCulture) : "";

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
