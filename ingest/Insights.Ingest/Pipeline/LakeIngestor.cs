using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Insights.Ingest.Bulk;
using Insights.Ingest.Datasets;
using Insights.Ingest.Feeds;
using Insights.Ingest.Lake;
using Insights.Ingest.Privacy;
using Insights.Ingest.Reading;
using Insights.Model.Reference;

namespace Insights.Ingest.Pipeline;

/// <summary>
/// Lands a season's files in the lake: recognises each file's feed, lands the files in feed order (registrations
/// before the scores checked against them), one batch per file, every row landed or quarantined with its reason.
/// A file that cannot be read at all (or is over a reading limit) fails alone and lands nothing; a symbolic link in
/// the source is skipped with the reason; a file landed before is left as it is. A full disk stops the whole ingest
/// with an <see cref="IOException"/> (<see cref="DiskFull"/>): the batch being written is left uncommitted.
/// </summary>
public sealed class LakeIngestor(IngestOptions options)
{
    private readonly LakeStore _lake = new(options.Lake);
    private readonly PersonalDataProtector _protector = new(options.PersonalDataKey);
    private readonly Dictionary<string, ReferenceCatalog?> _catalogs = new(StringComparer.Ordinal);
    private string? _bulkFallback;
    private double _shapeSeconds;

    /// <summary>The lake.</summary>
    public LakeStore Lake => _lake;

    private TableReadOptions ReadOptions => (options.Limits ?? new TableReadOptions()) with { Encoding = options.Encoding, Sheet = options.Layout?.Sheet };

    /// <summary>Lands every file of the source.</summary>
    /// <param name="progress">Receives progress of the file being landed.</param>
    /// <param name="cancellationToken">Stops between rows; the file being landed is left uncommitted.</param>
    /// <returns>One outcome per file, in landing order.</returns>
    public async Task<IReadOnlyList<FileOutcome>> IngestAsync(IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        using var writerLock = _lake.Lock();
        _lake.Recover();
        var catalog = new FeedCatalog(Catalog(options.DefaultSeason), options.DefaultSeason);
        var outcomes = new List<FileOutcome>();
        var plan = new List<(string Full, string Relative, FeedBinding Binding, int HeaderRow)>();
        var skipped = new List<SkippedFile>();
        var files = SourceFiles.List(options.Source, skipped);
        outcomes.AddRange(skipped.Select(Skipped));
        // Rules files first: they are not tables, and nothing else depends on the order they land in.
        var rules = files.Where(f => Rules.RulesFile.IsRulesFileName(Path.GetFileName(f.Full))).ToList();
        if (options.Rules is { } extra)
        {
            rules.Add((Path.GetFullPath(extra), Path.GetFileName(extra)));
        }

        foreach (var (full, relative) in rules)
        {
            try
            {
                outcomes.Add(await RulesLanding.LandAsync(_lake, full, relative, options.DefaultSeason, options.RowGroupSize, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception e) when (e is SourceFileException or UnauthorizedAccessException || (e is IOException && !DiskFull.Is(e)))
            {
                outcomes.Add(Failed(relative, RulesLanding.FeedId, e));
            }
        }

        foreach (var (full, relative) in files.Except(rules))
        {
            try
            {
                var (binding, headerRow) = HeaderSearch.Recognise(full, ReadOptions, catalog, options.Feed, options.Layout);
                plan.Add((full, relative, binding, headerRow));
            }
            catch (Exception e) when (e is SourceFileException or FeedException or UnauthorizedAccessException || (e is IOException && !DiskFull.Is(e)))
            {
                outcomes.Add(Failed(relative, null, e));
            }
        }

        if (options.KnownSeasonsOnly && IsUnknownSeason(plan.Select(p => p.Binding.Feed), catalog))
        {
            foreach (var refused in plan.Where(p => !p.Binding.Feed.IsOutsideData).ToList())
            {
                outcomes.Add(UnknownSeason(refused.Relative, refused.Binding.Feed));
                plan.Remove(refused);
            }
        }

        foreach (var (full, relative, binding, headerRow) in plan.OrderBy(p => catalog.Order(p.Binding.Feed)).ThenBy(p => p.Relative, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                outcomes.Add(await LandAsync(full, relative, binding.Feed, headerRow, catalog, progress, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception e) when (e is SourceFileException or FeedException or UnauthorizedAccessException || (e is IOException && !DiskFull.Is(e)))
            {
                // A full disk is not the file's fault: it stops the whole ingest (the caller reports it).
                outcomes.Add(Failed(relative, binding.Feed.Id, e));
            }
        }

        return outcomes;
    }

    private async Task<FileOutcome> LandAsync(string full, string relative, Feed feed, int headerRow, FeedCatalog catalog, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var shapeClock = System.Diagnostics.Stopwatch.StartNew();
        var input = await BulkShapeAsync(full, feed, headerRow, catalog, cancellationToken).ConfigureAwait(false);
        _shapeSeconds = Math.Round(shapeClock.Elapsed.TotalSeconds, 3);
        string sha, batchId;
        try
        {
            sha = input?.Shape.Sha256 ?? await Sha256Async(full, cancellationToken).ConfigureAwait(false);
            batchId = BatchId(feed.Id, options.DefaultSeason, sha + _lake.DropSalt(options.DefaultSeason));
            if (_lake.IsCommitted(batchId))
            {
                var m = _lake.Manifests().First(b => b.BatchId == batchId);
                return new FileOutcome(relative, feed.Id, "unchanged", batchId, m.RowsRead, m.RowsLanded, m.RowsQuarantined, m.LakeRows, [], m.Warnings) { MarksQuarantined = m.MarksQuarantined };
            }

            _bulkFallback = input is { Shape.IsPlain: false } ? $"line {input.Value.Shape.Line}: {input.Value.Shape.WhyNotEn}" : null;
            if (input is { Shape.IsPlain: true } bulkInput
                && await LandBulkAsync(full, bulkInput.Source, relative, feed, headerRow, catalog, bulkInput.Shape, batchId, progress, cancellationToken).ConfigureAwait(false) is { } bulk)
            {
                return bulk;
            }
        }
        finally
        {
            if (input is { } transcoded && transcoded.Source != full)
            {
                File.Delete(transcoded.Source);
                var work = Path.GetDirectoryName(transcoded.Source)!;
                if (!Directory.EnumerateFileSystemEntries(work).Any())
                {
                    Directory.Delete(work);
                }
            }
        }

        using var reader = TableReaders.Open(full, ReadOptions with { HeaderRow = headerRow });
        // Recognise again on the reader that lands: the binding holds per-file state (the stage a file name names).
        var binding = catalog.Recognise(reader.Header, Path.GetFileName(full), feed.Id, options.Layout);
        var loadedAt = DateTime.UtcNow;
        var seasons = new Dictionary<string, SeasonReference>(StringComparer.Ordinal);
        await using var sink = new BatchSink(_lake, batchId, relative, sha, loadedAt, options.RowGroupSize);
        var context = new LandingContext(sink, options.DefaultSeason, s => seasons.TryGetValue(s, out var r) ? r : seasons[s] = Season(s), _protector, Path.GetFileName(full), feed.Id);
        var rows = new RowLanding(feed, binding, context, sink, options.DefaultSeason);
        foreach (var source in ReadAhead.Rows(reader, cancellationToken))
        {
            rows.Land(source);
            var read = rows.Read;
            if (read == 1 << 18 && reader.BytesRead > 0)
            {
                // Project the row count from the bytes the first rows took. The reader runs up to 32,768 rows ahead,
                // so its position overstates the bytes of these rows by at most an eighth; a low estimate only means
                // the set grows once more.
                context.ExpectRows(reader.Length * read / reader.BytesRead * 11 / 10);
            }

            if ((read & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(new IngestProgress(relative, reader.BytesRead, reader.Length, read));
            }
        }

        progress?.Report(new IngestProgress(relative, reader.Length, reader.Length, rows.Read));
        var files = await sink.CompleteAsync().ConfigureAwait(false);
        var warnings = context.Warnings.OrderBy(w => w.Key, StringComparer.Ordinal)
            .Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Key} ×{w.Value.Count}: {w.Value.Zh} / {w.Value.En}"))
            .ToList();
        var manifest = new BatchManifest(
            batchId, _lake.NextSequence(), feed.Id, feed.SupersedeKey(binding), feed.Dataset.Name, relative, sha, reader.Length,
            reader.Format, reader.Encoding, [.. rows.Seasons], files, rows.Read, rows.Landed, rows.Quarantined, context.LakeRows, warnings, loadedAt)
        {
            MarksQuarantined = context.CellsQuarantined,
        };
        _lake.Commit(manifest);
        return new FileOutcome(relative, feed.Id, "landed", batchId, rows.Read, rows.Landed, rows.Quarantined, context.LakeRows, rows.Samples, warnings)
        {
            BulkFallback = _bulkFallback,
            MarksQuarantined = context.CellsQuarantined,
            CellSamples = context.CellSamples,
        };
    }

    private SeasonReference Season(string id) => new(
        id,
        Catalog(id),
        () => LakeColumnReader.DistinctAsync(_lake, LakeDatasets.Project.Name, id, "project_id").GetAwaiter().GetResult(),
        () => LakeColumnReader.DistinctAsync(_lake, LakeDatasets.Judge.Name, id, "judge_id").GetAwaiter().GetResult());

    private ReferenceCatalog? Catalog(string season)
    {
        if (!_catalogs.TryGetValue(season, out var catalog))
        {
            catalog = ReferenceCatalog.EmbeddedSeasons().Contains(season) ? ReferenceCatalog.Load(season) : null;
            _catalogs[season] = catalog;
        }

        return catalog;
    }

    // A long score CSV large enough for the bulk path is read once for its checksum and its shape together; one in
    // GB18030 or GBK is first transcoded, as a stream, to a UTF-8 file in the lake's working folder (removed after).
    private async Task<(CsvShape Shape, string Source)?> BulkShapeAsync(string full, Feed feed, int headerRow, FeedCatalog catalog, CancellationToken cancellationToken)
    {
        if (feed is not Feeds.Review.LongScoreFeed || new FileInfo(full).Length < options.BulkMinBytes)
        {
            return null;
        }

        FeedBinding binding;
        string? encoding;
        using (var reader = TableReaders.Open(full, ReadOptions with { HeaderRow = headerRow }))
        {
            if (reader.Format != "csv" || headerRow != 1)
            {
                return null;
            }

            binding = catalog.Recognise(reader.Header, Path.GetFileName(full), feed.Id, options.Layout);
            encoding = reader.Encoding;
        }

        var source = full;
        if (encoding is "gb18030" or "gbk")
        {
            Directory.CreateDirectory(_lake.FullPath("_bulk"));
            source = _lake.FullPath($"_bulk/transcoded-{Guid.NewGuid():N}.csv");
            await CsvTranscoder.ToUtf8Async(full, EncodingDetector.Forced(encoding).Encoding, source, cancellationToken).ConfigureAwait(false);
        }
        else if (encoding is not ("utf-8" or "utf-8-bom"))
        {
            return null;
        }

        var limit = (options.Limits ?? new TableReadOptions()).MaxCellLength;
        try
        {
            return (await CsvShapeScanner.ScanAsync(source, headerRow, binding.Header.Count, limit, full, cancellationToken).ConfigureAwait(false), source);
        }
        catch
        {
            if (source != full)
            {
                File.Delete(source);
            }

            throw;
        }
    }

    private async Task<FileOutcome?> LandBulkAsync(
        string full, string source, string relative, Feed feed, int headerRow, FeedCatalog catalog, CsvShape shape, string batchId,
        IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        string format, encoding;
        FeedBinding binding;
        long length;
        using (var reader = TableReaders.Open(full, ReadOptions with { HeaderRow = headerRow }))
        {
            binding = catalog.Recognise(reader.Header, Path.GetFileName(full), feed.Id, options.Layout);
            (format, encoding, length) = (reader.Format, reader.Encoding ?? "utf-8", reader.Length);
        }

        var loadedAt = DateTime.UtcNow;
        var seasons = new Dictionary<string, SeasonReference>(StringComparer.Ordinal);
        BulkOutcome outcome;
        await using (var sink = new BatchSink(_lake, batchId, relative, shape.Sha256, loadedAt, options.RowGroupSize))
        {
            try
            {
                outcome = await BulkScoreLanding.LandAsync(
                    _lake, source, binding, headerRow, shape.DataLines, sink, options.DefaultSeason,
                    s => seasons.TryGetValue(s, out var r) ? r : seasons[s] = Season(s), _protector,
                    f => progress?.Report(new IngestProgress(relative, (long)(f * length), length, (long)(f * shape.DataLines))), cancellationToken).ConfigureAwait(false);
            }
            catch (BulkFallbackException e)
            {
                // The file goes row by row: the sink's disposal removes what the bulk path wrote.
                _bulkFallback = e.Message;
                return null;
            }
        }

        var manifest = new BatchManifest(
            batchId, _lake.NextSequence(), feed.Id, feed.SupersedeKey(binding), feed.Dataset.Name, relative, shape.Sha256, length,
            format, encoding, outcome.Seasons, outcome.Files, outcome.Read, outcome.Landed, outcome.Quarantined, outcome.Landed, outcome.Warnings, loadedAt);
        _lake.Commit(manifest);
        return new FileOutcome(relative, feed.Id, "landed", batchId, outcome.Read, outcome.Landed, outcome.Quarantined, outcome.Landed, outcome.Samples, outcome.Warnings)
        {
            LandedBy = "bulk",
            BulkSeconds = new Dictionary<string, double>(outcome.Seconds) { ["checksum and shape"] = _shapeSeconds },
        };
    }

    /// <summary>The batch id of a file: its feed and a hash of feed, default season and content.</summary>
    /// <param name="feed">Feed id.</param>
    /// <param name="season">Default season.</param>
    /// <param name="sha256">The file's SHA-256.</param>
    public static string BatchId(string feed, string season, string sha256) =>
        feed + "-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(feed + "|" + season + "|" + sha256)))[..16];

    private static async Task<string> Sha256Async(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
    }

    private static FileOutcome Failed(string relative, string? feed, Exception e)
    {
        // The messages are printed: the file name, and the file's own text in them, escaped.
        var shown = DisplayText.Escape(relative);
        var (zh, en) = e switch
        {
            SourceFileException s => ($"{shown}{Where(s, "第 {0} 行", "，列“{0}”")}：{s.MessageZh}", $"{shown}{Where(s, ", row {0}", ", column '{0}'")}: {s.MessageEn}"),
            FeedException f => ($"{shown}：{f.MessageZh}", $"{shown}: {f.MessageEn}"),
            _ => ($"{shown}：无法读取（{DisplayText.Escape(e.Message)}）", $"{shown}: cannot be read ({DisplayText.Escape(e.Message)})"),
        };
        return new FileOutcome(relative, feed, "failed", null, 0, 0, 0, 0, [], [], zh, en);
    }

    // A season without reference data is outside data's: known when such data comes now or is in the lake already.
    private bool IsUnknownSeason(IEnumerable<Feed> feeds, FeedCatalog catalog)
    {
        if (Catalog(options.DefaultSeason) is not null || feeds.Any(f => f.IsOutsideData))
        {
            return false;
        }

        var outside = catalog.All.Where(f => f.IsOutsideData).Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        return !_lake.Current().Any(c => c.Season == options.DefaultSeason && outside.Contains(c.Batch.Feed));
    }

    private FileOutcome UnknownSeason(string relative, Feed feed)
    {
        var shown = DisplayText.Escape(relative);
        var season = DisplayText.Escape(options.DefaultSeason);
        var known = ReferenceCatalog.EmbeddedSeasons();
        return new FileOutcome(
            relative, feed.Id, "failed", null, 0, 0, 0, 0, [], [],
            $"{shown}：未知赛季 '{season}'（已知赛季：{string.Join("、", known)}）；{feed.NameZh}是大赛通知格式的文件，只能导入有参考数据的赛季，请检查 --season（外部数据：通用长格式评分 CSV 或评审表，可用新的赛季名）",
            $"{shown}: unknown season '{season}' (known seasons: {string.Join(", ", known)}); {feed.NameEn} is a file of the notice's format and lands only in a season with reference data: check --season (outside data, the generic long score CSV or a review sheet, may take a new season name)");
    }

    private static FileOutcome Skipped(SkippedFile skipped)
    {
        var shown = DisplayText.Escape(skipped.Relative);
        return new FileOutcome(
            skipped.Relative, null, "skipped", null, 0, 0, 0, 0, [], [],
            $"{shown}：{DisplayText.Escape(skipped.ReasonZh)}", $"{shown}: {DisplayText.Escape(skipped.ReasonEn)}");
    }

    private static string Where(SourceFileException e, string row, string column) =>
        (e.Row is { } r ? string.Format(CultureInfo.InvariantCulture, row, r) : string.Empty)
        + (e.Column is { } c ? string.Format(CultureInfo.InvariantCulture, column, DisplayText.Escape(c)) : string.Empty);
}
