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
        string sha, batchId;
        string? bulkFallback;
        using (var candidate = await BulkCandidate.ReadAsync(_lake, full, feed, options, ReadOptions with { HeaderRow = headerRow }, catalog, cancellationToken).ConfigureAwait(false))
        {
            sha = candidate?.Shape.Sha256 ?? await Sha256Async(full, cancellationToken).ConfigureAwait(false);
            batchId = BatchId(feed.Id, options.DefaultSeason, sha + _lake.DropSalt(options.DefaultSeason));
            if (_lake.IsCommitted(batchId))
            {
                var m = _lake.Manifests().First(b => b.BatchId == batchId);
                return new FileOutcome(relative, feed.Id, "unchanged", batchId, m.RowsRead, m.RowsLanded, m.RowsQuarantined, m.LakeRows, [], m.Warnings) { MarksQuarantined = m.MarksQuarantined };
            }

            bulkFallback = candidate?.WhyNot;
            if (candidate is { Shape.IsPlain: true })
            {
                var (bulk, why) = await LandBulkAsync(candidate, relative, feed, batchId, progress, cancellationToken).ConfigureAwait(false);
                if (bulk is not null)
                {
                    return bulk;
                }

                bulkFallback = why;
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
            BulkFallback = bulkFallback,
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

    // The bulk path for one file; null and the reason when it gives the file back to the row path.
    private async Task<(FileOutcome? Outcome, string? Fallback)> LandBulkAsync(
        BulkCandidate candidate, string relative, Feed feed, string batchId, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var (shape, length) = (candidate.Shape, candidate.Length);
        var loadedAt = DateTime.UtcNow;
        var seasons = new Dictionary<string, SeasonReference>(StringComparer.Ordinal);
        BulkOutcome outcome;
        await using (var sink = new BatchSink(_lake, batchId, relative, shape.Sha256, loadedAt, options.RowGroupSize))
        {
            try
            {
                outcome = await BulkScoreLanding.LandAsync(
                    _lake, candidate.Source, candidate.Binding, 1, shape.DataLines, sink, options.DefaultSeason,
                    s => seasons.TryGetValue(s, out var r) ? r : seasons[s] = Season(s), _protector,
                    f => progress?.Report(new IngestProgress(relative, (long)(f * length), length, (long)(f * shape.DataLines))), cancellationToken).ConfigureAwait(false);
            }
            catch (BulkFallbackException e)
            {
                // The file goes row by row: the sink's disposal removes what the bulk path wrote.
                return (null, e.Message);
            }
        }

        var manifest = new BatchManifest(
            batchId, _lake.NextSequence(), feed.Id, feed.SupersedeKey(candidate.Binding), feed.Dataset.Name, relative, shape.Sha256, length,
            "csv", candidate.Encoding, outcome.Seasons, outcome.Files, outcome.Read, outcome.Landed, outcome.Quarantined, outcome.Landed, outcome.Warnings, loadedAt);
        _lake.Commit(manifest);
        var outcomeRow = new FileOutcome(relative, feed.Id, "landed", batchId, outcome.Read, outcome.Landed, outcome.Quarantined, outcome.Landed, outcome.Samples, outcome.Warnings)
        {
            LandedBy = "bulk",
            BulkSeconds = new Dictionary<string, double>(outcome.Seconds) { ["checksum and shape"] = candidate.Seconds },
        };
        return (outcomeRow, null);
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
