using Insights.Generator;
using Insights.Warehouse.Tests.Support;

namespace Insights.Warehouse.Tests;

/// <summary>
/// A season generated with nothing planted (<c>generate --clean</c>, which the generator's own RuleAudit checks
/// breaks no rule) gives no finding at all, lands every row, and passes every data test: the rules do not fire on
/// ordinary data. The planted-truth tests show the other direction.
/// </summary>
public sealed class CleanSeasonIngestTests
{
    [Theory]
    [InlineData(7UL)]
    [InlineData(11UL)]
    public async Task A_clean_season_gives_no_finding(ulong seed)
    {
        var root = Path.Combine(TestPaths.TempRoot, $"clean-{seed}-{Guid.NewGuid():N}");
        try
        {
            var export = Path.Combine(root, "export");
            SeasonFiles.Generate(new GeneratorOptions(export, Path.Combine(root, "truth"), 1500, seed, Plant: false));

            var outcomes = await LakeRuns.LandAsync(export, Path.Combine(root, "lake"));
            var report = LakeRuns.Build(Path.Combine(root, "lake"), Path.Combine(root, "warehouse.duckdb"));

            Assert.All(outcomes, o => Assert.Equal("landed", o.Status));
            Assert.All(outcomes, o => Assert.Equal(0, o.RowsQuarantined));
            Assert.Empty(report.Findings);
            Assert.All(report.Tests, t => Assert.True(t.Passed, $"{t.Name}: {t.Failures} rows, e.g. {string.Join("; ", t.Sample)}"));
            Assert.Equal(0, LakeRuns.ExitCode(outcomes, report));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
