using System.Diagnostics;
using Insights.Ingest.Bulk;
using Insights.Ingest.Feeds;
using Insights.Ingest.Lake;
using Insights.Ingest.Reading;

namespace Insights.Ingest.Pipeline;

/// <summary>
/// A long score CSV large enough for the bulk path, read once for its checksum and its shape together: its binding,
/// encoding and size as the row reader sees them, the UTF-8 file DuckDB will read (a GB18030 or GBK file is first
/// transcoded, as a stream, into the lake's working folder; disposing removes that copy) and, when the shape is not
/// plain, why the file goes row by row.
/// </summary>
internal sealed class BulkCandidate : IDisposable
{
    private readonly string _full;

    private BulkCandidate(string full, string source, FeedBinding binding, string encoding, long length)
    {
        _full = full;
        Source = source;
        Binding = binding;
        Encoding = encoding;
        Length = length;
    }

    /// <summary>The checksum and shape.</summary>
    public CsvShape Shape { get; private set; } = null!;

    /// <summary>The UTF-8 file DuckDB reads: the source itself, or its transcoded copy.</summary>
    public string Source { get; }

    /// <summary>The file's binding to the long score feed.</summary>
    public FeedBinding Binding { get; }

    /// <summary>The source's encoding, as the manifest records it.</summary>
    public string Encoding { get; }

    /// <summary>The source's size in bytes.</summary>
    public long Length { get; }

    /// <summary>Seconds the checksum and the shape (and a transcoding) took.</summary>
    public double Seconds { get; private set; }

    /// <summary>Why the file goes row by row when its shape is not plain, else null.</summary>
    public string? WhyNot => Shape.IsPlain ? null : $"line {Shape.Line}: {Shape.WhyNotEn}";

    /// <summary>Reads a file as a bulk candidate; null when the file is not one (another feed, too small, not CSV, another encoding).</summary>
    /// <param name="lake">The lake (its working folder takes a transcoded copy).</param>
    /// <param name="full">The source file.</param>
    /// <param name="feed">Its feed.</param>
    /// <param name="options">The ingest's options.</param>
    /// <param name="readOptions">The reader's options, its header row set.</param>
    /// <param name="catalog">The feeds, to bind the header.</param>
    /// <param name="cancellationToken">Stops the reads.</param>
    public static async Task<BulkCandidate?> ReadAsync(
        LakeStore lake, string full, Feed feed, IngestOptions options, TableReadOptions readOptions, FeedCatalog catalog, CancellationToken cancellationToken)
    {
        if (feed is not Feeds.Review.LongScoreFeed || new FileInfo(full).Length < options.BulkMinBytes || readOptions.HeaderRow != 1)
        {
            return null;
        }

        var clock = Stopwatch.StartNew();
        FeedBinding binding;
        string? encoding;
        long length;
        using (var reader = TableReaders.Open(full, readOptions))
        {
            if (reader.Format != "csv")
            {
                return null;
            }

            binding = catalog.Recognise(reader.Header, Path.GetFileName(full), feed.Id, options.Layout);
            (encoding, length) = (reader.Encoding, reader.Length);
        }

        var source = full;
        if (encoding is "gb18030" or "gbk")
        {
            Directory.CreateDirectory(lake.FullPath("_bulk"));
            source = lake.FullPath($"_bulk/transcoded-{Guid.NewGuid():N}.csv");
        }
        else if (encoding is not ("utf-8" or "utf-8-bom"))
        {
            return null;
        }

        var candidate = new BulkCandidate(full, source, binding, encoding, length);
        try
        {
            if (source != full)
            {
                await CsvTranscoder.ToUtf8Async(full, EncodingDetector.Forced(encoding).Encoding, source, cancellationToken).ConfigureAwait(false);
            }

            candidate.Shape = await CsvShapeScanner.ScanAsync(source, readOptions.HeaderRow, binding.Header.Count, readOptions.MaxCellLength, full, cancellationToken).ConfigureAwait(false);
            candidate.Seconds = Math.Round(clock.Elapsed.TotalSeconds, 3);
            return candidate;
        }
        catch
        {
            candidate.Dispose();
            throw;
        }
    }

    /// <summary>Removes a transcoded copy, and the working folder when it is left empty.</summary>
    public void Dispose()
    {
        if (Source == _full || !File.Exists(Source))
        {
            return;
        }

        File.Delete(Source);
        var work = Path.GetDirectoryName(Source)!;
        if (!Directory.EnumerateFileSystemEntries(work).Any())
        {
            Directory.Delete(work);
        }
    }
}
