using DuckDB.NET.Data;
using Insights.Ingest.Datasets;
using Insights.Ingest.Lake;

namespace Insights.Warehouse.Building;

/// <summary>
/// Brings the lake into the warehouse: <c>etl_batch</c> from the manifests (every batch, current or superseded),
/// and one <c>lake_DATASET</c> table per dataset with the rows of its current batches, read by DuckDB's own
/// <c>read_parquet</c> (file lists bound as parameters). <c>lake_project_history</c> keeps every project batch for
/// the rule that a problem may not change after registration; <c>etl_season_drop</c> the seasons removed from the lake
/// (<c>insights seasons drop</c>), whose batches stay in <c>etl_batch</c>, not current.
/// </summary>
internal static class LakeTables
{
    public static void Load(DuckDBConnection connection, LakeStore lake)
    {
        var manifests = lake.Manifests();
        var current = lake.Current();
        var currentIds = current.Select(c => c.Batch.BatchId).ToHashSet(StringComparer.Ordinal);
        DuckDbStatements.Execute(connection, """
            CREATE TABLE etl_batch (batch_id VARCHAR, sequence BIGINT, feed VARCHAR, supersede_key VARCHAR, dataset VARCHAR,
              source_file VARCHAR, source_sha256 VARCHAR, source_bytes BIGINT, format VARCHAR, encoding VARCHAR, seasons VARCHAR,
              rows_read BIGINT, rows_landed BIGINT, rows_quarantined BIGINT, marks_quarantined BIGINT, lake_rows BIGINT, warnings VARCHAR,
              loaded_at TIMESTAMP, is_current BOOLEAN, superseded_by VARCHAR);
            """);
        DuckDbStatements.Append(connection, "etl_batch", manifests.Select(m => new object?[]
        {
            m.BatchId, m.Sequence, m.Feed, m.SupersedeKey, m.Dataset, m.SourceFile, m.SourceSha256, m.SourceBytes, m.Format, m.Encoding,
            string.Join(";", m.Seasons), m.RowsRead, m.RowsLanded, m.RowsQuarantined, m.MarksQuarantined, m.LakeRows, string.Join("\n", m.Warnings),
            m.LoadedAt, currentIds.Contains(m.BatchId),
            manifests.Where(n => n.Sequence > m.Sequence && n.SupersedeKey == m.SupersedeKey && n.Seasons.Intersect(m.Seasons).Any())
                .Select(n => n.BatchId).FirstOrDefault(),
        }));

        foreach (var dataset in LakeDatasets.All)
        {
            var files = current.SelectMany(c => c.Batch.Files.Where(f => f.Dataset == dataset.Name && f.Season == c.Season)).Select(f => lake.FullPath(f.Path)).Distinct().ToList();
            Create(connection, "lake_" + dataset.Name, dataset, files);
        }

        // A dropped season's files are gone: its history went with it.
        var drops = lake.Drops();
        var history = manifests.SelectMany(m => m.Files.Where(f => f.Dataset == LakeDatasets.Project.Name && !drops.Any(d => d.Covers(m, f.Season))))
            .Select(f => lake.FullPath(f.Path)).ToList();
        Create(connection, "lake_project_history", LakeDatasets.Project, history);

        DuckDbStatements.Execute(connection, """
            CREATE TABLE etl_season_drop (season VARCHAR, after_sequence BIGINT, dropped_at TIMESTAMP, dropped_by VARCHAR, host VARCHAR,
              batches VARCHAR, lake_rows BIGINT);
            """);
        DuckDbStatements.Append(connection, "etl_season_drop", drops.Select(d => new object?[]
        {
            d.Season, d.AfterSequence, d.DroppedAt, d.DroppedBy, d.Host, string.Join(";", d.Batches), d.LakeRows,
        }));
    }

    // File, checksum and load time are the same for every row of a batch: the warehouse keeps them once, in etl_batch.
    private static readonly string[] s_perBatch = ["source_file", "source_sha256", "loaded_at"];

    private static void Create(DuckDBConnection connection, string table, LakeDataset dataset, List<string> files)
    {
        var kept = dataset.Columns.Where(c => !s_perBatch.Contains(c.Name)).ToList();
        var columns = string.Join(", ", kept.Select(c => c.Name + " " + SqlType(c.Kind)));
        DuckDbStatements.Execute(connection, $"CREATE TABLE {table} ({columns})");
        if (files.Count == 0)
        {
            return;
        }

        // Identifiers come from the dataset definitions in code; the only outside values, the file paths, are bound.
        var names = string.Join(", ", kept.Select(c => c.Name));
        using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {table} SELECT {names} FROM read_parquet($files, union_by_name = true)";
        command.Parameters.Add(new DuckDBParameter("files", files));
        command.ExecuteNonQuery();
    }

    private static string SqlType(ValueKind kind) => kind switch
    {
        ValueKind.Text => "VARCHAR",
        ValueKind.WholeNumber => "BIGINT",
        ValueKind.Real => "DOUBLE",
        ValueKind.Date => "DATE",
        ValueKind.DateTime => "TIMESTAMP",
        _ => "BOOLEAN",
    };
}
