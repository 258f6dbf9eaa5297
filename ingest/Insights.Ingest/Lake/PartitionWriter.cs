using Insights.Ingest.Datasets;
using Parquet;
using Parquet.Schema;

namespace Insights.Ingest.Lake;

/// <summary>
/// Writes one Parquet file of one dataset partition (one season of one batch), a row group at a time from a
/// <see cref="RowBuffer"/>. The file is written under a temporary name and renamed by <see cref="CompleteAsync"/>,
/// so a half-written file never has the name readers look for.
/// </summary>
public sealed class PartitionWriter : IAsyncDisposable
{
    private readonly LakeDataset _dataset;
    private readonly DataField[] _fields;
    private readonly string _finalPath;
    private readonly string _tempPath;
    private readonly Stream _stream;
    private ParquetWriter? _writer;
    private bool _completed;

    private PartitionWriter(LakeDataset dataset, string finalPath, Func<string, Stream> createFile)
    {
        _dataset = dataset;
        _finalPath = finalPath;
        _tempPath = finalPath + ".tmp";
        _fields = [.. dataset.Columns.Select(Field)];
        OwnerOnly.CreateDirectory(Path.GetDirectoryName(finalPath)!);
        _stream = createFile(_tempPath);
    }

    /// <summary>Rows written so far.</summary>
    public long Rows { get; private set; }

    /// <summary>The Parquet schema of a dataset.</summary>
    /// <param name="dataset">The dataset.</param>
    public static ParquetSchema Schema(LakeDataset dataset) => new(dataset.Columns.Select(Field));

    /// <summary>Opens a writer for <paramref name="finalPath"/>; the file is owner-only.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="finalPath">Where the finished file goes.</param>
    public static Task<PartitionWriter> CreateAsync(LakeDataset dataset, string finalPath) =>
        CreateAsync(dataset, finalPath, path => OwnerOnly.Open(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16));

    /// <summary>Opens a writer for <paramref name="finalPath"/> on the stream <paramref name="createFile"/> opens.</summary>
    internal static async Task<PartitionWriter> CreateAsync(LakeDataset dataset, string finalPath, Func<string, Stream> createFile)
    {
        var writer = new PartitionWriter(dataset, finalPath, createFile);
        // The hints are keyed by field path, which must be read before the schema adopts the fields.
        var options = Options(writer._fields);
        writer._writer = await ParquetWriter.CreateAsync(new ParquetSchema(writer._fields), writer._stream, options).ConfigureAwait(false);
        return writer;
    }

    /// <summary>Writes the buffer's rows as one row group and empties the buffer.</summary>
    /// <param name="buffer">Rows of this writer's dataset.</param>
    public async Task WriteAsync(RowBuffer buffer)
    {
        if (buffer.Count == 0)
        {
            return;
        }

        var n = buffer.Count;
        using (var group = _writer!.CreateRowGroup())
        {
            for (var i = 0; i < _fields.Length; i++)
            {
                var field = _fields[i];
                switch (_dataset.Columns[i].Kind)
                {
                    case ValueKind.Text:
                        // Parquet.Net takes whole arrays: only the last, partial row group is copied.
                        var text = buffer.TextColumn(i);
                        await group.WriteAsync(field, n == text.Length ? text : text[..n]).ConfigureAwait(false);
                        break;
                    case ValueKind.WholeNumber:
                        await group.WriteAsync(field, (ReadOnlyMemory<long?>)buffer.IntegerColumn(i).AsMemory(0, n)).ConfigureAwait(false);
                        break;
                    case ValueKind.Real:
                        await group.WriteAsync(field, (ReadOnlyMemory<double?>)buffer.RealColumn(i).AsMemory(0, n)).ConfigureAwait(false);
                        break;
                    case ValueKind.Date:
                        await group.WriteAsync(field, (ReadOnlyMemory<DateOnly?>)buffer.DateColumn(i).AsMemory(0, n)).ConfigureAwait(false);
                        break;
                    case ValueKind.DateTime:
                        await group.WriteAsync(field, (ReadOnlyMemory<DateTime?>)buffer.DateTimeColumn(i).AsMemory(0, n)).ConfigureAwait(false);
                        break;
                    default:
                        await group.WriteAsync(field, (ReadOnlyMemory<bool?>)buffer.BooleanColumn(i).AsMemory(0, n)).ConfigureAwait(false);
                        break;
                }
            }
        }

        Rows += n;
        buffer.Clear();
    }

    /// <summary>Finishes the file (footer, flush to disk) and gives it its final name.</summary>
    public async Task CompleteAsync()
    {
        await _writer!.DisposeAsync().ConfigureAwait(false);
        _writer = null;
        await _stream.FlushAsync().ConfigureAwait(false);
        (_stream as FileStream)?.Flush(flushToDisk: true);
        await _stream.DisposeAsync().ConfigureAwait(false);
        File.Move(_tempPath, _finalPath, overwrite: true);
        _completed = true;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_writer is not null)
        {
            try
            {
                await _writer.DisposeAsync().ConfigureAwait(false);
            }
            catch (IOException)
            {
                // The file is abandoned anyway: a failure to write its footer changes nothing.
            }
        }

        try
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
        }
        catch (IOException) when (!_completed)
        {
            // Flushing what is left of an abandoned file failed (a full disk, say): it is deleted below anyway.
        }

        if (!_completed && File.Exists(_tempPath))
        {
            File.Delete(_tempPath);
        }
    }

    // Parquet.Net writes strings plain unless told: dictionary pages make the lake about half the size, the writing
    // about twice as fast, and DuckDB's reading of the repeated codes (stage, track, judge, criterion) faster.
    private static ParquetOptions Options(DataField[] fields)
    {
        var options = new ParquetOptions
        {
            CompressionMethod = CompressionMethod.Snappy,
            // Parquet.Net's stream pool keeps every freed buffer unless bounded: memory must not grow with the file.
            MaximumSmallPoolFreeBytes = 16 << 20,
            MaximumLargePoolFreeBytes = 64 << 20,
        };
        foreach (var field in fields.Where(f => f is DataField<string>))
        {
            options.ColumnEncodingHints[field.Path.ToString()] = EncodingHint.Dictionary;
        }

        return options;
    }

    private static DataField Field(LakeColumn column) => column.Kind switch
    {
        ValueKind.Text => new DataField<string>(column.Name, true),
        ValueKind.WholeNumber => new DataField<long?>(column.Name),
        ValueKind.Real => new DataField<double?>(column.Name),
        ValueKind.Date => new DataField<DateOnly?>(column.Name),
        ValueKind.DateTime => new DataField<DateTime?>(column.Name),
        ValueKind.Boolean => new DataField<bool?>(column.Name),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Kind, "unknown column kind"),
    };
}
