using System.Globalization;
using System.Text.Json;

namespace Insights.Ingest.Lake;

/// <summary>
/// The Parquet lake on disk: Hive-style partitions <c>dataset=D/season=S/batch=B/part-0.parquet</c> and the
/// manifests in <c>_manifests/</c> that make batches visible. Data files are written first; the manifest is
/// written to a temporary name and renamed, which is the atomic commit. Files of a batch without a manifest are
/// leftovers of an interrupted ingest and are removed by <see cref="Recover"/>. Every folder and file the lake creates
/// is owner-only (<see cref="OwnerOnly"/>).
/// </summary>
public sealed class LakeStore
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Opens (and creates) a lake.</summary>
    /// <param name="root">The lake's folder.</param>
    public LakeStore(string root)
    {
        Root = Path.GetFullPath(root);
        OwnerOnly.CreateDirectory(ManifestFolder);
    }

    /// <summary>The lake's folder.</summary>
    public string Root { get; }

    /// <summary>
    /// Creates (or truncates) a file of the lake for writing, owner-only. Tests replace it to simulate a failing disk.
    /// </summary>
    internal Func<string, Stream> CreateFile { get; set; } = path => OwnerOnly.Open(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16);

    private readonly Dictionary<string, BatchManifest> _parsed = new(StringComparer.Ordinal);

    private string ManifestFolder => Path.Combine(Root, "_manifests");

    private string DropFolder => Path.Combine(Root, "_drops");

    /// <summary>The relative path of a batch's file in a partition.</summary>
    /// <param name="dataset">Dataset name.</param>
    /// <param name="season">Season.</param>
    /// <param name="batchId">Batch id.</param>
    public static string PartitionFile(string dataset, string season, string batchId) =>
        $"dataset={dataset}/season={Escape(season)}/batch={batchId}/part-0.parquet";

    /// <summary>The absolute path of a relative lake path.</summary>
    /// <param name="relative">Path relative to the root, forward slashes.</param>
    public string FullPath(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Takes the lake's writer lock; dispose to release. Fails at once if another ingest holds it.</summary>
    public IDisposable Lock()
    {
        var path = Path.Combine(Root, "_lock");
        try
        {
            return OwnerOnly.Open(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException e)
        {
            throw new IOException($"数据湖 {Root} 正被另一个导入进程使用 / the lake {Root} is locked by another ingest", e);
        }
    }

    /// <summary>
    /// Every committed batch, in commit order. A committed manifest never changes, so each is parsed once per store
    /// and kept: listing the folder finds the new ones (an ingest of one file into a lake of thousands of batches no
    /// longer parses every manifest again for each file it lands).
    /// </summary>
    public IReadOnlyList<BatchManifest> Manifests()
    {
        var list = new List<BatchManifest>();
        lock (_parsed)
        {
            var present = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in Directory.EnumerateFiles(ManifestFolder, "*.json"))
            {
                present.Add(file);
                if (!_parsed.TryGetValue(file, out var manifest))
                {
                    using var stream = File.OpenRead(file);
                    manifest = JsonSerializer.Deserialize<BatchManifest>(stream, s_json)
                        ?? throw new InvalidDataException($"清单损坏 / corrupt manifest {file}");
                    _parsed[file] = manifest;
                }

                list.Add(manifest);
            }

            foreach (var gone in _parsed.Keys.Where(k => !present.Contains(k)).ToList())
            {
                _parsed.Remove(gone);
            }
        }

        list.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        return list;
    }

    /// <summary>Whether a batch is committed.</summary>
    /// <param name="batchId">Batch id.</param>
    public bool IsCommitted(string batchId) => File.Exists(ManifestPath(batchId));

    /// <summary>
    /// The current batches: for every supersede key and season, the latest committed batch that holds that season.
    /// </summary>
    public IReadOnlyList<(BatchManifest Batch, string Season)> Current()
    {
        var latest = new Dictionary<(string, string), BatchManifest>();
        var drops = Drops();
        foreach (var m in Manifests())
        {
            foreach (var season in m.Seasons)
            {
                if (drops.Any(d => d.Covers(m, season)))
                {
                    // A dropped season's rows are gone; an earlier batch of it was dropped too.
                    continue;
                }

                latest[(m.SupersedeKey, season)] = m;
            }
        }

        return [.. latest.OrderBy(kv => kv.Value.Sequence).ThenBy(kv => kv.Key.Item2, StringComparer.Ordinal).Select(kv => (kv.Value, kv.Key.Item2))];
    }

    /// <summary>The seasons removed from the lake, in the order they were dropped.</summary>
    public IReadOnlyList<SeasonDrop> Drops()
    {
        if (!Directory.Exists(DropFolder))
        {
            return [];
        }

        var list = new List<SeasonDrop>();
        foreach (var file in Directory.EnumerateFiles(DropFolder, "*.json"))
        {
            using var stream = File.OpenRead(file);
            list.Add(JsonSerializer.Deserialize<SeasonDrop>(stream, s_json)
                ?? throw new InvalidDataException($"删除记录损坏 / corrupt drop record {file}"));
        }

        list.Sort((a, b) => a.DroppedAt.CompareTo(b.DroppedAt));
        return list;
    }

    /// <summary>
    /// What makes a batch id new after a season was dropped: the same file landed again must land again, not be found
    /// "unchanged" in a batch whose rows are gone. Empty for a season never dropped, so ids stay what they were.
    /// </summary>
    /// <param name="season">The season a file lands in.</param>
    public string DropSalt(string season)
    {
        var count = Drops().Count(d => d.Season == season);
        return count == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"|after-drop-{count}");
    }

    /// <summary>
    /// Removes a season's rows from the lake: writes the drop record (the audit trail; the manifests stay), then deletes
    /// the season's partitions. Takes the writer lock.
    /// </summary>
    /// <param name="season">The season.</param>
    /// <param name="droppedBy">Who drops it.</param>
    /// <returns>The drop record, or null when the lake holds no current rows of the season.</returns>
    public SeasonDrop? DropSeason(string season, string droppedBy)
    {
        ArgumentException.ThrowIfNullOrEmpty(season);
        using var writerLock = Lock();
        var current = Current().Where(c => c.Season == season).ToList();
        if (current.Count == 0)
        {
            return null;
        }

        var manifests = Manifests();
        var drops = Drops();
        var batches = manifests.Where(m => m.Seasons.Contains(season) && !drops.Any(d => d.Covers(m, season))).ToList();
        var drop = new SeasonDrop(
            season, manifests.Max(m => m.Sequence), DateTime.UtcNow, droppedBy, Environment.MachineName,
            [.. batches.Select(b => b.BatchId)],
            current.Sum(c => c.Batch.Files.Where(f => f.Season == season).Sum(f => f.Rows)));
        OwnerOnly.CreateDirectory(DropFolder);
        var path = Path.Combine(DropFolder, string.Create(CultureInfo.InvariantCulture, $"{drop.DroppedAt:yyyyMMddTHHmmssfffffff}-{Escape(season)}.json"));
        using (var stream = CreateFile(path + ".tmp"))
        {
            JsonSerializer.Serialize(stream, drop, s_json);
            stream.Flush();
            (stream as FileStream)?.Flush(flushToDisk: true);
        }

        // The record first: a kill before the files are gone leaves files no current batch names, never rows that
        // come back.
        File.Move(path + ".tmp", path, overwrite: false);
        foreach (var datasetDir in Directory.EnumerateDirectories(Root, "dataset=*"))
        {
            var seasonDir = Path.Combine(datasetDir, "season=" + Escape(season));
            if (Directory.Exists(seasonDir))
            {
                Directory.Delete(seasonDir, recursive: true);
            }
        }

        return drop;
    }

    /// <summary>The next commit sequence number.</summary>
    public long NextSequence() => Manifests().Select(m => m.Sequence).DefaultIfEmpty(0).Max() + 1;

    /// <summary>Commits a batch: writes its manifest under a temporary name, flushes it, renames it into place.</summary>
    /// <param name="manifest">The batch's manifest; its files must already be complete.</param>
    public void Commit(BatchManifest manifest)
    {
        var path = ManifestPath(manifest.BatchId);
        var temp = path + ".tmp";
        using (var stream = CreateFile(temp))
        {
            JsonSerializer.Serialize(stream, manifest, s_json);
            stream.Flush();
            (stream as FileStream)?.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: false);
    }

    /// <summary>
    /// Removes what an interrupted ingest left: temporary files and batch folders that no manifest commits.
    /// </summary>
    /// <returns>How many leftovers were removed.</returns>
    public int Recover()
    {
        var committed = Manifests().Select(m => m.BatchId).ToHashSet(StringComparer.Ordinal);
        var removed = 0;
        foreach (var temp in Directory.EnumerateFiles(Root, "*.tmp", SearchOption.AllDirectories).ToList())
        {
            File.Delete(temp);
            removed++;
        }

        // The bulk path's working folders (LAKE/_bulk/BATCH) never hold anything committed.
        var bulk = Path.Combine(Root, "_bulk");
        if (Directory.Exists(bulk))
        {
            Directory.Delete(bulk, recursive: true);
            removed++;
        }

        foreach (var datasetDir in Directory.EnumerateDirectories(Root, "dataset=*"))
        {
            foreach (var seasonDir in Directory.EnumerateDirectories(datasetDir, "season=*"))
            {
                foreach (var batchDir in Directory.EnumerateDirectories(seasonDir, "batch=*").ToList())
                {
                    if (!committed.Contains(Path.GetFileName(batchDir)["batch=".Length..]))
                    {
                        Directory.Delete(batchDir, recursive: true);
                        removed++;
                    }
                }
            }
        }

        return removed;
    }

    /// <summary>Writes the JSON form of a manifest (for <c>--json</c> summaries).</summary>
    /// <param name="value">Any value.</param>
    public static string ToJson<T>(T value) => JsonSerializer.Serialize(value, s_json);

    private string ManifestPath(string batchId) => Path.Combine(ManifestFolder, batchId + ".json");

    // Season labels of outside data may hold characters a path must not: keep letters, digits, - and _; escape the rest.
    private static string Escape(string season)
    {
        var builder = new System.Text.StringBuilder(season.Length);
        foreach (var c in season)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
