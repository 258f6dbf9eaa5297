using Insights.Ingest.Lake;

namespace Insights.Ingest.Tests.Lake;

public sealed class LakeStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "insights-lake-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static BatchManifest Manifest(string id, long sequence, string key, params string[] seasons) =>
        new(id, sequence, "scores_long", key, "score", "x.csv", "00", 1, "csv", "utf-8", seasons,
            [.. seasons.Select(s => new BatchFile("score", s, LakeStore.PartitionFile("score", s, id), 1))], 1, 1, 0, 1, [], new DateTime(2024, 9, 1, 0, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void The_latest_batch_of_a_key_and_season_is_current_and_earlier_ones_stay()
    {
        var lake = new LakeStore(_root);
        lake.Commit(Manifest("a", 1, "scores_long", "S1", "S2"));
        lake.Commit(Manifest("b", 2, "scores_long", "S1"));
        lake.Commit(Manifest("c", 3, "teams", "S1"));

        var current = lake.Current().Select(c => (c.Batch.BatchId, c.Season)).ToList();

        // S2 is still served by batch a, which b superseded only for S1.
        Assert.Equal([("a", "S2"), ("b", "S1"), ("c", "S1")], current.OrderBy(c => c.BatchId).ToList());
        Assert.Equal(3, lake.Manifests().Count);
        Assert.Equal(4, lake.NextSequence());
    }

    [Fact]
    public void Recover_removes_uncommitted_batches_and_temporary_files_only()
    {
        var lake = new LakeStore(_root);
        lake.Commit(Manifest("kept", 1, "k", "S1"));
        var kept = lake.FullPath(LakeStore.PartitionFile("score", "S1", "kept"));
        var orphan = lake.FullPath(LakeStore.PartitionFile("score", "S1", "orphan"));
        foreach (var path in new[] { kept, orphan })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "x");
        }

        File.WriteAllText(kept + ".tmp", "half");
        File.WriteAllText(Path.Combine(_root, "_manifests", "next.json.tmp"), "{");

        Assert.Equal(3, lake.Recover());
        Assert.True(File.Exists(kept));
        Assert.False(Directory.Exists(Path.GetDirectoryName(orphan)));
        Assert.Empty(Directory.EnumerateFiles(_root, "*.tmp", SearchOption.AllDirectories));
        Assert.True(lake.IsCommitted("kept"));
    }

    [Fact]
    public void A_second_writer_is_locked_out()
    {
        var lake = new LakeStore(_root);
        using (lake.Lock())
        {
            Assert.Throws<IOException>(() => lake.Lock());
        }

        using var again = lake.Lock();
    }

    [Fact]
    public void Season_labels_cannot_escape_their_partition()
    {
        var path = LakeStore.PartitionFile("score", "../x y", "b1");
        Assert.Equal("dataset=score/season=..%002Fx%0020y/batch=b1/part-0.parquet", path);
    }
}
