using DuckDB.NET.Data;
using Insights.Analytics.Pipeline;
using Insights.Analytics.Pipeline.Output;
using Insights.Analytics.Pipeline.Season;
using Insights.Analytics.Pipeline.Warehouse;
using Insights.Generator;
using Insights.Ingest.Lake;
using Insights.Ingest.Pipeline;
using Insights.Warehouse.Building;

namespace Insights.Dashboard.Tests.Support;

/// <summary>
/// A season generated (1,200 projects, seed 5), ingested and analysed once per test process, as the dashboard serves
/// it; deleted when the process ends. Also lists what must never appear on a public page: judge ids and names, and
/// the representatives' masked phones.
/// </summary>
public sealed class ServedSeason
{
    private static readonly Lazy<Task<ServedSeason>> s_shared = new(BuildAsync);

    private ServedSeason(string root, string warehouse, IReadOnlyList<string> judgeIds, IReadOnlyList<string> judgeNames, IReadOnlyList<string> phones)
    {
        Root = root;
        Warehouse = warehouse;
        JudgeIds = judgeIds;
        JudgeNames = judgeNames;
        MaskedPhones = phones;
    }

    /// <summary>The season's folder.</summary>
    public string Root { get; }

    /// <summary>The warehouse file.</summary>
    public string Warehouse { get; }

    /// <summary>Every judge id.</summary>
    public IReadOnlyList<string> JudgeIds { get; }

    /// <summary>Every judge name.</summary>
    public IReadOnlyList<string> JudgeNames { get; }

    /// <summary>Every masked phone number of judges.</summary>
    public IReadOnlyList<string> MaskedPhones { get; }

    /// <summary>The shared season.</summary>
    public static Task<ServedSeason> SharedAsync() => s_shared.Value;

    private static async Task<ServedSeason> BuildAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), $"insights-dashboard-tests-{Environment.ProcessId}");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        };
        var export = Path.Combine(root, "export");
        SeasonFiles.Generate(new GeneratorOptions(export, Path.Combine(root, "truth"), 1200, 5));
        var lake = Path.Combine(root, "lake");
        await new LakeIngestor(new IngestOptions(export, lake, "2024-JS", "dashboard-tests-key-0123456789ab"u8.ToArray())).IngestAsync();
        var warehouse = Path.Combine(root, "warehouse.duckdb");
        WarehouseBuilder.Build(new LakeStore(lake), warehouse);
        var result = SeasonAnalysis.Run(new AnalyzeOptions(warehouse, Path.Combine(root, "analysis")));
        AnalyticsWarehouse.Write(result, AnalysisSummary.Json(result));

        using var connection = new DuckDBConnection($"Data Source={warehouse};ACCESS_MODE=READ_ONLY");
        connection.Open();
        return new ServedSeason(root, warehouse,
            Strings(connection, "SELECT DISTINCT judge_id FROM dim_judge"),
            Strings(connection, "SELECT DISTINCT judge_name FROM dim_judge WHERE judge_name IS NOT NULL AND length(judge_name) >= 2"),
            Strings(connection, "SELECT DISTINCT phone_masked FROM dim_judge WHERE phone_masked IS NOT NULL"));
    }

    private static List<string> Strings(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
