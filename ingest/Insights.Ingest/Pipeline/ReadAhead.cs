using System.Collections.Concurrent;
using Insights.Ingest.Reading;

namespace Insights.Ingest.Pipeline;

/// <summary>
/// Reads a file's rows on a thread of its own, a few thousand rows ahead of the ingest that checks them, so parsing
/// and checking run on both cores. Rows come out in file order; an error of the reader (a file damaged part-way)
/// is thrown where the rows before it end, as if the reader were called directly.
/// </summary>
internal static class ReadAhead
{
    private const int BatchRows = 4096;
    private const int BatchesAhead = 8;

    public static IEnumerable<SourceRow> Rows(TableReader reader, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var queue = new BlockingCollection<SourceRow[]>(BatchesAhead);
        var producer = Task.Run(
            () =>
            {
                try
                {
                    var batch = new List<SourceRow>(BatchRows);
                    foreach (var row in reader.ReadRows())
                    {
                        batch.Add(row);
                        if (batch.Count == BatchRows)
                        {
                            queue.Add([.. batch], stop.Token);
                            batch.Clear();
                        }
                    }

                    if (batch.Count > 0)
                    {
                        queue.Add([.. batch], stop.Token);
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
            foreach (var batch in queue.GetConsumingEnumerable(CancellationToken.None))
            {
                foreach (var row in batch)
                {
                    yield return row;
                }
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
}
