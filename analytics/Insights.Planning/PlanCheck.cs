using Insights.Model.Files;

namespace Insights.Planning;

/// <summary>
/// Compares the executed review with its plan: who scored what he was not assigned, planned seats left empty,
/// conflicts of interest that occurred anyway and judges on both a preliminary and the final panel of a track.
/// Written stages compare judge and project; panels compare who sat on them.
/// </summary>
public static class PlanCheck
{
    /// <summary>The findings CSV's header.</summary>
    public static readonly string[] Header = ["kind", "level", "stage", "track", "judge_id", "project_id", "message_zh", "message_en"];

    /// <summary>Compares.</summary>
    /// <param name="plan">The planned seats.</param>
    /// <param name="executed">The executed seats (the warehouse's).</param>
    /// <param name="projects">The projects (for conflicts).</param>
    /// <param name="judges">The judges (for conflicts).</param>
    /// <param name="rule">What makes a conflict.</param>
    /// <returns>The findings, errors first.</returns>
    public static IReadOnlyList<PlanFinding> Compare(
        IReadOnlyList<PlanSeat> plan, IReadOnlyList<PlanSeat> executed, IReadOnlyList<PlanProject> projects, IReadOnlyList<PlanJudge> judges, ConflictRule rule)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(executed);
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(judges);
        var findings = new List<PlanFinding>();
        var planned = plan.Select(s => s.Stage).ToHashSet(StringComparer.Ordinal);
        var executedHere = executed.Where(s => planned.Contains(s.Stage)).ToList();
        var plannedSheets = plan.Where(s => s.Project is not null).Select(Sheet).ToHashSet();
        var executedSheets = executedHere.Where(s => s.Stage == PlanStage.Written && s.Project is not null).Select(Sheet).ToHashSet();
        var plannedPanels = plan.Where(s => s.Project is null).Select(Seat).ToHashSet();
        var executedPanels = executedHere.Where(s => s.Stage != PlanStage.Written).Select(Seat).ToHashSet();
        foreach (var s in executedSheets.Except(plannedSheets).Order())
        {
            findings.Add(new PlanFinding("unplanned_seat", "warning", s.Stage, s.Track, s.Judge, s.Project,
                $"专家 {s.Judge} 评审了未安排给他的项目 {s.Project}（{PlanStage.NameZh(s.Stage)}，赛道 {s.Track}）",
                $"judge {s.Judge} scored project {s.Project}, which the plan did not give him ({s.Stage}, track {s.Track})"));
        }

        foreach (var s in plannedSheets.Except(executedSheets).Order())
        {
            findings.Add(new PlanFinding("missed_seat", "warning", s.Stage, s.Track, s.Judge, s.Project,
                $"安排给专家 {s.Judge} 的项目 {s.Project} 没有他的评分（{PlanStage.NameZh(s.Stage)}，赛道 {s.Track}）",
                $"judge {s.Judge} was assigned project {s.Project} but has no score for it ({s.Stage}, track {s.Track})"));
        }

        foreach (var s in executedPanels.Except(plannedPanels).Order())
        {
            findings.Add(new PlanFinding("unplanned_seat", "warning", s.Stage, s.Track, s.Judge, "",
                $"专家 {s.Judge} 不在计划的{PlanStage.NameZh(s.Stage)}评审组（赛道 {s.Track}）却参加了评审",
                $"judge {s.Judge} sat on the {s.Stage} panel of track {s.Track}, which the plan did not give him"));
        }

        foreach (var s in plannedPanels.Except(executedPanels).Order())
        {
            findings.Add(new PlanFinding("missed_seat", "warning", s.Stage, s.Track, s.Judge, "",
                $"计划中的{PlanStage.NameZh(s.Stage)}评审组专家 {s.Judge}（赛道 {s.Track}）没有评审记录",
                $"judge {s.Judge}, planned for the {s.Stage} panel of track {s.Track}, has no seat in the executed review"));
        }

        findings.InsertRange(0, Conflicts(executed, projects, judges, rule).Concat(Overlaps(executed)));
        return findings;
    }

    /// <summary>Writes the findings as CSV.</summary>
    /// <param name="path">The file.</param>
    /// <param name="findings">The findings.</param>
    public static void Write(string path, IEnumerable<PlanFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        CsvWriter.WriteFile(path, Header, findings.Select(f => new[] { f.Kind, f.Level, f.Stage, f.Track, f.Judge, f.Project, f.Zh, f.En }));
    }

    private static IEnumerable<PlanFinding> Conflicts(IReadOnlyList<PlanSeat> executed, IReadOnlyList<PlanProject> projects, IReadOnlyList<PlanJudge> judges, ConflictRule rule)
    {
        var byProject = projects.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var byJudge = judges.GroupBy(j => j.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var s in executed.Where(s => s.Project is not null).Distinct().OrderBy(s => s.Stage, StringComparer.Ordinal).ThenBy(s => s.Judge, StringComparer.Ordinal).ThenBy(s => s.Project, StringComparer.Ordinal))
        {
            if (byProject.TryGetValue(s.Project!, out var project) && byJudge.TryGetValue(s.Judge, out var judge) && Eligibility.IsConflict(judge, project, rule))
            {
                yield return new PlanFinding("conflict_scored", "error", s.Stage, s.Track, s.Judge, s.Project!,
                    $"专家 {s.Judge}（{judge.Unit}，{judge.City}）评审了应回避的项目 {s.Project}（{string.Join("、", project.Units)}，{project.City}）",
                    $"judge {s.Judge} ({judge.Unit}, {judge.City}) scored project {s.Project} ({string.Join(", ", project.Units)}, {project.City}), on which he is conflicted");
            }
        }
    }

    private static IEnumerable<PlanFinding> Overlaps(IReadOnlyList<PlanSeat> executed)
    {
        var preliminary = executed.Where(s => PlanStage.IsPreliminary(s.Stage)).Select(s => (s.Track, s.Judge)).ToHashSet();
        foreach (var (track, judge) in executed.Where(s => s.Stage == PlanStage.Final).Select(s => (s.Track, s.Judge)).Distinct().Where(preliminary.Contains).Order())
        {
            yield return new PlanFinding("panel_overlap", "error", PlanStage.Final, track, judge, "",
                $"专家 {judge} 同时在赛道 {track} 的初赛与决赛评审组",
                $"judge {judge} sat on both a preliminary and the final panel of track {track}");
        }
    }

    private static (string Stage, string Track, string Judge, string Project) Sheet(PlanSeat s) => (s.Stage, s.Track, s.Judge, s.Project ?? "");

    private static (string Stage, string Track, string Judge) Seat(PlanSeat s) => (s.Stage, s.Track, s.Judge);
}
