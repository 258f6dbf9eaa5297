using System.Text;

namespace Insights.Ingest.Bulk;

/// <summary>
/// Transcodes a CSV in GB18030 or GBK to UTF-8 as a stream (1 MiB of text at a time, whatever the file's size), for
/// the bulk path: DuckDB reads UTF-8 only. Bytes the encoding cannot decode become U+FFFD, as on the row-by-row path,
/// where they make the row's problem; the shape scan then sends such a file row by row.
/// </summary>
public static class CsvTranscoder
{
    private const int Chars = 1 << 20;

    /// <summary>Writes <paramref name="source"/>, decoded with <paramref name="encoding"/>, to <paramref name="target"/> in UTF-8 without a byte-order mark.</summary>
    /// <param name="source">The source file.</param>
    /// <param name="encoding">Its encoding.</param>
    /// <param name="target">The UTF-8 file to write (replaced).</param>
    /// <param name="cancellationToken">Stops between blocks.</param>
    public static async Task ToUtf8Async(string source, Encoding encoding, string target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        using var reader = new StreamReader(source, encoding, detectEncodingFromByteOrderMarks: false, new FileStreamOptions { BufferSize = 1 << 20, Options = FileOptions.SequentialScan });
        await using var writer = new StreamWriter(target, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 20);
        var buffer = new char[Chars];
        int n;
        while ((n = await reader.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
        {
            await writer.WriteAsync(buffer.AsMemory(0, n), cancellationToken).ConfigureAwait(false);
        }
    }
}
