namespace Insights.Analytics.Pipeline;

/// <summary>
/// What <see cref="Season.SeasonAnalysis"/> analyses and how.
/// </summary>
/// <param name="Warehouse">The DuckDB warehouse built by the ingest.</param>
/// <param name="OutputFolder">Where judges.csv, panels.csv, projects.csv, findings.csv, power.csv and summary.json are written.</param>
/// <param name="Season">One season, or null for every season in the warehouse.</param>
/// <param name="Seed">Seed of the bootstraps and permutation tests: the same warehouse and seed give byte-identical files.</param>
/// <param name="Pool">Fit the stages of a track together (one unit per season and track) instead of one unit per stage.</param>
/// <param name="Resamples">Judge resamples of the award bootstrap.</param>
/// <param name="Parallelism">Analysis units run at once (each on its own warehouse connection).</param>
/// <param name="WriteWarehouse">Also write the analytics marts and findings into the warehouse.</param>
public sealed record AnalyzeOptions(
    string Warehouse,
    string OutputFolder,
    string? Season = null,
    int Seed = AnalyzeOptions.DefaultSeed,
    bool Pool = false,
    int Resamples = 1000,
    int Parallelism = 2,
    bool WriteWarehouse = true)
{
    /// <summary>The default seed.</summary>
    public const int DefaultSeed = 20240906;
}
