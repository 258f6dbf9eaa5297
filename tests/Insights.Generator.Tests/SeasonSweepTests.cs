using System.Text;

namespace Insights.Generator.Tests;

/// <summary>
/// Many seeds: generation never throws, every judge quirk is planted and shows only in the written group planted.csv
/// names (the drift judge: his drift; he may sit elsewhere as an ordinary judge), and the season breaks exactly the
/// planted rules. Seeds 1 and 8 at 2,500 and 20 and 27 at 120 and 600 once crashed on a copying judge reused in
/// another track.
/// </summary>
public sealed class SeasonSweepTests
{
    public static TheoryData<int, ulong> Seasons
    {
        get
        {
            var data = new TheoryData<int, ulong> { { 2500, 1 }, { 2500, 8 }, { 600, 20 }, { 600, 27 }, { GeneratorOptions.MinimumProjects, 20 }, { GeneratorOptions.MinimumProjects, 27 } };
            for (ulong seed = 1; seed <= 40; seed++)
            {
                data.Add(150, seed);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Seasons))]
    public void Generation_never_throws_and_judge_quirks_are_exactly_where_planted(int projects, ulong seed)
    {
        var season = new GeneratedSeason(projects, seed);
        try
        {
            var planted = GeneratedSeason.Csv(season.Truth("planted.csv"), Encoding.UTF8);
            var panels = GeneratedSeason.Csv(season.Export("reviews/panels.csv"), Encoding.UTF8);
            var judges = GeneratedSeason.Csv(season.Truth("judges.csv"), Encoding.UTF8);
            var quirky = judges.Where(j => j["quirk"] is not ("none" or "drift")).ToList();
            Assert.Equal(7, quirky.Count); // lenient, harsh, central, halo, favouritism, and the copying pair
            foreach (var judge in quirky)
            {
                var plant = Assert.Single(planted, p => p["judges"].Split(';').Contains(judge["judge"]));
                var seats = panels.Where(p => p["专家编号"] == judge["judge"]).Select(p => p["评审组"]).ToList();
                Assert.Equal([$"{plant["track"]}-PRE-01"], seats);
                Assert.Equal(seats, judge["panels"].Split(';'));
            }

            // The drift judge drifts in his planted written group only; elsewhere he is ordinary, so he may also sit on
            // his track's on-site panel or in a later track of the committee (keeping him in the draws changes no other
            // judge's panels), but in no other written group of his track.
            var drift = Assert.Single(judges, j => j["quirk"] == "drift");
            // (He may also have a planted typo: he was an ordinary judge when the typo draws were made.)
            var driftPlant = Assert.Single(planted, p => p["kind"] == "drift_judge");
            Assert.Equal(drift["judge"], driftPlant["judges"]);
            var driftSeats = panels.Where(p => p["专家编号"] == drift["judge"]).Select(p => p["评审组"]).ToList();
            Assert.Contains($"{driftPlant["track"]}-PRE-01", driftSeats);
            Assert.DoesNotContain(driftSeats, s => s.StartsWith(driftPlant["track"] + "-PRE-", StringComparison.Ordinal) && s != $"{driftPlant["track"]}-PRE-01");
            Assert.DoesNotContain($"{driftPlant["track"]}-FIN", driftSeats);
            RuleAudit.AssertExactlyPlanted(season);
        }
        finally
        {
            season.Delete();
        }
    }
}
