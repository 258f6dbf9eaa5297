using Insights.Warehouse.Reading;
using Insights.Warehouse.Reading.Versions;

namespace Insights.Warehouse.Tests.Reading;

/// <summary>
/// The version reader on small warehouses written here: the newest current batch (a newer superseded batch does not
/// count), no current batch, analytics_run missing, empty and filled, and the landed source hashes without NULLs.
/// </summary>
public sealed class VersionReaderTests : IDisposable
{
    private const string Batches = """
        CREATE TABLE etl_batch (batch_id VARCHAR, sequence INTEGER, loaded_at TIMESTAMP, is_current BOOLEAN, source_sha256 VARCHAR);
        INSERT INTO etl_batch VALUES
          ('b1', 1, TIMESTAMP '2026-01-05 08:00:00', true, 'AB12'),
          ('b2', 2, TIMESTAMP '2026-02-10 09:30:00', true, 'cd34'),
          ('b3', 3, TIMESTAMP '2026-03-01 10:00:00', false, 'AB12'),
          ('b4', 4, TIMESTAMP '2026-01-20 11:00:00', true, NULL);
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("insights-versions-").FullName;

    [Fact]
    public void The_current_batch_is_the_newest_of_the_current_ones()
    {
        using var connection = WarehouseCommands.OpenReadOnly(TinyWarehouse.Create(_folder, "w.duckdb", Batches));
        // b3 is newer but superseded; of b1, b2 and b4 b2 was loaded last.
        Assert.Equal(new CurrentBatch("b2", new DateTime(2026, 2, 10, 9, 30, 0)), VersionReader.Current(connection));
    }

    [Fact]
    public void Without_a_current_batch_the_version_is_empty()
    {
        using var connection = WarehouseCommands.OpenReadOnly(TinyWarehouse.Create(_folder, "w.duckdb", Batches + "UPDATE etl_batch SET is_current = false;"));
        Assert.Equal(new CurrentBatch("", null), VersionReader.Current(connection));
    }

    [Fact]
    public void Source_hashes_are_each_landed_file_once_without_nulls()
    {
        using var connection = WarehouseCommands.OpenReadOnly(TinyWarehouse.Create(_folder, "w.duckdb", Batches));
        Assert.Equal(["AB12", "cd34"], VersionReader.SourceHashes(connection).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_analysis_counts_only_when_analytics_run_has_a_row()
    {
        using (var missing = WarehouseCommands.OpenReadOnly(TinyWarehouse.Create(_folder, "missing.duckdb", Batches)))
        {
            Assert.False(VersionReader.HasTable(missing, "analytics_run"));
            Assert.True(VersionReader.HasTable(missing, "etl_batch"));
            Assert.False(VersionReader.AnyAnalysis(missing));
        }

        using (var empty = WarehouseCommands.OpenReadOnly(TinyWarehouse.Create(_folder, "empty.duckdb", "CREATE TABLE analytics_run (season VARCHAR, input_fingerprint VARCHAR);")))
        {
            Assert.True(VersionReader.HasTable(empty, "analytics_run"));
            Assert.False(VersionReader.AnyAnalysis(empty));
        }

        using var filled = WarehouseCommands.OpenReadOnly(TinyWarehouse.Create(_folder, "filled.duckdb",
            "CREATE TABLE analytics_run (season VARCHAR, input_fingerprint VARCHAR); INSERT INTO analytics_run VALUES ('S1', 'f');"));
        Assert.True(VersionReader.AnyAnalysis(filled));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
