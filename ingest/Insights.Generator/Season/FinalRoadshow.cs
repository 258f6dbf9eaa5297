using Insights.Generator.Output;
using Insights.Model.Review;

namespace Insights.Generator.Season;

/// <summary>
/// Step 6: the final roadshow of each track's finalists, from the track's stream <c>final</c>, written as a
/// spreadsheet: each finalist's final score and criterion means, which the awards read.
/// </summary>
internal static class FinalRoadshow
{
    /// <summary>Scores and writes the final roadshow.</summary>
    /// <param name="context">The season.</param>
    /// <param name="entrants">The entrant units.</param>
    /// <param name="judges">The judges and panels.</param>
    /// <param name="finalists">Track code → its finalists.</param>
    /// <returns>The scores, criterion means and final_roadshow_scores.xlsx.</returns>
    public static FinalResult Score(SeasonContext context, EntrantUnits entrants, JudgePanels judges, IReadOnlyDictionary<string, List<ProjectRecord>> finalists)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entrants);
        ArgumentNullException.ThrowIfNull(judges);
        ArgumentNullException.ThrowIfNull(finalists);
        var rubric = context.Catalog.Rubric(Stage.FinalRoadshow);
        var header = new List<string> { "赛道", "评审组", "专家编号", "项目编号" };
        header.AddRange(rubric.Criteria.Select(c => c.NameZh));
        header.AddRange(["总分", "评审日期"]);
        var rows = new List<object?[]>();
        var scores = new Dictionary<ProjectRecord, double>();
        var criterionMeans = new Dictionary<ProjectRecord, double[]>();
        foreach (var track in context.Catalog.Tracks)
        {
            var panels = judges.Panels[track.Code];
            var random = context.Root.Fork("final", track.Number);
            foreach (var project in finalists[track.Code])
            {
                var totals = new List<double>();
                var sums = new double[rubric.Criteria.Count];
                foreach (var judge in panels.Final)
                {
                    var marks = JudgeMarks.ToStageScale(JudgeMarks.Latent(judge, project, entrants.Units, random), rubric, judge, random, heap: false);
                    var total = rubric.Total(marks);
                    totals.Add(total);
                    for (var c = 0; c < marks.Length; c++)
                    {
                        sums[c] += marks[c];
                    }

                    var row = new List<object?> { track.NameZh, panels.FinalId, judge.Id, project.Id };
                    row.AddRange(marks.Select(m => (object?)m));
                    row.Add(total);
                    row.Add(panels.FinalDate.ToDateTime(TimeOnly.MinValue));
                    rows.Add([.. row]);
                }

                // Roadshow finals drop the highest and the lowest total (去掉一个最高分和一个最低分).
                var ordered = totals.Order().ToList();
                scores[project] = ordered.Count >= 5 ? ordered.Skip(1).Take(ordered.Count - 2).Average() : ordered.Average();
                criterionMeans[project] = [.. sums.Select(s => s / panels.Final.Count)];
            }
        }

        var path = context.OutPath("reviews/final_roadshow_scores.xlsx");
        var count = XlsxTableWriter.Write(path, "决赛路演评分", header, rows);
        return new FinalResult(scores, criterionMeans, new SeasonFile(path, "xlsx", "", count, "决赛路演答辩评分（宽表）/ final roadshow scores (wide)"));
    }
}
