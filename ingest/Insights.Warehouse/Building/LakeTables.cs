using DuckDB.NET.Data;
using Insights.Ingest.Datasets;
using Insights.Ingest.Lake;

namespace Insights.Warehouse.Building;

/// <summary>
/// Brings the lake into the warehouse: <c>etl_batch</c> from the manifests (every batch, current or superseded),
/// and one <c>lake_DATASET</c> view per dataset over the Parquet files of its current batches (DuckDB's own
/// <c>read_parquet</c>; the file list written through <see cref="LakeSql"/>: the warehouse keeps no second copy of the lake
/// and reads it where it lies, so the lake must stay beside the warehouse it was built from). <c>lake_project_history</c> keeps every project batch for
/// the rule that a problem may not change after registration; <c>etl_season_drop</c> the seasons removed from the lake
/// (<c>insights seasons drop</c>), whose batches stay in <c>etl_batch</c>, not current.
/// </summary>
internal static class LakeTables
{
    /// <summary>Creates <c>etl_batch</c>, <c>etl_season_drop</c> and the lake views.</summary>
    /// <returns>The views and the files each reads, by season (for <see cref="Scope"/> and the data tests' fingerprints).</returns>
    public static IReadOnlyList<LakeView> Load(DuckDBConnection connection, LakeStore lake)
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

        var views = new List<LakeView>();
        foreach (var dataset in LakeDatasets.All)
        {
            var files = current.SelectMany(c => c.Batch.Files.Where(f => f.Dataset == dataset.Name && f.Season == c.Season))
                .Select(f => new LakeFile(f.Season, lake.FullPath(f.Path))).Distinct().ToList();
            views.Add(new LakeView("lake_" + dataset.Name, dataset, files));
        }

        // A dropped season's files are gone: its history went with it.
        var drops = lake.Drops();
        var history = manifests.SelectMany(m => m.Files.Where(f => f.Dataset == LakeDatasets.Project.Name && !drops.Any(d => d.Covers(m, f.Season))))
            .Select(f => new LakeFile(f.Season, lake.FullPath(f.Path))).ToList();
        views.Add(new LakeView("lake_project_history", LakeDatasets.Project, history));
        Scope(connection, views, lake.Root, null);

        DuckDbStatements.Execute(connection, """
            CREATE TABLE etl_season_drop (season VARCHAR, after_sequence BIGINT, dropped_at TIMESTAMP, dropped_by VARCHAR, host VARCHAR,
              batches VARCHAR, lake_rows BIGINT);
            """);
        DuckDbStatements.Append(connection, "etl_season_drop", drops.Select(d => new object?[]
        {
            d.Season, d.AfterSequence, d.DroppedAt, d.DroppedBy, d.Host, string.Join(";", d.Batches), d.LakeRows,
        }));
        return views;
    }

    /// <summary>
    /// (Re)creates the lake views over the files of the given seasons only, or of every season when
    /// <paramref name="seasons"/> is null: the data tests narrow the views to the seasons they must test
    /// (<see cref="DataTestRunner"/>) and widen them again before the build ends. Every model reads the lake through
    /// these views (DuckDB binds a view's SQL when it is read), so a narrowed view narrows every model that is a view.
    /// </summary>
    public static void Scope(DuckDBConnection connection, IReadOnlyList<LakeView> views, string lakeRoot, IReadOnlySet<string>? seasons)
    {
        foreach (var view in views)
        {
            Create(connection, view.Name, view.Dataset, [.. view.Files.Where(f => seasons is null || seasons.Contains(f.Season)).Select(f => f.Path)], lakeRoot);
        }
    }

    // File, checksum and load time are the same for every row of a batch: the warehouse keeps them once, in etl_batch.
    private static readonly string[] s_perBatch = ["source_file", "source_sha256", "loaded_at"];

    private static void Create(DuckDBConnection connection, string table, LakeDataset dataset, List<string> files, string lakeRoot)
    {
        var kept = dataset.Columns.Where(c => !s_perBatch.Contains(c.Name)).ToList();
        if (files.Count == 0)
        {
            // No file: a typed empty view, so the models that read it still find every column.
            var empty = string.Join(", ", kept.Select(c => $"CAST(NULL AS {c.Kind.DuckDbType()}) AS {c.Name}"));
            DuckDbStatements.Execute(connection, $"CREATE OR REPLACE VIEW {table} AS SELECT {empty} WHERE false");
            return;
        }

        // A view over the committed Parquet files, not a second copy of the lake in the warehouse (issue 16: persisting
        // 10 M scores took 5.5 s of a 22.7 s ingest). DuckDB takes no parameter in a view's definition, so the file list
        // is written into the SQL text: only through LakeSql, which admits paths inside the lake and nothing a string
        // literal or a glob could misread. Identifiers and types come from the dataset definitions in code.
        var names = string.Join(", ", kept.Select(c => $"CAST({c.Name} AS {c.Kind.DuckDbType()}) AS {c.Name}"));
        // Not hive partitioning: the folder names (season=...) are the lake's own escaping, not URL encoding, and the
        // season is a column of every file (a season with Chinese characters failed DuckDB's decoding of its folder).
        DuckDbStatements.Execute(connection, $"CREATE OR REPLACE VIEW {table} AS SELECT {names} FROM read_parquet({LakeSql.List(files, lakeRoot)}, union_by_name = true, hive_partitioning = false)");
    }
}
