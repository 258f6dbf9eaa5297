using System.Globalization;
using Insights.Generator.Output;
using Insights.Model.Review;

namespace Insights.Generator.Season;

/// <summary>
/// Step 4: the preliminary written review, group by group from each track's stream <c>written</c> (track number),
/// written as a long table; the planted typos come from the stream <c>typos</c>. Returns each project's written
/// score, which the on-site short list reads.
/// </summary>
internal static class WrittenReview
{
    private const int TyposPlanted = 6;
    private static readonly CultureInfo s_inv = CultureInfo.InvariantCulture;

    /// <summary>Scores and writes the written review.</summary>
    /// <param name="context">The season.</param>
    /// <param name="entrants">The entrant units.</param>
    /// <param name="projects">The projects (the typos' draws pick among them).</param>
    /// <param name="judges">The judges and panels.</param>
    /// <returns>The scores, the typos, the planted problems and the file.</returns>
    public static WrittenReviewResult Score(SeasonContext context, EntrantUnits entrants, IReadOnlyList<ProjectRecord> projects, JudgePanels judges)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entrants);
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(judges);
        var scorer = new WrittenSheets(context, entrants.Units, judges.Panels, PickTypoProjects(context, projects));
        var rubric = context.Catalog.Rubric(Stage.PreliminaryWritten);
        var criteria = rubric.Criteria.Select(c => c.NameZh).ToArray();
        var typos = new List<string[]>();
        var totals = new Dictionary<ProjectRecord, (double Sum, int Count)>();
        var log = new PlantedLog();
        DriftPlant? driftPlant = null;
        using var writer = new CsvTableWriter(context.OutPath("reviews/preliminary_written_scores.csv"), TextEncodings.Utf8,
            ["赛道", "评审组", "专家编号", "项目编号", "评分项", "得分", "评分时间"]);
        var done = 0;
        foreach (var track in context.Catalog.Tracks)
        {
            var panels = judges.Panels[track.Code];
            var random = context.Root.Fork("written", track.Number);
            for (var g = 0; g < panels.WrittenGroups.Count; g++)
            {
                var groupId = panels.WrittenGroupIds[g];
                var drift = WrittenTimes.DriftOffsets(scorer, track, g);
                driftPlant = drift?.Plant ?? driftPlant;
                var sheets = scorer.Score(track, g, random, drift?.Offsets);
                var times = WrittenTimes.Schedule(context, panels, track, g, sheets);
                if (drift is { } planned && sheets.Any(s => s.Judge.DriftGroup == groupId && !planned.Offsets.ContainsKey(s.Project)))
                {
                    throw new InvalidOperationException($"drift plan of {groupId} does not match its sheets");
                }

                for (var i = 0; i < sheets.Count; i++)
                {
                    var (judge, project, marks, recorded, typo) = sheets[i];
                    var (sum, count) = totals.GetValueOrDefault(project);
                    totals[project] = (sum + rubric.Total(marks), count + 1);
                    if (typo >= 0)
                    {
                        typos.Add([judge.Id, project.Id, rubric.Criteria[typo].Code, marks[typo].ToString(s_inv), recorded[typo].ToString(s_inv)]);
                        log.Add("typo_score", track.Code, "preliminary_written", judge.Id, project.Id, "", "analytics: outlier (residual)",
                            $"评分录入错误：{rubric.Criteria[typo].NameZh} 应为{marks[typo]}分，录为{recorded[typo]}分", $"keying error: {rubric.Criteria[typo].NameEn} meant {marks[typo]}, keyed {recorded[typo]}");
                    }

                    var at = times[i].ToString("yyyy-MM-dd HH:mm", s_inv);
                    for (var k = 0; k < criteria.Length; k++)
                    {
                        writer.Write(track.NameZh, groupId, judge.Id, project.Id, criteria[k], JudgeMarks.Text[recorded[k]], at);
                    }

                    if (i == sheets.Count - 1 || sheets[i + 1].Project != project)
                    {
                        if (++done % 2000 == 0)
                        {
                            context.Report("preliminary written review / 初赛书面评审", done, projects.Count);
                        }
                    }
                }
            }
        }

        var file = new SeasonFile(writer.Path, "csv", "utf-8", writer.Rows, "初赛书面评审评分（长表）/ preliminary written review scores (long)");
        var scores = projects.ToDictionary(p => p, p => totals.TryGetValue(p, out var t) ? t.Sum / t.Count : 0);
        return new WrittenReviewResult(scores, typos, log.Problems, driftPlant, file);
    }

    /// <summary>The projects that get a planted typo, from the stream <c>typos</c>; none in a clean season, where every mark is keyed as meant.</summary>
    private static HashSet<ProjectRecord> PickTypoProjects(SeasonContext context, IReadOnlyList<ProjectRecord> projects)
    {
        var random = context.Root.Fork("typos");
        var picked = new HashSet<ProjectRecord>();
        while (context.Options.Plant && picked.Count < TyposPlanted)
        {
            picked.Add(projects[random.Next(projects.Count)]);
        }

        return picked;
    }
}
