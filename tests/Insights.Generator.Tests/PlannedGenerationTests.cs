using System.Text;

namespace Insights.Generator.Tests;

/// <summary>
/// <c>insights generate --clean --plan FILE</c>: a season generated under a judging plan written by hand (<see cref="HandPlan"/>)
/// from the clean season of the same seed and size. Every expected value comes from the plan the test wrote or from the
/// season generated without a plan, read from the exported files.
/// </summary>
public sealed class PlannedGenerationTests
{
    private const int Projects = 150;
    private const ulong Seed = 3;
    private static readonly GeneratedSeason s_base = GeneratedSeason.Shared(Projects, Seed, plant: false);
    private static readonly Lazy<Planned> s_full = new(() => Planned.Make(FullPlan(), "full"));

    private static string[][] FullPlan()
    {
        var written = HandPlan.Written(s_base);
        // On-site: five of T01's preliminary judges, listed from the highest id down (the plan's order is the panel's);
        // final: five of T02's preliminary judges who never read a T01 project, so the two T01 panels stay disjoint.
        var t01 = HandPlan.WrittenJudges(s_base, "T01");
        var onsite = t01.AsEnumerable().Reverse().Take(5).Select(j => new[] { "preliminary_onsite", "T01", "T01-ONS-P", j, "" });
        var final = HandPlan.WrittenJudges(s_base, "T02").Except(t01).Take(5).Select(j => new[] { "final_roadshow", "T01", "T01-FIN-P", j, "" });
        return [.. written, .. onsite, .. final];
    }

    [Fact]
    public void Written_scores_hold_exactly_the_planned_sheets()
    {
        var planned = s_full.Value;
        var sheets = GeneratedSeason.Csv(planned.Export("reviews/preliminary_written_scores.csv"), Encoding.UTF8);
        var expected = planned.Rows.Where(r => r[0] == "preliminary_written").Select(r => (r[3], r[4])).ToHashSet();
        Assert.Equal(Projects * 3, expected.Count);
        Assert.Equal(expected.Order(), sheets.Select(s => (s["专家编号"], s["项目编号"])).Distinct().Order());
        // One group per track, named by the plan, and a full sheet (every criterion) per planned pair.
        Assert.All(sheets, s => Assert.Equal(HandPlan.TrackOf(s["项目编号"]) + "-PRE-P", s["评审组"]));
        var criteria = sheets.Select(s => s["评分项"]).Distinct().Count();
        Assert.All(sheets.GroupBy(s => (s["专家编号"], s["项目编号"])), g => Assert.Equal(criteria, g.Count()));
    }

    [Fact]
    public void Registration_and_judges_are_those_of_the_season_without_a_plan()
    {
        var planned = s_full.Value;
        foreach (var file in new[]
        {
            "registration/projects.json", "registration/teams.csv", "registration/representatives.csv", "registration/units.xlsx",
            "reviews/judges.xlsx", "reference/credit_blacklist.csv",
        })
        {
            Assert.True(File.ReadAllBytes(s_base.Export(file)).AsSpan().SequenceEqual(File.ReadAllBytes(planned.Export(file))), file);
        }

        // The judges' true parameters are the same draws; only the panels they sit on follow the plan.
        static List<string> WithoutPanels(string path) =>
            [.. GeneratedSeason.Csv(path, Encoding.UTF8).Select(j => string.Join(',', j.Where(c => c.Key != "panels").Select(c => $"{c.Key}={c.Value}")))];
        Assert.Equal(WithoutPanels(s_base.Truth("judges.csv")), WithoutPanels(planned.Truth("judges.csv")));
        static List<string> Latent(string path) => [.. GeneratedSeason.Csv(path, Encoding.UTF8).Select(p => $"{p["project"]},{p["quality"]},{p["true_score"]}")];
        Assert.Equal(Latent(s_base.Truth("projects.csv")), Latent(planned.Truth("projects.csv")));
    }

    [Fact]
    public void Panels_and_the_truth_follow_the_plan()
    {
        var planned = s_full.Value;
        var panels = GeneratedSeason.Csv(planned.Export("reviews/panels.csv"), Encoding.UTF8);
        string[] Members(string panel) => [.. panels.Where(p => p["评审组"] == panel).Select(p => p["专家编号"])];
        string[] PlanMembers(string panel) => [.. planned.Rows.Where(r => r[2] == panel).Select(r => r[3]).Distinct()];
        foreach (var panel in planned.Rows.Select(r => r[2]).Distinct())
        {
            Assert.Equal(PlanMembers(panel), Members(panel));
        }

        Assert.DoesNotContain(panels, p => p["评审组"].EndsWith("-PRE-01", StringComparison.Ordinal) || p["评审组"] is "T01-ONS" or "T01-FIN");
        // Tracks without planned on-site and final panels keep the generator's.
        Assert.Contains(panels, p => p["评审组"] == "T02-ONS");
        Assert.Contains(panels, p => p["评审组"] == "T02-FIN");

        // truth/judges.csv lists, per judge, the panels panels.csv seats him on.
        var byJudge = panels.GroupBy(p => p["专家编号"]).ToDictionary(g => g.Key, g => g.Select(p => p["评审组"]).Order(StringComparer.Ordinal).ToList());
        foreach (var judge in GeneratedSeason.Csv(planned.Truth("judges.csv"), Encoding.UTF8))
        {
            var listed = judge["panels"].Length == 0 ? [] : judge["panels"].Split(';').Order(StringComparer.Ordinal).ToList();
            Assert.Equal(byJudge.GetValueOrDefault(judge["judge"], []), listed);
        }
    }

    [Fact]
    public void Onsite_and_final_scores_come_from_the_planned_panels()
    {
        var planned = s_full.Value;
        var onsite = GeneratedSeason.Csv(planned.Export("reviews/preliminary_onsite_scores.csv"), GeneratedSeason.Gb18030)
            .Where(s => HandPlan.TrackOf(s["项目编号"]) == "T01").ToList();
        Assert.NotEmpty(onsite);
        Assert.All(onsite, s => Assert.Equal("T01-ONS-P", s["评审组"]));
        Assert.Equal(planned.Rows.Where(r => r[2] == "T01-ONS-P").Select(r => r[3]).Order(), onsite.Select(s => s["专家编号"]).Distinct().Order());

        var (header, rows) = GeneratedSeason.Xlsx(planned.Export("reviews/final_roadshow_scores.xlsx"));
        var (group, judge, project) = (header.IndexOf("评审组"), header.IndexOf("专家编号"), header.IndexOf("项目编号"));
        var final = rows.Where(r => HandPlan.TrackOf(r[project]!.ToString()!) == "T01").ToList();
        Assert.NotEmpty(final);
        Assert.All(final, r => Assert.Equal("T01-FIN-P", r[group]));
        Assert.Equal(planned.Rows.Where(r => r[2] == "T01-FIN-P").Select(r => r[3]).Order(), final.Select(r => r[judge]!.ToString()!).Distinct().Order());
    }

    [Fact]
    public void Tracks_the_plan_leaves_out_keep_the_generators_assignment()
    {
        var planned = Planned.Make([.. HandPlan.Written(s_base, ["T01", "T02"])], "partial");
        try
        {
            bool Covered(Dictionary<string, string> s) => HandPlan.TrackOf(s["项目编号"]) is "T01" or "T02";
            static string Line(Dictionary<string, string> s) => string.Join(',', s.Values);
            var before = GeneratedSeason.Csv(s_base.Export("reviews/preliminary_written_scores.csv"), Encoding.UTF8);
            var after = GeneratedSeason.Csv(planned.Export("reviews/preliminary_written_scores.csv"), Encoding.UTF8);
            Assert.Equal(before.Where(s => !Covered(s)).Select(Line), after.Where(s => !Covered(s)).Select(Line));
            Assert.NotEqual(before.Where(Covered).Select(Line), after.Where(Covered).Select(Line));
            Assert.Equal(
                GeneratedSeason.Csv(s_base.Export("reviews/preliminary_onsite_scores.csv"), GeneratedSeason.Gb18030).Where(s => !Covered(s)).Select(Line),
                GeneratedSeason.Csv(planned.Export("reviews/preliminary_onsite_scores.csv"), GeneratedSeason.Gb18030).Where(s => !Covered(s)).Select(Line));
            Assert.Contains("- preliminary_written: T01, T02\n", File.ReadAllText(planned.Truth("README.md"), Encoding.UTF8).ReplaceLineEndings("\n"), StringComparison.Ordinal);
        }
        finally
        {
            planned.Delete();
        }
    }

    [Fact]
    public void The_same_plan_and_seed_give_identical_files_and_a_bom_changes_nothing_but_the_plan_hash()
    {
        var a = s_full.Value;
        var b = Planned.Make(a.Rows, "again");
        var bom = Planned.Make(a.Rows, "bom", bom: true);
        try
        {
            var files = Directory.EnumerateFiles(a.Root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a.Root, f)).Order().ToList();
            Assert.Equal(files, Directory.EnumerateFiles(b.Root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(b.Root, f)).Order());
            foreach (var file in files)
            {
                Assert.True(File.ReadAllBytes(Path.Combine(a.Root, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b.Root, file))), file);
                // The manifest and README record the plan file's SHA-256, which the BOM changes.
                if (!file.EndsWith("manifest.json", StringComparison.Ordinal) && !file.EndsWith("README.md", StringComparison.Ordinal) && !file.EndsWith("assignments.csv", StringComparison.Ordinal))
                {
                    Assert.True(File.ReadAllBytes(Path.Combine(a.Root, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(bom.Root, file))), file);
                }
            }
        }
        finally
        {
            b.Delete();
            bom.Delete();
        }
    }

    [Fact]
    public void A_planned_season_differs_from_the_generators_own()
    {
        // Not vacuous: the generator's own design (10-20 judge groups, 3-5 judges a project) is not the hand plan's.
        var own = GeneratedSeason.Csv(s_base.Export("reviews/preliminary_written_scores.csv"), Encoding.UTF8).Select(s => (s["专家编号"], s["项目编号"])).ToHashSet();
        var plan = s_full.Value.Rows.Where(r => r[0] == "preliminary_written").Select(r => (r[3], r[4])).ToHashSet();
        Assert.False(own.SetEquals(plan));
    }

    /// <summary>A season generated under a plan whose file sits in its root (assignments.csv).</summary>
    private sealed record Planned(string Root, string[][] Rows)
    {
        public static Planned Make(string[][] rows, string name, bool bom = false)
        {
            var root = Path.Combine(Path.GetTempPath(), $"insights-plan-{name}-{Guid.NewGuid():N}");
            HandPlan.Generate(root, Projects, Seed, HandPlan.Write(Path.Combine(root, "assignments.csv"), rows, bom));
            return new Planned(root, rows);
        }

        public string Export(string relative) => Path.Combine(Root, "export", relative);

        public string Truth(string relative) => Path.Combine(Root, "truth", relative);

        public void Delete() => Directory.Delete(Root, recursive: true);
    }
}
