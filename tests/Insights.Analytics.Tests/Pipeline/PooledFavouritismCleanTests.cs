using System.Globalization;
using Insights.Analytics.Pipeline;
using Insights.Analytics.Pipeline.Season;
using Insights.Analytics.Tests.Support;
using Insights.Generator;

namespace Insights.Analytics.Tests.Pipeline;

/// <summary>
/// The season-wide affiliation bonus (<c>favoritism_pooled</c>) on clean generated seasons (seeds 7, 11, 13, nothing
/// planted): no criterion's combined bonus is far from 0 in either direction. With the pooled SE the cluster-robust
/// sandwich alone, seed 7's final roadshow of T01 (16 projects, 8 affiliated pairs) got SE 0.04 where the model SE is
/// about 0.2, outweighed the season in the inverse-variance sum and gave the criterion "team" z = -10 (checked before
/// the larger-of-two SE); now the largest |z| over the 15 season-criteria is 2.0.
/// </summary>
public sealed class PooledFavouritismCleanTests
{
    [Fact]
    public async Task Clean_seasons_have_no_extreme_pooled_bonus()
    {
        var z = new List<(ulong Seed, string Criterion, double Z)>();
        foreach (var seed in new ulong[] { 7, 11, 13 })
        {
            var season = await GeneratedWarehouse.SharedAsync(GeneratorOptions.DefaultProjects, seed, plant: false);
            var result = SeasonAnalysis.Run(new AnalyzeOptions(season.Warehouse, season.Root, WriteWarehouse: false),
                cancellationToken: TestContext.Current.CancellationToken);
            z.AddRange(result.AffiliationBiases.Select(b => (seed, b.Criterion, b.Bonus / b.StandardError)));
            Assert.DoesNotContain(result.Findings, f => f.Kind == SeasonAnalysis.AffiliationBiasKind);
        }

        var report = string.Join("; ", z.Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Seed} {x.Criterion} {x.Z:0.00}")));
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        Assert.Equal(15, z.Count);
        // |z| > 3.5 has probability 5e-4 per criterion under the null: 15 of them reach it with about 0.7 %.
        Assert.All(z, x => Assert.True(Math.Abs(x.Z) < 3.5, report));
    }
}
