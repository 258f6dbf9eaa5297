using System.Globalization;
using System.Text;

namespace Insights.Generator.Tests;

/// <summary>
/// <c>insights generate --clean</c> (<see cref="GeneratorOptions.Plant"/> false): a season with nothing planted breaks
/// no notice rule according to <see cref="RuleAudit"/>, has only ordinary judges and no typo, and its truth says so.
/// </summary>
public sealed class CleanSeasonTests
{
    private const string PlantedHeader = "id,kind,track,stage,judges,projects,units,detection,detail_zh,detail_en";
    private const string TyposHeader = "judge,project,criterion,intended,recorded";

    public static TheoryData<int, ulong> Seasons => new() { { 600, 7 }, { 600, 11 }, { 2500, 7 }, { 2500, 11 } };

    [Fact]
    public void Default_options_plant_problems()
    {
        Assert.True(new GeneratorOptions("export", "truth").Plant);
        Assert.True(new GeneratorOptions("export", "truth", 600, 7, "2024-JS", null).Plant);
        Assert.False((new GeneratorOptions("export", "truth") with { Plant = false }).Plant);
    }

    [Theory]
    [MemberData(nameof(Seasons))]
    public void A_clean_season_breaks_no_rule(int projects, ulong seed)
    {
        var season = GeneratedSeason.Shared(projects, seed, plant: false);
        Assert.Equal(0, season.Result.PlantedProblems);
        Assert.Empty(RuleAudit.Planted(season));
        // Nothing planted, so this fails listing every breach the audit finds.
        RuleAudit.AssertExactlyPlanted(season);

        // Not vacuous: the season has the complaints, awards and credit list the rules are checked on.
        Assert.NotEmpty(GeneratedSeason.JsonData(season.Export("complaints/complaints.json")));
        Assert.NotEmpty(GeneratedSeason.Xlsx(season.Export("awards/awards.xlsx")).Rows);
        Assert.Equal(40, GeneratedSeason.Csv(season.Export("reference/credit_blacklist.csv"), Encoding.UTF8).Count);
        Assert.Equal(projects, GeneratedSeason.JsonData(season.Export("registration/projects.json")).Count);
    }

    [Theory]
    [MemberData(nameof(Seasons))]
    public void A_clean_season_has_only_ordinary_judges(int projects, ulong seed)
    {
        var season = GeneratedSeason.Shared(projects, seed, plant: false);
        var judges = GeneratedSeason.Csv(season.Truth("judges.csv"), Encoding.UTF8);
        Assert.Equal(season.Result.Judges, judges.Count);
        foreach (var judge in judges)
        {
            Assert.Equal("none", judge["quirk"]);
            Assert.Equal("", judge["copies"]);
            Assert.Equal("", judge["favoured_unit"]);
            Assert.Equal("0", judge["unit_bonus"]);
            Assert.Equal("0", judge["city_bonus"]);
            // The ordinary distributions (severity N(0, 3), spread exp(N(0, 0.12)), noise 3.5 + 3U, heaping 0.5U), far
            // from a planted lenient or harsh judge's ±12 and a central judge's spread 0.2.
            Assert.InRange(Number(judge["severity"]), -11.99, 11.99);
            Assert.InRange(Number(judge["spread"]), 0.5, 2);
            Assert.InRange(Number(judge["noise_sd"]), 3.5, 6.5);
            Assert.InRange(Number(judge["heaping"]), 0, 0.5);
        }

        // No judge works for an entrant (a favouritism judge would) ...
        var entrants = GeneratedSeason.Xlsx(season.Export("registration/units.xlsx")).Rows.Select(u => u[1]!.ToString()!).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(GeneratedSeason.Xlsx(season.Export("reviews/judges.xlsx")).Rows, j => entrants.Contains(j[2]!.ToString()!));

        // ... and none gives one mark to all criteria of every project he reads (a halo judge would).
        var halo = GeneratedSeason.Csv(season.Export("reviews/preliminary_written_scores.csv"), Encoding.UTF8)
            .GroupBy(s => s["专家编号"])
            .Where(j => j.GroupBy(s => s["项目编号"]).All(p => p.Select(s => s["得分"]).Distinct().Count() == 1))
            .Select(j => j.Key);
        Assert.Empty(halo);
    }

    [Theory]
    [MemberData(nameof(Seasons))]
    public void A_clean_season_truth_lists_nothing_planted(int projects, ulong seed)
    {
        var season = GeneratedSeason.Shared(projects, seed, plant: false);
        Assert.Equal(PlantedHeader + "\r\n", File.ReadAllText(season.Truth("planted.csv"), Encoding.UTF8));
        Assert.Equal(TyposHeader + "\r\n", File.ReadAllText(season.Truth("typos.csv"), Encoding.UTF8));
        var readme = File.ReadAllText(season.Truth("README.md"), Encoding.UTF8);
        Assert.Contains("nothing is planted", readme, StringComparison.Ordinal);
        Assert.Contains($"seed {seed}, {projects} projects", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("| kind |", readme, StringComparison.Ordinal);
        Assert.Equal(projects, GeneratedSeason.Csv(season.Truth("projects.csv"), Encoding.UTF8).Count);
    }

    [Fact]
    public void A_clean_season_is_deterministic_and_differs_from_the_planted_one()
    {
        var a = new GeneratedSeason(GeneratorOptions.MinimumProjects, 5, plant: false);
        var b = new GeneratedSeason(GeneratorOptions.MinimumProjects, 5, plant: false);
        var planted = new GeneratedSeason(GeneratorOptions.MinimumProjects, 5);
        try
        {
            var files = Directory.EnumerateFiles(a.Root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a.Root, f)).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(18, files.Count);
            foreach (var file in files)
            {
                Assert.True(File.ReadAllBytes(Path.Combine(a.Root, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b.Root, file))), file);
            }

            Assert.NotEmpty(RuleAudit.Planted(planted));
            RuleAudit.AssertExactlyPlanted(a);
            Assert.False(File.ReadAllBytes(a.Truth("judges.csv")).AsSpan().SequenceEqual(File.ReadAllBytes(planted.Truth("judges.csv"))));
        }
        finally
        {
            a.Delete();
            b.Delete();
            planted.Delete();
        }
    }

    private static double Number(string value) => double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
}
