using Insights.Generator.Planning;
using Insights.Model.Review;

namespace Insights.Generator.Season;

/// <summary>
/// Step 3b, only with a judging plan: checks the plan against the season's judges and projects and seats its panels
/// in place of the generator's own. Draws nothing, so every other draw of the seed stays as it was. Per track and
/// stage the plan covers: the written review becomes the plan's groups (one per panel id, members in order of first
/// appearance, projects in registration order, each read by exactly the plan's judges), the on-site or final panel
/// becomes the plan's (members in row order, the first the chair). What the plan does not cover keeps the generator's
/// assignment. The judges' panel lists (truth/judges.csv) are then rebuilt in the generator's order.
/// </summary>
internal static class PlannedPanels
{
    private const int MissingListed = 10;

    /// <summary>Checks <paramref name="plan"/> against the season and seats its panels.</summary>
    /// <param name="context">The season.</param>
    /// <param name="plan">The plan, already read.</param>
    /// <param name="judges">The judges and the generator's panels, changed in place.</param>
    /// <param name="projects">The projects, in registration order.</param>
    /// <exception cref="JudgingPlanException">The plan names a judge, project or track the season lacks, a project
    /// outside its track or in two written panels, a panel id under two stages or tracks, two panels of one on-site or
    /// final stage of a track, or leaves out a project of a track whose written review it covers.</exception>
    public static void Apply(SeasonContext context, JudgingPlan plan, JudgePanels judges, IReadOnlyList<ProjectRecord> projects)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(judges);
        ArgumentNullException.ThrowIfNull(projects);
        var errors = new PlanErrors(plan.File);
        var tracks = context.Catalog.Tracks.Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        var judgeById = judges.Judges.ToDictionary(j => j.Id, StringComparer.Ordinal);
        var projectById = projects.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var panelOwner = new Dictionary<string, (Stage Stage, string Track, int Row)>(StringComparer.Ordinal);
        var written = new Dictionary<string, List<(string Panel, JudgeRecord Judge, ProjectRecord Project)>>(StringComparer.Ordinal);
        var projectPanel = new Dictionary<ProjectRecord, (string Panel, int Row)>();
        var complete = new Dictionary<(Stage Stage, string Track), (string Panel, int Row, List<JudgeRecord> Members)>();
        var season = $"{context.Catalog.Season.Id}, seed {context.Options.Seed}, {context.Options.Projects} projects";
        foreach (var row in plan.Rows)
        {
            var ok = true;
            if (!tracks.Contains(row.Track))
            {
                errors.Cell(row.Row, "track", $"未知的赛道“{row.Track}”", $"unknown track '{row.Track}'");
                ok = false;
            }

            if (!judgeById.TryGetValue(row.JudgeId, out var judge))
            {
                errors.Cell(row.Row, "judge_id", $"未知的专家编号 {row.JudgeId}（所生成赛季 {season} 的专家为 {judges.Judges[0].Id}-{judges.Judges[^1].Id}）",
                    $"unknown judge id {row.JudgeId} (the generated season {season} has judges {judges.Judges[0].Id}-{judges.Judges[^1].Id})");
                ok = false;
            }

            if (panelOwner.TryGetValue(row.Panel, out var owner) && (owner.Stage != row.Stage || owner.Track != row.Track))
            {
                errors.Cell(row.Row, "panel", $"评审组 {row.Panel} 已在第 {owner.Row} 行用于 {owner.Stage.Code()} {owner.Track}",
                    $"panel {row.Panel} is already used for {owner.Stage.Code()} {owner.Track} on row {owner.Row}");
                ok = false;
            }

            panelOwner.TryAdd(row.Panel, (row.Stage, row.Track, row.Row));
            if (row.Stage == Stage.PreliminaryWritten)
            {
                ok &= CheckWritten(row, projectById, projectPanel, season, errors, out var project);
                if (ok)
                {
                    (written.TryGetValue(row.Track, out var list) ? list : written[row.Track] = []).Add((row.Panel, judge!, project!));
                }
            }
            else if (complete.TryGetValue((row.Stage, row.Track), out var panel) && panel.Panel != row.Panel)
            {
                errors.Cell(row.Row, "panel", $"赛道 {row.Track} 的{row.Stage.NameZh()}只有一个评审组，第 {panel.Row} 行已为 {panel.Panel}",
                    $"track {row.Track} has one {row.Stage.Code()} panel, already {panel.Panel} on row {panel.Row}");
            }
            else if (ok)
            {
                (complete.TryGetValue((row.Stage, row.Track), out panel) ? panel : complete[(row.Stage, row.Track)] = (row.Panel, row.Row, [])).Members.Add(judge!);
            }
        }

        foreach (var track in context.Catalog.Tracks.Where(t => written.ContainsKey(t.Code)))
        {
            var missing = projects.Where(p => p.Track == track && !projectPanel.ContainsKey(p)).Select(p => p.Id).ToList();
            if (missing.Count > 0)
            {
                var ids = string.Join(", ", missing.Take(MissingListed)) + (missing.Count > MissingListed ? ", …" : "");
                errors.File($"赛道 {track.Code} 有 {missing.Count} 个项目不在计划的书面评审中：{ids}",
                    $"{missing.Count} project(s) of track {track.Code} are left out of the plan's written review: {ids}");
            }
        }

        errors.ThrowIfAny();
        Seat(context, judges, projects, written, complete);
    }

    /// <summary>Checks a written row's project: known, in the row's track, in one written panel only.</summary>
    private static bool CheckWritten(PlanRow row, Dictionary<string, ProjectRecord> projectById, Dictionary<ProjectRecord, (string Panel, int Row)> projectPanel,
        string season, PlanErrors errors, out ProjectRecord? project)
    {
        if (!projectById.TryGetValue(row.ProjectId, out project))
        {
            errors.Cell(row.Row, "project_id", $"未知的项目编号 {row.ProjectId}（不在所生成赛季 {season} 中）",
                $"unknown project id {row.ProjectId} (not in the generated season {season})");
            return false;
        }

        if (project.Track.Code != row.Track)
        {
            errors.Cell(row.Row, "track", $"项目 {project.Id} 属于赛道 {project.Track.Code}，不是 {row.Track}",
                $"project {project.Id} is in track {project.Track.Code}, not {row.Track}");
            return false;
        }

        if (projectPanel.TryGetValue(project, out var first) && first.Panel != row.Panel)
        {
            errors.Cell(row.Row, "panel", $"项目 {project.Id} 已在第 {first.Row} 行分到书面评审组 {first.Panel}，一个项目只在一个组评审",
                $"project {project.Id} is already in written panel {first.Panel} on row {first.Row}; a project is read in one panel");
            return false;
        }

        projectPanel.TryAdd(project, (row.Panel, row.Row));
        return true;
    }

    private static void Seat(SeasonContext context, JudgePanels judges, IReadOnlyList<ProjectRecord> projects,
        Dictionary<string, List<(string Panel, JudgeRecord Judge, ProjectRecord Project)>> written,
        Dictionary<(Stage Stage, string Track), (string Panel, int Row, List<JudgeRecord> Members)> complete)
    {
        foreach (var track in context.Catalog.Tracks)
        {
            var panels = judges.Panels[track.Code];
            if (written.TryGetValue(track.Code, out var sheets))
            {
                panels.WrittenGroups.Clear();
                panels.WrittenGroupIds.Clear();
                panels.WrittenProjects.Clear();
                var seats = new Dictionary<ProjectRecord, List<JudgeRecord>>();
                foreach (var group in sheets.GroupBy(s => s.Panel, StringComparer.Ordinal))
                {
                    var inGroup = group.Select(s => s.Project).ToHashSet();
                    panels.WrittenGroupIds.Add(group.Key);
                    panels.WrittenGroups.Add([.. group.Select(s => s.Judge).Distinct()]);
                    panels.WrittenProjects.Add([.. projects.Where(inGroup.Contains)]);
                    foreach (var (_, judge, project) in group)
                    {
                        (seats.TryGetValue(project, out var list) ? list : seats[project] = []).Add(judge);
                    }
                }

                panels.PlannedSeats = seats;
            }

            if (complete.TryGetValue((Stage.PreliminaryOnsite, track.Code), out var onsite))
            {
                panels.Onsite.Clear();
                panels.Onsite.AddRange(onsite.Members);
                panels.OnsiteId = onsite.Panel;
            }

            if (complete.TryGetValue((Stage.FinalRoadshow, track.Code), out var final))
            {
                panels.Final.Clear();
                panels.Final.AddRange(final.Members);
                panels.FinalId = final.Panel;
            }
        }

        // The order JudgePool lists them in: track by track, written groups, on-site panel, final panel.
        foreach (var judge in judges.Judges)
        {
            judge.Panels.Clear();
        }

        foreach (var panels in context.Catalog.Tracks.Select(t => judges.Panels[t.Code]))
        {
            for (var g = 0; g < panels.WrittenGroups.Count; g++)
            {
                panels.WrittenGroups[g].ForEach(j => j.Panels.Add(panels.WrittenGroupIds[g]));
            }

            panels.Onsite.ForEach(j => j.Panels.Add(panels.OnsiteId));
            panels.Final.ForEach(j => j.Panels.Add(panels.FinalId));
        }
    }
}
