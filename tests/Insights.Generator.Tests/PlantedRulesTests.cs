using System.Globalization;
using System.Text;

namespace Insights.Generator.Tests;

/// <summary>
/// The ingest must report every planted rule breach and nothing else, so a season must break exactly the rules
/// truth/planted.csv lists: recomputed here from the exported files (<see cref="RuleAudit"/>).
/// </summary>
public sealed class PlantedRulesTests
{
    // Every kind that a notice rule detects; analytics-only kinds (lenient judge, typo …) are not rule breaches.
    private static readonly string[] s_ruleKinds =
    [
        "organizer_subsidiary", "blacklisted_unit", "invalid_credit_code", "representative_in_two_teams", "team_over_representative_limit",
        "judge_on_both_panels", "late_preliminary_review", "late_results", "anonymous_complaint", "complaint_without_evidence", "complaint_outside_publicity",
    ];

    /// <summary>The default run, the tests' default season, and seasons that once had unlisted breaches.</summary>
    public static TheoryData<int, ulong> Seasons => new() { { 2500, 7 }, { GeneratedSeason.Projects, GeneratedSeason.Seed }, { 2500, 6 }, { 2500, 11 } };

    [Theory]
    [MemberData(nameof(Seasons))]
    public void A_season_breaks_exactly_the_planted_rules(int projects, ulong seed)
    {
        var season = GeneratedSeason.Shared(projects, seed);
        RuleAudit.AssertExactlyPlanted(season);

        // Not vacuous: every rule-detected kind is planted.
        var kinds = GeneratedSeason.Csv(season.Truth("planted.csv"), Encoding.UTF8).Where(r => r["detection"].StartsWith("R-", StringComparison.Ordinal)).Select(r => r["kind"]).ToHashSet();
        Assert.Equal(s_ruleKinds.Order(StringComparer.Ordinal), kinds.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Seasons))]
    public void Only_the_planted_team_has_more_than_five_representatives_and_it_has_six(int projects, ulong seed)
    {
        var season = GeneratedSeason.Shared(projects, seed);
        var planted = GeneratedSeason.Csv(season.Truth("planted.csv"), Encoding.UTF8).Single(p => p["kind"] == "team_over_representative_limit")["projects"];
        var teamOf = GeneratedSeason.JsonData(season.Export("registration/projects.json"))
            .ToDictionary(p => p.GetProperty("projectId").GetString()!, p => p.GetProperty("teamId").GetString()!);
        var counts = GeneratedSeason.Csv(season.Export("registration/representatives.csv"), GeneratedSeason.Gb18030)
            .GroupBy(r => r["团队编号"]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal([teamOf[planted]], counts.Where(c => c.Value > 5).Select(c => c.Key));
        Assert.Equal(6, counts[teamOf[planted]]);
    }

    [Fact]
    public void Each_planted_unit_is_in_exactly_the_teams_planted_csv_names()
    {
        var season = GeneratedSeason.Shared(2500, 7);
        var teams = GeneratedSeason.Csv(season.Export("registration/teams.csv"), Encoding.UTF8);
        var teamOf = GeneratedSeason.JsonData(season.Export("registration/projects.json"))
            .ToDictionary(p => p.GetProperty("projectId").GetString()!, p => p.GetProperty("teamId").GetString()!);
        foreach (var plant in GeneratedSeason.Csv(season.Truth("planted.csv"), Encoding.UTF8).Where(p => p["kind"] is "organizer_subsidiary" or "blacklisted_unit" or "invalid_credit_code"))
        {
            var entered = teams.Where(t => t["牵头单位统一社会信用代码"] == plant["units"] || t["合作单位统一社会信用代码"].Split('；').Contains(plant["units"])).Select(t => t["团队编号"]);
            Assert.Equal([teamOf[plant["projects"]]], entered);
        }
    }

    [Fact]
    public void Scores_are_dated_after_submission_and_in_their_stage_windows()
    {
        var season = GeneratedSeason.Shared(2500, 7);
        var lastSubmission = GeneratedSeason.JsonData(season.Export("registration/projects.json"))
            .Max(p => DateTime.ParseExact(p.GetProperty("submittedAt").GetString()![..19], "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
        Assert.True(lastSubmission <= new DateTime(2024, 8, 5, 23, 0, 0, DateTimeKind.Unspecified));
        var written = GeneratedSeason.Csv(season.Export("reviews/preliminary_written_scores.csv"), Encoding.UTF8)
            .Select(s => DateTime.ParseExact(s["评分时间"], "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).ToList();
        Assert.InRange(written.Min(), lastSubmission, DateTime.MaxValue);
        Assert.InRange(written.Max(), DateTime.MinValue, new DateTime(2024, 8, 17, 23, 59, 0, DateTimeKind.Unspecified));
    }

    [Fact]
    public void A_season_of_another_year_takes_its_dates_from_its_reference_data()
    {
        var reference = Season2025();
        var season = new GeneratedSeason(GeneratorOptions.MinimumProjects, 3, "2025-JS", reference);
        try
        {
            var registered = GeneratedSeason.Csv(season.Export("registration/teams.csv"), Encoding.UTF8)
                .Select(t => DateTime.ParseExact(t["报名时间"], "yyyy/M/d H:mm", CultureInfo.InvariantCulture)).ToList();
            Assert.InRange(registered.Min(), new DateTime(2025, 6, 5, 8, 0, 0, DateTimeKind.Unspecified), DateTime.MaxValue);
            Assert.InRange(registered.Max(), DateTime.MinValue, new DateTime(2025, 7, 31, 18, 0, 0, DateTimeKind.Unspecified));
            Assert.All(GeneratedSeason.JsonData(season.Export("registration/projects.json")), p => Assert.StartsWith("JS25-", p.GetProperty("projectId").GetString(), StringComparison.Ordinal));
            RuleAudit.AssertExactlyPlanted(season, 2025);
        }
        finally
        {
            season.Delete();
            Directory.Delete(reference, recursive: true);
        }
    }

    /// <summary>A copy of model/reference with a 2025-JS season: the 2024 files with every 2024 date moved to 2025.</summary>
    private static string Season2025()
    {
        var source = AppContext.BaseDirectory;
        while (!Directory.Exists(Path.Combine(source, "model", "reference", "2024-JS")))
        {
            source = Path.GetDirectoryName(source) ?? throw new DirectoryNotFoundException("model/reference not found above the test binaries");
        }

        var root = Path.Combine(Path.GetTempPath(), $"insights-reference-{Guid.NewGuid():N}");
        var from = Path.Combine(source, "model", "reference");
        Directory.CreateDirectory(Path.Combine(root, "common"));
        Directory.CreateDirectory(Path.Combine(root, "2025-JS"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(from, "common")))
        {
            File.Copy(file, Path.Combine(root, "common", Path.GetFileName(file)));
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(from, "2024-JS")))
        {
            var text = File.ReadAllText(file).Replace("\"id\": \"2024-JS\"", "\"id\": \"2025-JS\"", StringComparison.Ordinal)
                .Replace("\"year\": 2024", "\"year\": 2025", StringComparison.Ordinal).Replace("2024-0", "2025-0", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(root, "2025-JS", Path.GetFileName(file)), text);
        }

        return root;
    }
}
