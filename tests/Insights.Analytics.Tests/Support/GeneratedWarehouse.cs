using System.Collections.Concurrent;
using Insights.Generator;
using Insights.Ingest.Lake;
using Insights.Ingest.Pipeline;
using Insights.Warehouse.Building;

namespace Insights.Analytics.Tests.Support;

/// <summary>
/// A generated season as the warehouse holds it, built once per size, seed and planting and shared by the tests that
/// only read it (the recovery tests of severity, anomalies, bias, linking and awards), so the suite generates,
/// ingests and builds each season once. Deleted when the test process ends.
/// </summary>
public sealed class GeneratedWarehouse
{
    private static readonly string s_root = Path.Combine(Path.GetTempPath(), $"insights-analytics-tests-{Environment.ProcessId}");
    private static readonly ConcurrentDictionary<(int, ulong, bool), Lazy<Task<GeneratedWarehouse>>> s_shared = new();

    static GeneratedWarehouse() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        if (Directory.Exists(s_root))
        {
            Directory.Delete(s_root, recursive: true);
        }
    };

    private GeneratedWarehouse(string root)
    {
        Root = root;
    }

    /// <summary>Folder of the season: export/, truth/, lake/ and warehouse.duckdb.</summary>
    public string Root { get; }

    /// <summary>The planted truth (planted.csv, judges.csv, ...).</summary>
    public string TruthFolder => Path.Combine(Root, "truth");

    /// <summary>The DuckDB warehouse (open it read-only).</summary>
    public string Warehouse => Path.Combine(Root, "warehouse.duckdb");

    /// <summary>The season of this size, seed and planting, generated, ingested and built on first use.</summary>
    /// <param name="projects">Projects.</param>
    /// <param name="seed">Seed.</param>
    /// <param name="plant">Whether problems are planted (false: a clean season).</param>
    public static Task<GeneratedWarehouse> SharedAsync(int projects, ulong seed, bool plant = true) =>
        s_shared.GetOrAdd((projects, seed, plant), key => new Lazy<Task<GeneratedWarehouse>>(() => BuildAsync(key.Item1, key.Item2, key.Item3))).Value;

    private static async Task<GeneratedWarehouse> BuildAsync(int projects, ulong seed, bool plant)
    {
        var season = new GeneratedWarehouse(Path.Combine(s_root, $"season-{projects}-{seed}-{(plant ? "planted" : "clean")}"));
        var export = Path.Combine(season.Root, "export");
        SeasonFiles.Generate(new GeneratorOptions(export, season.TruthFolder, projects, seed, Plant: plant));
        var lake = Path.Combine(season.Root, "lake");
        await new LakeIngestor(new IngestOptions(export, lake, "2024-JS", "analytics-tests-key-0123456789"u8.ToArray())).IngestAsync();
        WarehouseBuilder.Build(new LakeStore(lake), season.Warehouse);
        return season;
    }
}
