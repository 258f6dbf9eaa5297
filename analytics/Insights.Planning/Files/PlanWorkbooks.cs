using System.Globalization;
using Insights.Analytics.Pipeline.Output;

namespace Insights.Planning.Files;

/// <summary>
/// The plan as workbooks to send, one per panel (XLSX, Chinese headers): for a written review the sheets to score
/// (one row per judge and project, sorted by judge) and each judge's load; for an on-site or final panel its members
/// and each member's recusals.
/// </summary>
public static class PlanWorkbooks
{
    /// <summary>Writes every panel's workbook into <paramref name="folder"/> as <c>PANEL.xlsx</c>.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="folder">The folder (created if missing).</param>
    /// <returns>The files written.</returns>
    public static IReadOnlyList<string> Write(JudgingPlan plan, string folder)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentException.ThrowIfNullOrEmpty(folder);
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        foreach (var track in plan.Written)
        {
            var path = Path.Combine(folder, track.Panel + ".xlsx");
            var sheets = track.Projects.SelectMany((p, i) => track.Judges[i].Select(j => (Judge: j, Project: p)))
                .OrderBy(s => s.Judge.Id, StringComparer.Ordinal).ThenBy(s => s.Project.Id, StringComparer.Ordinal).ToList();
            List<IReadOnlyList<string>> tasks = [.. sheets.Select((s, n) => (IReadOnlyList<string>)
                [Count(n + 1), track.Track, track.Panel, s.Judge.Id, s.Judge.Name, s.Judge.Unit, s.Project.Id, s.Project.Name, s.Project.Problem])];
            List<IReadOnlyList<string>> loads = [.. sheets.GroupBy(s => s.Judge).OrderBy(g => g.Key.Id, StringComparer.Ordinal)
                .Select(g => (IReadOnlyList<string>)[g.Key.Id, g.Key.Name, g.Key.Unit, g.Key.City, Count(g.Count())])];
            AnalysisWorkbook.Write(path,
            [
                ("评审任务", ["序号", "赛道", "评审组", "专家编号", "专家姓名", "工作单位", "项目编号", "项目名称", "揭榜题目"], tasks),
                ("专家负荷", ["专家编号", "专家姓名", "工作单位", "所在城市", "评审项目数"], loads),
            ]);
            files.Add(path);
        }

        foreach (var panel in plan.Panels)
        {
            var path = Path.Combine(folder, panel.Panel + ".xlsx");
            List<IReadOnlyList<string>> members = [.. panel.Members.Select((j, n) => (IReadOnlyList<string>)
                [Count(n + 1), panel.Track, PlanStage.NameZh(panel.Stage), panel.Panel, j.Id, j.Name, j.Unit, j.City,
                 panel.Recusals.TryGetValue(j.Id, out var r) ? string.Join("、", r) : ""])];
            AnalysisWorkbook.Write(path,
            [
                ("评审组成员", ["序号", "赛道", "评审阶段", "评审组", "专家编号", "专家姓名", "工作单位", "所在城市", "需回避项目"], members),
            ]);
            files.Add(path);
        }

        return files;
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
