using System.Diagnostics;
using System.Globalization;
using System.Text;
using Insights.Ingest.Lake;
using Insights.Warehouse.Tests.Support;

namespace Insights.Warehouse.Tests;

/// <summary>A corrected copy of a file, ingested later, replaces the earlier batch; the earlier batch stays on record.</summary>
public sealed class SupersedeTests(ITestOutputHelper output)
{
    private const string Written = "reviews/preliminary_written_scores.csv";

    /// <summary>
    /// Proves: after a season is ingested, a corrected written-score sheet (one mark changed, one row dropped) with the
    /// same relative path, ingested from a second folder, lands as a new batch that (a) the warehouse's fact_score
    /// reflects (the changed mark, the dropped row gone, no row of the old batch left), (b) etl_batch records next to
    /// the old one, which is no longer current and names the new batch in superseded_by, while (c) the old batch's
    /// Parquet files are still in the lake, and (d) every other file's batch stays current.
    /// </summary>
    [Fact]
    public async Task A_corrected_score_sheet_supersedes_the_old_batch_which_stays_in_the_lake()
    {
        var clock = Stopwatch.StartNew();
        var season = GeneratedSeasonFiles.Shared(600, 7);
        using var work = new TempDirectory("supersede");
        var lake = work.Combine("lake");
        var warehouse = work.Combine("W.duckdb");
        var first = await LakeRuns.LandAsync(season.ExportFolder, lake);
        var oldBatch = Assert.Single(first, o => o.File == Written);
        Assert.Equal("landed", oldBatch.Status);

        // The sheet is UTF-8 with one score per line: 赛道,评审组,专家编号,项目编号,评分项,得分,评分时间.
        var lines = File.ReadAllLines(season.Export(Written), Encoding.UTF8).ToList();
        Assert.Equal("赛道,评审组,专家编号,项目编号,评分项,得分,评分时间", lines[0]);
        var changedLine = lines.FindIndex(1, l => int.TryParse(l.Split(',')[5], CultureInfo.InvariantCulture, out var s) && s is > 10 and < 50);
        var changed = lines[changedLine].Split(',');
        var newScore = int.Parse(changed[5], CultureInfo.InvariantCulture) + 7;
        changed[5] = newScore.ToString(CultureInfo.InvariantCulture);
        lines[changedLine] = string.Join(',', changed);
        var droppedLine = changedLine + 41;
        var dropped = lines[droppedLine].Split(',');
        lines.RemoveAt(droppedLine);
        var corrected = work.Combine("corrected", Written);
        Directory.CreateDirectory(Path.GetDirectoryName(corrected)!);
        File.WriteAllText(corrected, string.Join('\n', lines) + "\n", new UTF8Encoding(false));

        var second = await LakeRuns.LandAsync(work.Combine("corrected"), lake);
        var newBatch = Assert.Single(second);
        Assert.Equal((Written, "landed"), (newBatch.File, newBatch.Status));
        Assert.Equal((oldBatch.RowsRead - 1, oldBatch.RowsLanded - 1, 0L), (newBatch.RowsRead, newBatch.RowsLanded, newBatch.RowsQuarantined));
        Assert.NotEqual(oldBatch.BatchId, newBatch.BatchId);
        var report = LakeRuns.Build(lake, warehouse);
        Assert.True(report.TestsPassed, string.Join("\n", report.Tests.Where(t => !t.Passed).Select(t => $"{t.Name}: {string.Join(" / ", t.Sample)}")));

        // (a) the correction is what the warehouse holds.
        var written = LakeRuns.Query(warehouse, "SELECT judge_id, project_id, criterion, score, batch_id, source_row FROM fact_score WHERE stage = 'preliminary_written'");
        Assert.Equal(oldBatch.RowsLanded - 1, written.Count);
        Assert.All(written, r => Assert.Equal(newBatch.BatchId, r["batch_id"]));
        var criterionOf = written.Where(r => (long)r["source_row"]! == changedLine + 1).Select(r => (string)r["criterion"]!).Single();
        var mark = Assert.Single(written, r => (string)r["judge_id"]! == changed[2] && (string)r["project_id"]! == changed[3] && (string)r["criterion"]! == criterionOf);
        Assert.Equal((double)newScore, (double)mark["score"]!);
        var sameSheet = File.ReadLines(season.Export(Written), Encoding.UTF8).Count(l => l.Split(',') is var c && c[2] == dropped[2] && c[3] == dropped[3]);
        var left = written.Where(r => (string)r["judge_id"]! == dropped[2] && (string)r["project_id"]! == dropped[3]).ToList();
        Assert.Equal(sameSheet - 1, left.Count);

        // (b) both batches on record, the old one superseded by the new one.
        var batches = LakeRuns.Query(warehouse, "SELECT batch_id, source_file, is_current, superseded_by, sequence FROM etl_batch ORDER BY sequence");
        Assert.Equal(first.Count + 1, batches.Count);
        var old = Assert.Single(batches, b => (string)b["batch_id"]! == oldBatch.BatchId);
        var current = Assert.Single(batches, b => (string)b["batch_id"]! == newBatch.BatchId);
        Assert.Equal((false, newBatch.BatchId), ((bool)old["is_current"]!, (string?)old["superseded_by"]));
        Assert.Equal((true, (string?)null), ((bool)current["is_current"]!, (string?)current["superseded_by"]));
        Assert.Equal(Written, (string)current["source_file"]!);

        // (d) every other batch is still current and superseded by nothing.
        Assert.All(batches.Where(b => (string)b["batch_id"]! != oldBatch.BatchId), b => Assert.Equal((true, (string?)null), ((bool)b["is_current"]!, (string?)b["superseded_by"])));

        // (c) the old batch's files are still in the lake.
        var store = new LakeStore(lake);
        var oldManifest = Assert.Single(store.Manifests(), m => m.BatchId == oldBatch.BatchId);
        Assert.NotEmpty(oldManifest.Files);
        Assert.All(oldManifest.Files, f => Assert.True(File.Exists(store.FullPath(f.Path)), $"old batch file {f.Path} is gone"));
        output.WriteLine($"changed line {changedLine + 1} to {newScore}, dropped line {droppedLine + 1}; {clock.Elapsed.TotalSeconds:0.0} s");
    }
}
