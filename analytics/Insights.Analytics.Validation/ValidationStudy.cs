using System.Globalization;
using Insights.Analytics.Pipeline;
using Insights.Analytics.Pipeline.Season;
using Insights.Ingest.Lake;
using Insights.Ingest.Pipeline;
using Insights.Warehouse.Building;

namespace Insights.Analytics.Validation;

/// <summary>
/// Runs the simulation study: simulated seasons written as the generic long CSV, landed by the real ingest, built into
/// a DuckDB warehouse and analysed by the real analyze job (<see cref="SeasonAnalysis.Run"/>); one season at a time,
/// each in its own folder, deleted afterwards.
/// </summary>
public static class ValidationStudy
{
    private static readonly byte[] s_key = "insights-validate-key-0123456789"u8.ToArray();

    /// <summary>Runs null seasons and planted seasons at each scale of the ladder.</summary>
    /// <param name="design">The season structure.</param>
    /// <param name="nullSeasons">Seasons with nothing planted.</param>
    /// <param name="plantedSeasons">Seasons per ladder step, each planting every kind once.</param>
    /// <param name="ladder">Multiples of the realistic effect sizes.</param>
    /// <param name="seed">The study's seed (season i uses seed + i; analysis seed fixed).</param>
    /// <param name="workFolder">Where each season's files are made (and removed).</param>
    /// <param name="progress">Receives (done, total, season label).</param>
    /// <param name="cancellationToken">Stops between seasons.</param>
    /// <returns>Every season's outcome, null seasons first.</returns>
    public static async Task<List<SeasonOutcome>> RunAsync(
        SimulationDesign design, int nullSeasons, int plantedSeasons, IReadOnlyList<double> ladder, int seed, string workFolder,
        IProgress<(int Done, int Total, string Season)>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(ladder);
        ArgumentOutOfRangeException.ThrowIfNegative(nullSeasons);
        ArgumentOutOfRangeException.ThrowIfNegative(plantedSeasons);
        if (ladder.Any(s => !(s > 0) || double.IsInfinity(s)))
        {
            throw new ArgumentException("Ladder steps must be positive and finite.", nameof(ladder));
        }

        var plan = Enumerable.Range(0, nullSeasons).Select(i => (Scale: 0.0, Index: i))
            .Concat(ladder.SelectMany((s, k) => Enumerable.Range(0, plantedSeasons).Select(i => (Scale: s, Index: nullSeasons + (k * plantedSeasons) + i))))
            .ToList();
        var outcomes = new List<SeasonOutcome>(plan.Count);
        foreach (var (scale, index) in plan)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var label = string.Create(CultureInfo.InvariantCulture, $"SIM-{index + 1:0000}");
            var season = SeasonSimulator.Simulate(design, label, seed + index, scale);
            outcomes.Add(await AnalyseAsync(season, scale, Path.Combine(workFolder, label), cancellationToken));
            progress?.Report((outcomes.Count, plan.Count, label));
        }

        return outcomes;
    }

    /// <summary>Lands, builds and analyses one simulated season in <paramref name="folder"/> (removed afterwards).</summary>
    /// <param name="season">The season.</param>
    /// <param name="scale">Its plant scale.</param>
    /// <param name="folder">A folder of its own.</param>
    /// <param name="cancellationToken">Cancels the ingest.</param>
    /// <returns>The findings.</returns>
    public static async Task<SeasonOutcome> AnalyseAsync(SimulatedSeason season, double scale, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(season);
        var export = Path.Combine(folder, "export");
        Directory.CreateDirectory(export);
        try
        {
            await File.WriteAllTextAsync(Path.Combine(export, "scores.csv"), season.Csv, cancellationToken);
            var lake = Path.Combine(folder, "lake");
            var warehouse = Path.Combine(folder, "warehouse.duckdb");
            var outcomes = await new LakeIngestor(new IngestOptions(export, lake, season.Season, s_key)).IngestAsync(cancellationToken: cancellationToken);
            var quarantined = outcomes.Sum(o => o.RowsQuarantined);
            if (quarantined > 0)
            {
                throw new InvalidOperationException($"模拟赛季 {season.Season} 有 {quarantined} 行被隔离 / simulated season {season.Season}: {quarantined} rows quarantined; the simulator wrote data the ingest refuses.");
            }

            WarehouseBuilder.Build(new LakeStore(lake), warehouse);
            var result = SeasonAnalysis.Run(new AnalyzeOptions(warehouse, Path.Combine(folder, "analysis"), Parallelism: Math.Max(1, Environment.ProcessorCount), WriteWarehouse: false),
                cancellationToken: cancellationToken);
            return new SeasonOutcome(season, scale, result.Findings, result.AffiliationBiases, result.Power);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
