using System.Text;
using DuckDB.NET.Data;
using Insights.Ingest.Lake;
using Insights.Ingest.Pipeline;
using Insights.Ingest.Privacy;
using Insights.Warehouse.Building;

namespace Insights.Warehouse.Tests.Support;

/// <summary>In-process ingest and warehouse build with the tests' personal-data key, and read-only queries.</summary>
public static class LakeRuns
{
    /// <summary>The tests' personal-data key (also set as <c>INSIGHTS_PII_KEY</c> for child processes).</summary>
    public const string PiiKey = "insights-warehouse-tests-key-0001";

    /// <summary>The season of rows that do not name one.</summary>
    public const string Season = "2024-JS";

    static LakeRuns() => Environment.SetEnvironmentVariable(PersonalDataKey.EnvironmentVariable, PiiKey);

    /// <summary>The key as the CLI derives it from the environment variable.</summary>
    public static byte[] KeyBytes => Encoding.UTF8.GetBytes(PiiKey);

    /// <summary>Lands every file of <paramref name="source"/> in <paramref name="lake"/>.</summary>
    /// <param name="source">A folder or one file.</param>
    /// <param name="lake">The lake folder.</param>
    public static Task<IReadOnlyList<FileOutcome>> LandAsync(string source, string lake) =>
        new LakeIngestor(new IngestOptions(source, lake, Season, KeyBytes)).IngestAsync(cancellationToken: TestContext.Current.CancellationToken);

    /// <summary>Lands every file of <paramref name="source"/> in <paramref name="lake"/> with Parquet row groups of a given size.</summary>
    /// <param name="source">A folder or one file.</param>
    /// <param name="lake">The lake folder.</param>
    /// <param name="rowGroupSize">Rows per Parquet row group.</param>
    public static Task<IReadOnlyList<FileOutcome>> LandAsync(string source, string lake, int rowGroupSize) =>
        new LakeIngestor(new IngestOptions(source, lake, Season, KeyBytes, RowGroupSize: rowGroupSize)).IngestAsync(cancellationToken: TestContext.Current.CancellationToken);

    /// <summary>Lands every file of <paramref name="source"/> in <paramref name="lake"/>, long score CSVs from a given size on by the bulk path.</summary>
    /// <param name="source">A folder or one file.</param>
    /// <param name="lake">The lake folder.</param>
    /// <param name="bulkMinBytes">0: every long score CSV by the bulk path; <see cref="long.MaxValue"/>: none.</param>
    public static Task<IReadOnlyList<FileOutcome>> LandAsync(string source, string lake, long bulkMinBytes) =>
        new LakeIngestor(new IngestOptions(source, lake, Season, KeyBytes) { BulkMinBytes = bulkMinBytes }).IngestAsync(cancellationToken: TestContext.Current.CancellationToken);

    /// <summary>Builds the warehouse from a lake.</summary>
    /// <param name="lake">The lake folder.</param>
    /// <param name="warehouse">The DuckDB file.</param>
    public static BuildReport Build(string lake, string warehouse) => WarehouseBuilder.Build(new LakeStore(lake), warehouse);

    /// <summary>The exit code <c>insights ingest</c> gives for these outcomes (IngestRunner's rule).</summary>
    /// <param name="outcomes">File outcomes.</param>
    /// <param name="report">The build report.</param>
    public static int ExitCode(IReadOnlyList<FileOutcome> outcomes, BuildReport report) => IngestExitCode.Of(outcomes, report);

    /// <summary>Opens a warehouse read-only.</summary>
    /// <param name="warehouse">The DuckDB file.</param>
    public static DuckDBConnection OpenReadOnly(string warehouse)
    {
        var connection = new DuckDBConnection($"Data Source={warehouse};ACCESS_MODE=READ_ONLY");
        connection.Open();
        return connection;
    }

    /// <summary>Runs a query on a warehouse opened read-only and returns its rows as column → value maps.</summary>
    /// <param name="warehouse">The DuckDB file.</param>
    /// <param name="sql">The query.</param>
    public static List<Dictionary<string, object?>> Query(string warehouse, string sql)
    {
        using var connection = OpenReadOnly(warehouse);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, object?>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Copies a folder tree.</summary>
    /// <param name="from">Source folder.</param>
    /// <param name="to">Target folder (created).</param>
    public static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}
