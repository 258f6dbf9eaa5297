using Insights.Ingest.Datasets;
using Insights.Ingest.Reading;

namespace Insights.Ingest.Lake;

/// <summary>
/// Receives the rows of one batch and writes them into the batch's partitions: one Parquet file per dataset and
/// season, row group by row group. Nothing is visible until the caller commits the manifest. Memory is bounded
/// whatever the rows hold: at most <see cref="MaxPartitions"/> partitions, and every partition's buffer is flushed
/// as a row group when the text held by all of them passes <see cref="MaxBufferedChars"/>.
/// </summary>
public sealed class BatchSink : IAsyncDisposable
{
    /// <summary>Most partitions (dataset and season) of one batch: a file's rows fall in at most about 500 seasons.</summary>
    public const int MaxPartitions = 1024;

    /// <summary>Characters of text all the buffers of a batch hold before they are flushed (128 MB).</summary>
    public const long MaxBufferedChars = 64L * 1024 * 1024;

    private readonly LakeStore _lake;
    private readonly int _rowGroupSize;
    private readonly BufferedText _meter = new();
    private readonly Dictionary<(string Dataset, string Season), Partition> _partitions = [];
    private Partition? _last;
    private bool _completed;

    /// <summary>Creates a sink.</summary>
    /// <param name="lake">The lake.</param>
    /// <param name="batchId">The batch id.</param>
    /// <param name="sourceFile">Source path relative to the ingested folder.</param>
    /// <param name="sourceSha256">The source's SHA-256.</param>
    /// <param name="loadedAt">The batch's load time (UTC).</param>
    /// <param name="rowGroupSize">Rows per Parquet row group.</param>
    public BatchSink(LakeStore lake, string batchId, string sourceFile, string sourceSha256, DateTime loadedAt, int rowGroupSize = 131_072)
    {
        _lake = lake;
        _rowGroupSize = rowGroupSize;
        BatchId = batchId;
        SourceFile = sourceFile;
        SourceSha256 = sourceSha256;
        LoadedAt = loadedAt;
    }

    /// <summary>The batch id.</summary>
    public string BatchId { get; }

    /// <summary>Source path relative to the ingested folder.</summary>
    public string SourceFile { get; }

    /// <summary>SHA-256 of the source.</summary>
    public string SourceSha256 { get; }

    /// <summary>Load time (UTC).</summary>
    public DateTime LoadedAt { get; }

    /// <summary>
    /// Starts a row of a dataset in a season's partition, with its lineage set, and returns the buffer to set the
    /// data columns in.
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="season">The season.</param>
    /// <param name="sourceRow">Row number in the source.</param>
    public RowBuffer Row(LakeDataset dataset, string season, long sourceRow)
    {
        var partition = _last is { } last && ReferenceEquals(last.Dataset, dataset) && last.Season == season
            ? last
            : Open(dataset, season, sourceRow);
        _last = partition;
        if (_meter.Chars > MaxBufferedChars)
        {
            // Write every partition's rows so far; each waits for its previous row group, which holds the pace.
            foreach (var other in _partitions.Values.Where(p => p.Buffer.Count > 0))
            {
                other.HandOver();
            }
        }

        var buffer = partition.Buffer;
        if (buffer.IsFull)
        {
            buffer = partition.HandOver();
        }

        buffer.AddRow();
        buffer.Set(dataset.SeasonField, season);
        buffer.SetShared(dataset.BatchIdField, BatchId);
        buffer.SetShared(dataset.SourceFileField, SourceFile);
        buffer.SetShared(dataset.SourceSha256Field, SourceSha256);
        buffer.Set(dataset.SourceRowField, sourceRow);
        buffer.Set(dataset.LoadedAtField, LoadedAt);
        return buffer;
    }

    /// <summary>Finishes every file and returns the batch's file list.</summary>
    public async Task<IReadOnlyList<BatchFile>> CompleteAsync()
    {
        var files = new List<BatchFile>();
        foreach (var ((dataset, season), partition) in _partitions.OrderBy(p => p.Key.Dataset, StringComparer.Ordinal).ThenBy(p => p.Key.Season, StringComparer.Ordinal))
        {
            await partition.Pending.ConfigureAwait(false);
            await partition.Writer.WriteAsync(partition.Buffer).ConfigureAwait(false);
            await partition.Writer.CompleteAsync().ConfigureAwait(false);
            files.Add(new BatchFile(dataset, season, partition.RelativePath, partition.Writer.Rows));
        }

        _completed = true;
        return files;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var partition in _partitions.Values)
        {
            try
            {
                await partition.Pending.ConfigureAwait(false);
            }
            catch (IOException)
            {
                // The batch is being abandoned: a failed background write changes nothing.
            }

            await partition.Writer.DisposeAsync().ConfigureAwait(false);
            if (!_completed)
            {
                RemoveFolders(_lake.FullPath(partition.RelativePath));
            }
        }
    }

    // An abandoned batch leaves nothing: its batch folder, and the season and dataset folders it was first in.
    private void RemoveFolders(string file)
    {
        var batch = Path.GetDirectoryName(file)!;
        if (Directory.Exists(batch))
        {
            Directory.Delete(batch, recursive: true);
        }

        for (var folder = Path.GetDirectoryName(batch); folder is not null && folder.Length > _lake.Root.Length; folder = Path.GetDirectoryName(folder))
        {
            if (!Directory.Exists(folder) || Directory.EnumerateFileSystemEntries(folder).Any())
            {
                break;
            }

            Directory.Delete(folder);
        }
    }

    private Partition Open(LakeDataset dataset, string season, long row)
    {
        if (!_partitions.TryGetValue((dataset.Name, season), out var partition))
        {
            if (_partitions.Count >= MaxPartitions)
            {
                var label = CellText.Truncate(season, 40);
                throw ReadLimits.Exceeded(
                    SourceFile,
                    $"文件的行分属 {ReadLimits.N(MaxPartitions)} 个以上的数据集与赛季分区（赛季“{label}”是又一个）",
                    $"the file's rows fall in more than {ReadLimits.N(MaxPartitions)} dataset and season partitions (season \"{label}\" is one more)",
                    ReadLimits.N(MaxPartitions),
                    row);
            }

            var relative = LakeStore.PartitionFile(dataset.Name, season, BatchId);
            var writer = PartitionWriter.CreateAsync(dataset, _lake.FullPath(relative), _lake.CreateFile).GetAwaiter().GetResult();
            partition = new Partition(dataset, season, relative, writer, new RowBuffer(dataset, _rowGroupSize, _meter), _meter);
            _partitions.Add((dataset.Name, season), partition);
        }

        return partition;
    }

    /// <summary>
    /// One partition's writer and its two buffers: while one full buffer is encoded and written on the thread pool,
    /// the ingest fills the other, so parsing and Parquet encoding use both cores.
    /// </summary>
    private sealed class Partition(LakeDataset dataset, string season, string relativePath, PartitionWriter writer, RowBuffer buffer, BufferedText meter)
    {
        private RowBuffer? _spare;

        public LakeDataset Dataset { get; } = dataset;

        public string Season { get; } = season;

        public string RelativePath { get; } = relativePath;

        public PartitionWriter Writer { get; } = writer;

        public RowBuffer Buffer { get; private set; } = buffer;

        public Task Pending { get; private set; } = Task.CompletedTask;

        /// <summary>Starts writing the full buffer in the background and returns the empty one to fill.</summary>
        public RowBuffer HandOver()
        {
            // Parquet row groups are written one after the other: wait for the previous one first.
            Pending.GetAwaiter().GetResult();
            var full = Buffer;
            Buffer = _spare ?? new RowBuffer(Dataset, full.Capacity, meter);
            _spare = full;
            Pending = Task.Run(() => Writer.WriteAsync(full));
            return Buffer;
        }
    }
}
