using System.Globalization;
using System.Text;
using Insights.Model.Reference;
using Insights.Model.Review;

namespace Insights.Generator.Tests;

/// <summary>
/// The review design: the stages are the notice's (四（二）1-2 书面评审、现场评审、路演答辩); the panel sizes are the
/// generator's assumptions (the notice gives none): sparse written review in 10-20 judge groups, complete 5-9 judge
/// on-site and final panels, marks on the rubric's scales.
/// </summary>
public sealed class ReviewDesignTests
{
    private static readonly GeneratedSeason s_season = GeneratedSeason.Default;
    private static readonly ReferenceCatalog s_catalog = ReferenceCatalog.Load("2024-JS");
    private static readonly List<Dictionary<string, string>> s_panels = GeneratedSeason.Csv(s_season.Export("reviews/panels.csv"), Encoding.UTF8);

    [Fact]
    public void Written_review_is_sparse_three_to_five_judges_from_a_ten_to_twenty_judge_group()
    {
        var written = GeneratedSeason.Csv(s_season.Export("reviews/preliminary_written_scores.csv"), Encoding.UTF8);
        var members = s_panels.GroupBy(p => p["评审组"]).ToDictionary(g => g.Key, g => g.Select(p => p["专家编号"]).ToHashSet());
        foreach (var group in members.Where(m => m.Key.Contains("-PRE-", StringComparison.Ordinal)))
        {
            Assert.InRange(group.Value.Count, 10, 20);
        }

        var projects = written.GroupBy(s => s["项目编号"]).ToList();
        Assert.Equal(GeneratedSeason.Projects, projects.Count);
        foreach (var project in projects)
        {
            var judges = project.Select(s => s["专家编号"]).Distinct().ToList();
            Assert.InRange(judges.Count, 3, 5);
            var group = Assert.Single(project.Select(s => s["评审组"]).Distinct());
            Assert.All(judges, j => Assert.Contains(j, members[group]));
            Assert.Equal(judges.Count * 5, project.Count());
        }
    }

    [Fact]
    public void On_site_and_final_panels_are_complete_with_five_to_nine_judges()
    {
        var onsite = GeneratedSeason.Csv(s_season.Export("reviews/preliminary_onsite_scores.csv"), GeneratedSeason.Gb18030);
        var (header, final) = GeneratedSeason.Xlsx(s_season.Export("reviews/final_roadshow_scores.xlsx"));
        var finalRows = final.Select(r => header.Zip(r).ToDictionary(x => x.First, x => x.Second?.ToString() ?? "")).ToList();
        foreach (var (rows, stage) in new[] { (onsite, "初赛现场评审"), (finalRows, "决赛路演答辩") })
        {
            foreach (var panel in rows.GroupBy(r => r["评审组"]))
            {
                var judges = s_panels.Where(p => p["评审组"] == panel.Key && p["评审阶段"] == stage).Select(p => p["专家编号"]).ToHashSet();
                Assert.InRange(judges.Count, 5, 9);
                foreach (var project in panel.GroupBy(r => r["项目编号"]))
                {
                    Assert.True(judges.SetEquals(project.Select(r => r["专家编号"])), $"{panel.Key} {project.Key} is not scored by the whole panel");
                }
            }
        }
    }

    [Fact]
    public void Marks_are_on_each_stage_scale_and_totals_add_up()
    {
        var written = GeneratedSeason.Csv(s_season.Export("reviews/preliminary_written_scores.csv"), Encoding.UTF8);
        var writtenRubric = s_catalog.Rubric(Stage.PreliminaryWritten);
        Assert.All(written, s => Assert.InRange(int.Parse(s["得分"], CultureInfo.InvariantCulture), 0, 100));
        Assert.All(written, s => Assert.Contains(s["评分项"], writtenRubric.Criteria.Select(c => c.NameZh)));

        var rubric = s_catalog.Rubric(Stage.PreliminaryOnsite);
        foreach (var row in GeneratedSeason.Csv(s_season.Export("reviews/preliminary_onsite_scores.csv"), GeneratedSeason.Gb18030))
        {
            var marks = rubric.Criteria.Select(c => int.Parse(row[c.NameZh], CultureInfo.InvariantCulture)).ToArray();
            Assert.All(marks, m => Assert.InRange(m, 1, 10));
            // Hand check of the sheet's own total: Σ weight × mark.
            Assert.Equal(rubric.Criteria.Zip(marks).Sum(x => x.First.Weight * x.Second), double.Parse(row["总分"], CultureInfo.InvariantCulture), 6);
        }
    }

    [Fact]
    public void Awards_go_to_finalists_with_tiers_in_score_order_and_a_seven_day_publicity()
    {
        var (header, awards) = GeneratedSeason.Xlsx(s_season.Export("awards/awards.xlsx"));
        var rows = awards.Select(r => header.Zip(r).ToDictionary(x => x.First, x => x.Second?.ToString() ?? "")).ToList();
        var finalists = GeneratedSeason.Xlsx(s_season.Export("reviews/final_roadshow_scores.xlsx")).Rows.Select(r => r[3]!.ToString()).ToHashSet();
        Assert.All(rows, r => Assert.Contains(r["项目编号"], finalists));
        foreach (var track in rows.GroupBy(r => r["赛道"]))
        {
            Assert.Contains(track, r => r["奖项"] == "一等奖");
            var tiers = track.Where(r => r["奖项"] != "单项奖").ToList();
            var scores = tiers.Select(r => double.Parse(r["决赛得分"], CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(scores.OrderDescending(), scores);
            var start = DateTime.ParseExact(track.First()["公示开始日期"], "yyyy年M月d日", CultureInfo.InvariantCulture);
            var end = DateTime.ParseExact(track.First()["公示结束日期"], "yyyy年M月d日", CultureInfo.InvariantCulture);
            Assert.Equal(s_catalog.Rules.PublicityDays - 1, (end - start).Days);
        }

        Assert.Equal(12, rows.Select(r => r["赛道"]).Distinct().Count());
    }

    [Fact]
    public void Written_review_judges_score_their_sheets_over_several_days_of_the_window()
    {
        // A sheet (one judge, one project) has one time for all criteria; a judge scores on 3-6 distinct days of the
        // window 08-06 to 08-17 (fewer only with fewer sheets), between 09:00 and 21:59.
        var written = GeneratedSeason.Csv(s_season.Export("reviews/preliminary_written_scores.csv"), Encoding.UTF8);
        var sheets = written.GroupBy(s => (s["评审组"], s["专家编号"], s["项目编号"])).ToList();
        Assert.All(sheets, sheet => Assert.Single(sheet.Select(s => s["评分时间"]).Distinct()));
        var times = sheets.Select(sheet => (Judge: sheet.Key.Item1 + "/" + sheet.Key.Item2, At: DateTime.ParseExact(sheet.First()["评分时间"], "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))).ToList();
        Assert.All(times, t =>
        {
            Assert.InRange(t.At.Date, new DateTime(2024, 8, 6), new DateTime(2024, 8, 17));
            Assert.InRange(t.At.TimeOfDay, new TimeSpan(9, 0, 0), new TimeSpan(21, 59, 0));
        });
        foreach (var judge in times.GroupBy(t => t.Judge))
        {
            var days = judge.Select(t => t.At.Date).Distinct().Count();
            Assert.InRange(days, Math.Min(3, judge.Count()), 6);
        }
    }

    [Fact]
    public void Every_project_names_a_known_track_and_problem()
    {
        foreach (var project in GeneratedSeason.JsonData(s_season.Export("registration/projects.json")))
        {
            var track = s_catalog.Tracks.Single(t => t.NameZh == project.GetProperty("trackName").GetString());
            var problem = s_catalog.ProblemsOf(track.Code)[project.GetProperty("problemNo").GetInt32() - 1];
            Assert.Equal(problem.TitleZh, project.GetProperty("problemTitle").GetString());
            Assert.StartsWith($"JS24-{track.Code}-", project.GetProperty("projectId").GetString(), StringComparison.Ordinal);
        }
    }
}
