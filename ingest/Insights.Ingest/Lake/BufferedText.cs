namespace Insights.Ingest.Lake;

/// <summary>
/// The characters of text held by all the row buffers of a batch, counted as values are set and flushed (the flush
/// runs on the thread pool, hence the atomic count). A file's rows can reference one long spreadsheet string thousands
/// of times, and a feed that trims or folds it lands a copy for each row: the sink flushes its buffers when the
/// count passes its bound, so the copies never pile up.
/// </summary>
internal sealed class BufferedText
{
    private long _chars;

    /// <summary>The characters held now.</summary>
    public long Chars => Interlocked.Read(ref _chars);

    /// <summary>Adds (or, negative, removes) characters.</summary>
    public void Add(long chars) => Interlocked.Add(ref _chars, chars);
}
