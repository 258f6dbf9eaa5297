using System.Collections.Concurrent;
using Insights.Ingest.Reading;

namespace Insights.Ingest.Pipeline;

/// <summary>
/// Reads a file's rows on a thread of its own, a few thousand rows ahead of the ingest that checks them, so parsing
/// and checking run on both cores. Rows come out in file order; an error of the reader (a file damaged part-way)
/// is thrown where the rows before it end, as if the reader were called directly.
/// </summary>
/// <remarks>
/// How far ahead is bounded in rows and in (estimated) bytes: every row is as wide as the header, so 32,768 rows of
/// a 16,384-column header would be 4 GB of empty cells, from a file of a few hundred kilobytes.
/// </remarks>
internal static class ReadAhead
{
    /// <summary>Most bytes of rows (estimated by <see cref="Weight"/>) read but not yet taken by the ingest.</summary>
    internal const long BytesAhead = 64L << 20;

    private const int BatchRows = 4096;
    private const int BatchesAhead = 8;
    private const long BatchBytes = BytesAhead / BatchesAhead;

    public static IEnumerable<SourceRow> Rows(TableReader reader, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var queue = new BlockingCollection<(SourceRow[] Rows, long Bytes)>(BatchesAhead);
        var budget = new Budget(BytesAhead);
        var producer = Task.Run(
            () =>
            {
                try
                {
                    var batch = new List<SourceRow>(BatchRows);
                    long bytes = 0;
                    foreach (var row in reader.ReadRows())
                    {
                        batch.Add(row);
                        bytes += Weight(row);
                        if (batch.Count == BatchRows || bytes >= BatchBytes)
                        {
                            budget.Take(bytes, stop.Token);
                            queue.Add(([.. batch], bytes), stop.Token);
                            bytes = 0;
                            batch.Clear();
                        }
                    }

                    if (batch.Count > 0)
                    {
                        budget.Take(bytes, stop.Token);
                        queue.Add(([.. batch], bytes), stop.Token);
                    }
                }
                finally
                {
                    queue.CompleteAdding();
                }
            },
            CancellationToken.None);
        try
        {
            foreach (var (rows, bytes) in queue.GetConsumingEnumerable(CancellationToken.None))
            {
                foreach (var row in rows)
                {
                    yield return row;
                }

                budget.Return(bytes);
            }

            // The reader's own error, if it failed part-way, surfaces after the rows it gave.
            producer.GetAwaiter().GetResult();
        }
        finally
        {
            // The consumer stopped early (or failed): release a producer blocked on a full queue, then wait for it.
            stop.Cancel();
            try
            {
                producer.Wait(CancellationToken.None);
            }
            catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException or SourceFileException or IOException))
            {
                // Already reported above, or irrelevant because the consumer is the one failing.
            }
        }
    }

    /// <summary>
    /// A row's size in memory, roughly: the row, its cell array, and each cell's string (a string shared by many rows,
    /// as XLSX shared strings are, is counted each time: the estimate errs high).
    /// </summary>
    internal static long Weight(SourceRow row)
    {
        var bytes = 64 + (8L * row.Cells.Length);
        foreach (var cell in row.Cells)
        {
            bytes += cell is null ? 0 : 24 + (2L * cell.Length);
        }

        return bytes;
    }

    /// <summary>Bytes in flight between the reader and the ingest; a batch waits until it fits (one always fits when none is out).</summary>
    private sealed class Budget(long capacity)
    {
        private readonly object _lock = new();
        private long _used;

        public void Take(long bytes, CancellationToken cancellationToken)
        {
            lock (_lock)
            {
                while (_used > 0 && _used + bytes > capacity)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Monitor.Wait(_lock, TimeSpan.FromMilliseconds(50));
                }

                _used += bytes;
            }
        }

        public void Return(long bytes)
        {
            lock (_lock)
            {
                _used -= bytes;
                Monitor.PulseAll(_lock);
            }
        }
    }
}
