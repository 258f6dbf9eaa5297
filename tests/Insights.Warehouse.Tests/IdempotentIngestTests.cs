using System.Diagnostics;
using Insights.Ingest.Lake;
using Insights.Warehouse.Tests.Support;

namespace Insights.Warehouse.Tests;

/// <summary>Ingesting the same files twice changes nothing: the second run lands nothing and the warehouse is identical.</summary>
public sealed class IdempotentIngestTests(ITestOutputHelper output)
{
    /// <summary>
    /// Proves: (a) a first ingest of a generated season (seed 7, 600 projects) lands every file the generator's manifest
    /// lists, each file's counts balance (read = landed + quarantined) and equal the manifest's row count; (b) a second
    /// ingest of the same folder reports every file <c>unchanged</c> with the same counts, commits no new batch, and the
    /// rebuilt warehouse is identical to the first, table by table and row by row (every column, loaded_at included,
    /// since nothing is re-landed; the data tests' carry-over bookkeeping aside), and that second build carried every
    /// season's season-scoped data tests under unchanged fingerprints. Both with the row-by-row path and with the long
    /// score CSV on the bulk path.
    /// </summary>
    /// <param name="bulk">Whether the long score CSV takes the bulk path.</param>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Second_ingest_of_the_same_files_is_unchanged_and_the_warehouse_is_identical(bool bulk)
    {
        var bulkMinBytes = bulk ? 0 : long.MaxValue;
        var clock = Stopwatch.StartNew();
        var season = GeneratedSeasonFiles.Shared(600, 7);
        using var work = new TempDirectory("idempotent");
        var lake = work.Combine("lake");
        var warehouse = work.Combine("W.duckdb");

        var first = await LakeRuns.LandAsync(season.ExportFolder, lake, bulkMinBytes);
        Assert.Equal(bulk, first.Any(o => o.LandedBy == "bulk"));
        var build1 = LakeRuns.Build(lake, warehouse);
        var dump1 = WarehouseDump.Read(warehouse);
        var fingerprints1 = LakeRuns.Query(warehouse, "SELECT season, fingerprint FROM etl_data_test_season ORDER BY ALL").Select(r => string.Join(" ", r.Values)).ToList();
        var manifests1 = new LakeStore(lake).Manifests();

        Assert.Equal(season.ManifestRows.Keys.Order(StringComparer.Ordinal), first.Select(o => o.File).Order(StringComparer.Ordinal));
        foreach (var o in first)
        {
            Assert.True(o.Status == "landed", $"{o.File}: {o.Status} {o.ErrorEn}");
            Assert.True(o.Balanced, $"{o.File}: read {o.RowsRead} != landed {o.RowsLanded} + quarantined {o.RowsQuarantined}");
            Assert.True(season.ManifestRows[o.File] == o.RowsRead, $"{o.File}: the generator wrote {season.ManifestRows[o.File]} rows, the ingest read {o.RowsRead}");
        }

        var second = await LakeRuns.LandAsync(season.ExportFolder, lake, bulkMinBytes);
        var build2 = LakeRuns.Build(lake, warehouse);
        var dump2 = WarehouseDump.Read(warehouse);

        Assert.All(second, o => Assert.True(o.Status == "unchanged", $"{o.File}: {o.Status}"));
        var before = first.ToDictionary(o => o.File);
        foreach (var o in second)
        {
            Assert.True(o.Balanced, o.File);
            Assert.Equal((before[o.File].BatchId, before[o.File].RowsRead, before[o.File].RowsLanded, before[o.File].RowsQuarantined, before[o.File].LakeRows),
                (o.BatchId, o.RowsRead, o.RowsLanded, o.RowsQuarantined, o.LakeRows));
        }

        Assert.Equal(manifests1.Select(m => (m.BatchId, m.Sequence)), new LakeStore(lake).Manifests().Select(m => (m.BatchId, m.Sequence)));
        var differences = WarehouseDump.Differences(dump1, dump2);
        Assert.True(differences is null, "the warehouse changed on a second ingest of the same files:\n" + differences);

        // Nothing changed, so the second build carried every season's season-scoped data tests, under the same fingerprints.
        Assert.Empty(build1.DataTestsCarried);
        Assert.Equal(fingerprints1.Select(f => f.Split(' ')[0]), build2.DataTestsCarried);
        Assert.Contains(LakeRuns.Season, build2.DataTestsCarried);
        Assert.Equal(fingerprints1, LakeRuns.Query(warehouse, "SELECT season, fingerprint FROM etl_data_test_season ORDER BY ALL").Select(r => string.Join(" ", r.Values)));
        output.WriteLine($"{first.Count} files, {first.Sum(o => o.RowsRead):N0} rows; warehouse {dump1.Tables.Count} tables and views, {dump1.Rows:N0} rows; {clock.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>
    /// Proves: the Parquet row-group size is invisible in the warehouse. The season (seed 7, 600 projects) landed with
    /// row groups of 997 rows (so the larger files hand full row groups to the background writer many times, and the
    /// last group of each file is partial) gives the same batches and the same warehouse, table by table, as with the
    /// default size, except the loaded_at columns (the wall-clock time of landing).
    /// </summary>
    [Fact]
    public async Task Small_row_groups_give_the_same_warehouse()
    {
        var season = GeneratedSeasonFiles.Shared(600, 7);
        using var work = new TempDirectory("rowgroups");
        var normal = await LakeRuns.LandAsync(season.ExportFolder, work.Combine("lake"));
        LakeRuns.Build(work.Combine("lake"), work.Combine("W.duckdb"));
        var small = await LakeRuns.LandAsync(season.ExportFolder, work.Combine("lake-small"), rowGroupSize: 997);
        LakeRuns.Build(work.Combine("lake-small"), work.Combine("W-small.duckdb"));

        Assert.Equal(normal.Select(o => (o.File, o.BatchId, o.RowsRead, o.RowsLanded, o.LakeRows)), small.Select(o => (o.File, o.BatchId, o.RowsRead, o.RowsLanded, o.LakeRows)));
        var differences = WarehouseDump.Differences(
            WarehouseDump.Read(work.Combine("W.duckdb"), (_, column) => column == "loaded_at"),
            WarehouseDump.Read(work.Combine("W-small.duckdb"), (_, column) => column == "loaded_at"));
        Assert.True(differences is null, "row groups of 997 rows changed the warehouse:\n" + differences);
        output.WriteLine($"{small.Max(o => o.LakeRows):N0} lake rows in the largest file: {small.Max(o => o.LakeRows) / 997 + 1} row groups");
    }
}
