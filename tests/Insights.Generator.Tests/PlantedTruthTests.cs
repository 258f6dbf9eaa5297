using System.Text;
using Insights.Model.Identifiers;
using Insights.Model.Reference;

namespace Insights.Generator.Tests;

/// <summary>Every planted problem is listed in the truth folder and is really in the exported data.</summary>
public sealed class PlantedTruthTests
{
    private static readonly GeneratedSeason s_season = GeneratedSeason.Default;
    private static readonly List<Dictionary<string, string>> s_planted = GeneratedSeason.Csv(s_season.Truth("planted.csv"), Encoding.UTF8);
    private static readonly List<Dictionary<string, string>> s_written = GeneratedSeason.Csv(s_season.Export("reviews/preliminary_written_scores.csv"), Encoding.UTF8);
    private static readonly List<Dictionary<string, string>> s_panels = GeneratedSeason.Csv(s_season.Export("reviews/panels.csv"), Encoding.UTF8);

    private static Dictionary<string, string> One(string kind) => Assert.Single(s_planted, p => p["kind"] == kind);

    [Theory]
    [InlineData("lenient_judge")]
    [InlineData("harsh_judge")]
    [InlineData("central_tendency_judge")]
    [InlineData("halo_judge")]
    [InlineData("favouritism_judge")]
    [InlineData("copying_judges")]
    [InlineData("judge_on_both_panels")]
    [InlineData("drift_judge")]
    [InlineData("typo_score")]
    [InlineData("organizer_subsidiary")]
    [InlineData("blacklisted_unit")]
    [InlineData("team_over_representative_limit")]
    [InlineData("representative_in_two_teams")]
    [InlineData("invalid_credit_code")]
    [InlineData("late_preliminary_review")]
    [InlineData("late_results")]
    [InlineData("anonymous_complaint")]
    [InlineData("complaint_without_evidence")]
    [InlineData("complaint_outside_publicity")]
    public void Truth_lists_the_planted_kind_with_bilingual_detail(string kind)
    {
        var rows = s_planted.Where(p => p["kind"] == kind).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r["detail_zh"]) || string.IsNullOrWhiteSpace(r["detail_en"]) || string.IsNullOrWhiteSpace(r["detection"])));
    }

    [Fact]
    public void Exactly_one_person_is_in_two_teams()
    {
        var representatives = GeneratedSeason.Csv(s_season.Export("registration/representatives.csv"), GeneratedSeason.Gb18030);
        var shared = representatives.GroupBy(r => r["手机号码"]).Where(g => g.Select(r => r["团队编号"]).Distinct().Count() > 1).ToList();
        var person = Assert.Single(shared);
        Assert.Contains(person.Key, One("representative_in_two_teams")["detail_en"], StringComparison.Ordinal);
        // The person takes a seat of the receiving team, which stays within five.
        Assert.All(person.Select(r => r["团队编号"]), team => Assert.InRange(representatives.Count(r => r["团队编号"] == team), 2, 5));
    }

    [Fact]
    public void Preliminary_and_final_panels_share_only_the_planted_judge()
    {
        var planted = One("judge_on_both_panels");
        foreach (var track in s_panels.GroupBy(p => p["赛道"]))
        {
            var preliminary = track.Where(p => p["评审阶段"] != "决赛路演答辩").Select(p => p["专家编号"]).ToHashSet();
            var final = track.Where(p => p["评审阶段"] == "决赛路演答辩").Select(p => p["专家编号"]).ToHashSet();
            var both = preliminary.Intersect(final).ToList();
            if (both.Count > 0)
            {
                Assert.Equal([planted["judges"]], both);
            }
        }

        Assert.Contains(s_panels, p => p["专家编号"] == planted["judges"] && p["评审阶段"] == "决赛路演答辩");
    }

    [Fact]
    public void The_halo_judge_gives_identical_marks_across_criteria()
    {
        var halo = One("halo_judge")["judges"];
        var sheets = s_written.Where(s => s["专家编号"] == halo).GroupBy(s => s["项目编号"]).ToList();
        Assert.True(sheets.Count >= 10);
        Assert.All(sheets, sheet => Assert.Single(sheet.Select(s => s["得分"]).Distinct()));
        // Ordinary judges almost never do: fewer than 5% of their sheets are flat.
        var others = s_written.Where(s => s["专家编号"] != halo).GroupBy(s => (s["专家编号"], s["项目编号"])).ToList();
        Assert.True(others.Count(g => g.Select(s => s["得分"]).Distinct().Count() == 1) < 0.05 * others.Count);
    }

    [Fact]
    public void The_drift_judge_grows_harsher_over_his_review_days()
    {
        // His weighted total on a sheet minus the mean total of the project's other judges, against the sheet's time:
        // the last third of his sheets sits well below the first third (16 points planted from first to last sheet,
        // about 10 between the thirds' centres), and he is neither lenient nor harsh overall.
        var plant = One("drift_judge");
        var judge = plant["judges"];
        Assert.Equal("analytics: drift", plant["detection"]);
        var rubric = ReferenceCatalog.Load("2024-JS").Rubric(Model.Review.Stage.PreliminaryWritten).Criteria.ToDictionary(c => c.NameZh, c => c.Weight);
        var totals = s_written.GroupBy(s => (Judge: s["专家编号"], Project: s["项目编号"]))
            .ToDictionary(g => g.Key, g => (Total: g.Sum(s => rubric[s["评分项"]] * int.Parse(s["得分"], System.Globalization.CultureInfo.InvariantCulture)), At: g.First()["评分时间"]));
        var own = totals.Where(t => t.Key.Judge == judge)
            .Select(t => (t.Value.At, Residual: t.Value.Total - totals.Where(o => o.Key.Project == t.Key.Project && o.Key.Judge != judge).Average(o => o.Value.Total)))
            .OrderBy(x => x.At, StringComparer.Ordinal).ToList();
        Assert.True(own.Select(x => x.At[..10]).Distinct().Count() >= 2, "the drift judge scores on one day only");
        var third = own.Count / 3;
        var early = own.Take(third).Average(x => x.Residual);
        var late = own.TakeLast(third).Average(x => x.Residual);
        Assert.True(early - late > 5, $"early {early:0.0}, late {late:0.0} points");
    }

    [Fact]
    public void The_copying_judges_score_the_same_projects_within_one_point()
    {
        var judges = One("copying_judges")["judges"].Split(';');
        var marks = s_written.Where(s => judges.Contains(s["专家编号"]))
            .GroupBy(s => (s["项目编号"], s["评分项"]))
            .Where(g => g.Count() == 2)
            .Select(g => Math.Abs(int.Parse(g.First()["得分"], System.Globalization.CultureInfo.InvariantCulture) - int.Parse(g.Last()["得分"], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        // The smallest track holds 4% of 600 projects; its judges read about ten each, all of them together.
        Assert.True(marks.Count >= 5 * 5, $"only {marks.Count} shared marks");
        Assert.All(marks, d => Assert.True(d <= 1));
        var copierProjects = s_written.Where(s => s["专家编号"] == judges[1]).Select(s => s["项目编号"]).ToHashSet();
        var originalProjects = s_written.Where(s => s["专家编号"] == judges[0]).Select(s => s["项目编号"]).ToHashSet();
        Assert.True(copierProjects.SetEquals(originalProjects));
    }

    [Fact]
    public void Typos_are_in_the_scores_as_the_truth_says()
    {
        var typos = GeneratedSeason.Csv(s_season.Truth("typos.csv"), Encoding.UTF8);
        var catalog = ReferenceCatalog.Load("2024-JS");
        var names = catalog.Rubric(Model.Review.Stage.PreliminaryWritten).Criteria.ToDictionary(c => c.Code, c => c.NameZh);
        Assert.Equal(6, typos.Count);
        foreach (var typo in typos)
        {
            var row = Assert.Single(s_written, s => s["专家编号"] == typo["judge"] && s["项目编号"] == typo["project"] && s["评分项"] == names[typo["criterion"]]);
            Assert.Equal(typo["recorded"], row["得分"]);
            Assert.Equal(int.Parse(typo["intended"], System.Globalization.CultureInfo.InvariantCulture) / 10, int.Parse(typo["recorded"], System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Ineligible_and_mistyped_units_are_in_the_registration()
    {
        var (_, units) = GeneratedSeason.Xlsx(s_season.Export("registration/units.xlsx"));
        var byCode = units.ToDictionary(u => u[0]!.ToString()!, u => u);
        var catalog = ReferenceCatalog.Load("2024-JS");
        var organizerNames = catalog.OrganizingUnits.SelectMany(u => u.AllNamesZh).ToHashSet();

        foreach (var subsidiary in s_planted.Where(p => p["kind"] == "organizer_subsidiary"))
        {
            var unit = byCode[subsidiary["units"]];
            var name = unit[1]!.ToString()!;
            var parent = unit[4]?.ToString() ?? "";
            Assert.True(organizerNames.Contains(parent) || organizerNames.Any(o => name.StartsWith(o, StringComparison.Ordinal)), name);
        }

        var blacklisted = One("blacklisted_unit")["units"];
        Assert.True(byCode.ContainsKey(blacklisted));
        var blacklist = GeneratedSeason.Csv(s_season.Export("reference/credit_blacklist.csv"), Encoding.UTF8);
        Assert.Contains(blacklist, b => b["统一社会信用代码"] == blacklisted);

        // Every credit code passes GB 32100 except the one planted typo.
        var invalid = byCode.Keys.Where(code => !UnifiedSocialCreditCode.IsValid(code)).ToList();
        Assert.Equal([One("invalid_credit_code")["units"]], invalid);
    }

    [Fact]
    public void The_favouritism_judge_works_for_an_entrant_and_scores_its_projects()
    {
        var planted = One("favouritism_judge");
        var (_, judges) = GeneratedSeason.Xlsx(s_season.Export("reviews/judges.xlsx"));
        var (_, units) = GeneratedSeason.Xlsx(s_season.Export("registration/units.xlsx"));
        var employer = judges.Single(j => j[0]!.ToString() == planted["judges"])[2]!.ToString();
        Assert.Equal(units.Single(u => u[0]!.ToString() == planted["units"])[1]!.ToString(), employer);
        var scored = s_written.Where(s => s["专家编号"] == planted["judges"]).Select(s => s["项目编号"]).ToHashSet();
        Assert.All(planted["projects"].Split(';'), p => Assert.Contains(p, scored));
    }

    [Fact]
    public void Judge_truth_covers_every_judge_in_the_panels()
    {
        var truth = GeneratedSeason.Csv(s_season.Truth("judges.csv"), Encoding.UTF8).Select(j => j["judge"]).ToHashSet();
        Assert.All(s_panels.Select(p => p["专家编号"]).Distinct(), j => Assert.Contains(j, truth));
        var lenient = GeneratedSeason.Csv(s_season.Truth("judges.csv"), Encoding.UTF8).Single(j => j["judge"] == One("lenient_judge")["judges"]);
        Assert.Equal("-12", lenient["severity"]);
    }
}
