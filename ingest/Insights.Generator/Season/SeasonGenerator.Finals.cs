using Insights.Generator.Output;
using Insights.Model.Review;

namespace Insights.Generator.Season;

internal sealed partial class SeasonGenerator
{
    private readonly Dictionary<string, List<ProjectRecord>> _finalists = new(StringComparer.Ordinal);

    private static int FinalistCount(int entries) =>
        Math.Clamp((int)Math.Round(entries * GenerationProfile.FinalistShare), GenerationProfile.MinFinalists, GenerationProfile.MaxFinalists);

    private void GenerateOnsiteReview()
    {
        var rubric = _catalog.Rubric(Stage.PreliminaryOnsite);
        var header = new List<string> { "赛道", "评审组", "专家编号", "项目编号" };
        header.AddRange(rubric.Criteria.Select(c => c.NameZh));
        header.AddRange(["总分", "评审日期"]);
        using var writer = new CsvTableWriter(OutPath("reviews/preliminary_onsite_scores.csv"), TextEncodings.Gb18030, header);
        foreach (var track in _catalog.Tracks)
        {
            var panels = _panels[track.Code];
            var random = _root.Fork("onsite", track.Number);
            var entries = _projects.Where(p => p.Track == track).ToList();
            // The short list is taken from raw written-review means, as organizers do, whatever group a project was in.
            var shortList = entries.OrderByDescending(p => p.WrittenScore).ThenBy(p => p.Id, StringComparer.Ordinal)
                .Take(Math.Min(entries.Count, 3 * FinalistCount(entries.Count))).ToList();
            foreach (var project in shortList)
            {
                var totals = new List<double>();
                foreach (var judge in panels.Onsite)
                {
                    var marks = ToStageScale(LatentMarks(judge, project, random), rubric, judge, random, heap: false);
                    var total = rubric.Total(marks);
                    totals.Add(total);
                    var row = new List<string> { track.NameZh, panels.OnsiteId, judge.Id, project.Id };
                    row.AddRange(marks.Select(m => s_marks[m]));
                    row.Add(total.ToString("0.0", s_inv));
                    row.Add(panels.OnsiteDate.ToString("yyyy/M/d", s_inv));
                    writer.Write([.. row]);
                }

                project.OnsiteScore = totals.Average();
            }

            _finalists[track.Code] = [.. shortList.OrderByDescending(p => p.OnsiteScore).ThenBy(p => p.Id, StringComparer.Ordinal).Take(FinalistCount(entries.Count))];
        }

        AddFile(writer.Path, "csv", "gb18030", writer.Rows, "初赛现场评审评分（宽表）/ preliminary on-site review scores (wide)");
    }

    private void GenerateFinalRoadshow()
    {
        var rubric = _catalog.Rubric(Stage.FinalRoadshow);
        var header = new List<string> { "赛道", "评审组", "专家编号", "项目编号" };
        header.AddRange(rubric.Criteria.Select(c => c.NameZh));
        header.AddRange(["总分", "评审日期"]);
        var rows = new List<object?[]>();
        foreach (var track in _catalog.Tracks)
        {
            var panels = _panels[track.Code];
            var random = _root.Fork("final", track.Number);
            foreach (var project in _finalists[track.Code])
            {
                var totals = new List<double>();
                var sums = new double[rubric.Criteria.Count];
                foreach (var judge in panels.Final)
                {
                    var marks = ToStageScale(LatentMarks(judge, project, random), rubric, judge, random, heap: false);
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
                project.FinalScore = ordered.Count >= 5 ? ordered.Skip(1).Take(ordered.Count - 2).Average() : ordered.Average();
                project.FinalCriterionMeans = [.. sums.Select(s => s / panels.Final.Count)];
            }
        }

        var path = OutPath("reviews/final_roadshow_scores.xlsx");
        var count = XlsxTableWriter.Write(path, "决赛路演评分", header, rows);
        AddFile(path, "xlsx", "", count, "决赛路演答辩评分（宽表）/ final roadshow scores (wide)");
    }
}
