using System.Globalization;
using DuckDB.NET.Data;
using Insights.Ingest.Datasets;
using Insights.Ingest.Feeds;
using Insights.Ingest.Lake;
using Insights.Ingest.Pipeline;
using Insights.Ingest.Privacy;
using Insights.Ingest.Reading;

namespace Insights.Ingest.Bulk;

/// <summary>
/// The bulk path for a large long-format score CSV: DuckDB reads and types the file, the rules run as SQL generated
/// from the feed's rule table (<see cref="BulkScoreSql"/>), the landed rows are written to Parquet by DuckDB
/// (<c>COPY ... TO</c>, one file per season in the working folder, moved into the lake's partitions at the end), and the
/// rows the SQL did not land are handed, in line order, to the same row-by-row code, which quarantines them with its
/// own reasons (and must: a row it would land is a disagreement, and the file goes row by row). Duplicate keys are
/// found afterwards in the written files, the first row of each key kept. Nothing is visible until the caller commits
/// the manifest; the working folder <c>LAKE/_bulk/BATCH</c> is removed in every case.
/// </summary>
public static class BulkScoreLanding
{
    /// <summary>DuckDB's memory limit for the bulk path: it spills beyond, so the ingest stays under 1 GB.</summary>
    public const string MemoryLimit = "400MB";

    private static readonly string s_whiteSpace = new([.. Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(char.IsWhiteSpace)]);

    /// <summary>Lands one file; throws <see cref="BulkFallbackException"/> when the file must go row by row.</summary>
    /// <param name="lake">The lake.</param>
    /// <param name="source">The CSV file.</param>
    /// <param name="binding">The file's binding to the long score feed.</param>
    /// <param name="headerLine">The header's line.</param>
    /// <param name="expectedRows">The data lines the shape scan counted: DuckDB must read as many rows.</param>
    /// <param name="sink">The batch's sink (its lineage: batch, source file, checksum, load time); quarantined rows go to it.</param>
    /// <param name="defaultSeason">The season of rows that name none.</param>
    /// <param name="season">The season views.</param>
    /// <param name="protector">The personal-data protector.</param>
    /// <param name="progress">Progress, per phase.</param>
    /// <param name="cancellationToken">Stops between phases and rows.</param>
    public static async Task<BulkOutcome> LandAsync(
        LakeStore lake, string source, FeedBinding binding, int headerLine, long expectedRows, BatchSink sink, string defaultSeason,
        Func<string, SeasonReference> season, PersonalDataProtector protector, Action<double>? progress, CancellationToken cancellationToken)
    {
        var work = lake.FullPath("_bulk/" + sink.BatchId);
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }

        Directory.CreateDirectory(Path.Combine(work, "tmp"));
        try
        {
            using var connection = new DuckDBConnection("Data Source=:memory:");
            connection.Open();
            var raw = LakeSql.Literal(Path.Combine(work, "raw.parquet"), lake.Root);
            var sql = new BulkScoreSql(binding, headerLine, raw);
            DuckDbStatements.Execute(connection, $"SET memory_limit = '{MemoryLimit}'; SET preserve_insertion_order = true; SET temp_directory = {LakeSql.Literal(Path.Combine(work, "tmp"), lake.Root)}");
            Parameters(connection, binding, sink, defaultSeason);
            var sw = System.Diagnostics.Stopwatch.StartNew();
            var seconds = new Dictionary<string, double>(StringComparer.Ordinal);
            // The file, read by DuckDB in parallel, into a raw Parquet file whose row order is the records' order.
            Run(() => Execute(connection, $"COPY ({sql.Csv()}) TO {raw} (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 131072)", source));
            seconds["raw"] = Lap(sw);
            var (rows, seasons) = Run(() => BulkLookups.Fill(connection, sql, season));
            if (rows != expectedRows)
            {
                throw new BulkFallbackException(string.Create(CultureInfo.InvariantCulture, $"DuckDB read {rows} rows where the shape scan counted {expectedRows} lines"));
            }

            progress?.Invoke(0.25);
            seconds["distinct"] = Lap(sw);
            cancellationToken.ThrowIfCancellationRequested();

            var written = new List<WrittenFile>();
            for (var no = 0; no < seasons.Count; no++)
            {
                var file = Path.Combine(work, string.Create(CultureInfo.InvariantCulture, $"score-{no}.parquet"));
                var landedRows = Run(() => Execute(connection, $"COPY ({sql.LakeRows(no)}) TO {LakeSql.Literal(file, lake.Root)} (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 131072)", null));
                if (landedRows == 0)
                {
                    File.Delete(file);    // as on the row path, a season with no landed row has no file
                }
                else
                {
                    written.Add(new WrittenFile(seasons[no], file, landedRows));
                }
            }

            progress?.Invoke(0.75);
            seconds["copy"] = Lap(sw);
            cancellationToken.ThrowIfCancellationRequested();

            var duplicates = BulkDuplicates.Remove(connection, lake, written);
            var kept = duplicates.Files;
            var landed = kept.Sum(w => w.Rows);

            seconds["dupes"] = Lap(sw);
            var context = new LandingContext(sink, defaultSeason, season, protector, Path.GetFileName(source), binding.Feed.Id);
            foreach (var (_, key) in duplicates.Lines)
            {
                context.Remember(key);
            }

            var rowsLanding = new RowLanding(binding.Feed, binding, context, sink, defaultSeason);
            if (landed < rows)
            {
                DuckDbStatements.Execute(connection, $"CREATE TEMP TABLE bulk_bad AS {sql.FailedLines()} UNION SELECT source_row FROM bulk_dupe");
                Quarantine(connection, sql, raw, rowsLanding, cancellationToken);
            }

            if (landed + rowsLanding.Quarantined != rows)
            {
                throw new BulkFallbackException(string.Create(CultureInfo.InvariantCulture, $"the bulk path read {rows} rows but landed {landed} and quarantined {rowsLanding.Quarantined}"));
            }

            foreach (var s in seasons)
            {
                var reference = season(s);
                if (reference.KnownProjects is null)
                {
                    var (code, zh, en) = reference.UnregisteredWarning;
                    context.Warn(code, zh, en, kept.Where(w => w.Season == s).Sum(w => w.Rows));
                }
            }

            seconds["quarantine"] = Lap(sw);
            var quarantineFiles = await sink.CompleteAsync().ConfigureAwait(false);
            var files = Move(lake, sink.BatchId, kept).Concat(quarantineFiles)
                .OrderBy(f => f.Dataset, StringComparer.Ordinal).ThenBy(f => f.Season, StringComparer.Ordinal).ThenBy(f => f.Path, StringComparer.Ordinal).ToList();
            progress?.Invoke(1);
            var warnings = context.Warnings.OrderBy(w => w.Key, StringComparer.Ordinal)
                .Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Key} ×{w.Value.Count}: {w.Value.Zh} / {w.Value.En}"))
                .ToList();
            return new BulkOutcome(files, [.. seasons.Union(rowsLanding.Seasons).Order(StringComparer.Ordinal)], rows, landed, rowsLanding.Quarantined, rowsLanding.Samples, warnings)
            {
                Seconds = seconds,
            };
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }

            var parent = lake.FullPath("_bulk");
            if (Directory.Exists(parent) && !Directory.EnumerateFileSystemEntries(parent).Any())
            {
                Directory.Delete(parent);
            }
        }
    }

    // Seconds since the last lap, rounded to milliseconds.
    private static double Lap(System.Diagnostics.Stopwatch clock)
    {
        var lap = Math.Round(clock.Elapsed.TotalSeconds, 3);
        clock.Restart();
        return lap;
    }

    private static void Parameters(DuckDBConnection connection, FeedBinding binding, BatchSink sink, string defaultSeason)
    {
        DuckDbStatements.Execute(connection, "CREATE TEMP TABLE bulk_param (default_season VARCHAR, file_stage VARCHAR, ws VARCHAR, batch_id VARCHAR, source_file VARCHAR, source_sha256 VARCHAR, loaded_at TIMESTAMP)");
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO bulk_param VALUES ($season, $stage, $ws, $batch, $file, $sha, $at)";
        command.Parameters.Add(new DuckDBParameter("season", defaultSeason));
        command.Parameters.Add(new DuckDBParameter("stage", (object?)Feeds.Review.LongScoreFeed.FileStage(binding) ?? DBNull.Value));
        command.Parameters.Add(new DuckDBParameter("ws", s_whiteSpace));
        command.Parameters.Add(new DuckDBParameter("batch", sink.BatchId));
        command.Parameters.Add(new DuckDBParameter("file", sink.SourceFile));
        command.Parameters.Add(new DuckDBParameter("sha", sink.SourceSha256));
        command.Parameters.Add(new DuckDBParameter("at", sink.LoadedAt));
        command.ExecuteNonQuery();
    }

    private static void Quarantine(DuckDBConnection connection, BulkScoreSql sql, string raw, RowLanding rows, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT line, {sql.RawColumns} FROM ({sql.Raw(raw)}) WHERE line IN (SELECT line FROM bulk_bad) ORDER BY line";
        Run(() =>
        {
            using var reader = command.ExecuteReader();
            var columns = reader.FieldCount - 1;
            while (reader.Read())
            {
                var cells = new string?[columns];
                for (var i = 0; i < columns; i++)
                {
                    cells[i] = reader.IsDBNull(i + 1) ? string.Empty : reader.GetString(i + 1);
                }

                var line = reader.GetInt64(0);
                if (rows.Land(new SourceRow(line, cells, null)))
                {
                    throw new BulkFallbackException(string.Create(CultureInfo.InvariantCulture, $"line {line}: the SQL rules failed a row the row-by-row checks land"));
                }

                if ((rows.Quarantined & 4095) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }

            return 0;
        });
    }

    private static IEnumerable<BatchFile> Move(LakeStore lake, string batchId, IReadOnlyList<WrittenFile> written)
    {
        foreach (var file in written)
        {
            var relative = LakeStore.PartitionFile(LakeDatasets.Score.Name, file.Season, batchId);
            var target = lake.FullPath(relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(file.Path, target);
            yield return new BatchFile(LakeDatasets.Score.Name, file.Season, relative, file.Rows);
        }
    }

    private static long Execute(DuckDBConnection connection, string text, string? source)
    {
        using var command = connection.CreateCommand();
        command.CommandText = text;
        if (source is not null)
        {
            command.Parameters.Add(new DuckDBParameter("path", source));
        }

        return command.ExecuteNonQuery();
    }

    private static T Run<T>(Func<T> step)
    {
        try
        {
            return step();
        }
        catch (DuckDBException e)
        {
            throw new BulkFallbackException("DuckDB could not read the file as planned: " + e.Message.Split('\n')[0], e);
        }
    }

    /// <summary>A file DuckDB wrote for one season.</summary>
    internal sealed record WrittenFile(string Season, string Path, long Rows);
}
