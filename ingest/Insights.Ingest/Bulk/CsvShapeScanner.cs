using System.Buffers;
using System.Security.Cryptography;

namespace Insights.Ingest.Bulk;

/// <summary>
/// Reads a CSV file once for its SHA-256 and once for its shape (<see cref="CsvShape"/>), the two reads side by side
/// on two threads. The shape test is deliberately strict: every way in which DuckDB's CSV reader and the row-by-row
/// reader could see a line differently (quotes, line breaks inside fields, a wrong number of fields, blank lines,
/// control characters, U+FFFD, lines over the cell length limit) sends the file to the row-by-row path, whose
/// messages say exactly what is wrong where.
/// </summary>
public static class CsvShapeScanner
{
    private const int ChunkBytes = 1 << 20;

    // Bytes that make a line not plain: C0 controls other than tab (a carriage return is allowed only before the line
    // feed, checked apart), and the quote.
    private static readonly SearchValues<byte> s_bad = SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, (byte)'"']);

    // Bytes that are not content: separators, blanks and every non-ASCII byte (a line needs one ASCII character to be
    // surely non-blank; a line of only non-ASCII text goes row by row, where Unicode blanks are judged exactly).
    private static readonly SearchValues<byte> s_notContent = SearchValues.Create(
        [(byte)',', (byte)' ', (byte)'\t', (byte)'\r', .. Enumerable.Range(0x80, 0x80).Select(b => (byte)b)]);

    private static ReadOnlySpan<byte> Replacement => [0xEF, 0xBF, 0xBD];

    /// <summary>Hashes and scans a file.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="headerLine">The header's line (1-based); lines before it are not data.</param>
    /// <param name="columns">Fields of the header: every data line must have exactly this many (commas + 1).</param>
    /// <param name="maxLineBytes">Longest data line the bulk path takes (the reader's cell length limit).</param>
    /// <param name="hashPath">The file to hash when not <paramref name="path"/> (the source of a transcoded file).</param>
    /// <param name="cancellationToken">Stops the reads.</param>
    public static async Task<CsvShape> ScanAsync(string path, int headerLine, int columns, int maxLineBytes, string? hashPath = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(headerLine, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        var hash = Task.Run(() => Sha256(hashPath ?? path, cancellationToken), cancellationToken);
        var shape = await Task.Run(() => Scan(path, headerLine, columns, maxLineBytes, cancellationToken), cancellationToken).ConfigureAwait(false);
        return shape with { Sha256 = await hash.ConfigureAwait(false) };
    }

    private static string Sha256(string path, CancellationToken cancellationToken)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            int n;
            while ((n = stream.Read(buffer, 0, ChunkBytes)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                sha.AppendData(buffer, 0, n);
            }

            return Convert.ToHexStringLower(sha.GetHashAndReset());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static CsvShape Scan(string path, int headerLine, int columns, int maxLineBytes, CancellationToken cancellationToken)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes + maxLineBytes + 2);
        try
        {
            long line = 0, data = 0;
            var carry = 0;
            int n;
            while ((n = stream.Read(buffer, carry, ChunkBytes)) > 0 || carry > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var end = carry + n;
                var span = buffer.AsSpan(0, end);
                var at = 0;
                while (true)
                {
                    var nl = span[at..].IndexOf((byte)'\n');
                    if (nl < 0)
                    {
                        if (n > 0)
                        {
                            break;
                        }

                        nl = span.Length - at;    // the last line, without a line feed
                        if (nl == 0)
                        {
                            return Plain(data);
                        }
                    }

                    line++;
                    var text = span.Slice(at, nl);
                    at += nl + 1;
                    if (line == headerLine && HeaderProblem(text, columns) is { } headerProblem)
                    {
                        return new CsvShape(string.Empty, 0, false, headerProblem.Zh, headerProblem.En, line);
                    }

                    if (line > headerLine)
                    {
                        data++;
                        if (Problem(text, columns, maxLineBytes) is { } problem)
                        {
                            return new CsvShape(string.Empty, data, false, problem.Zh, problem.En, line);
                        }
                    }

                    if (at >= span.Length)
                    {
                        break;
                    }
                }

                if (n == 0)
                {
                    return Plain(data);
                }

                carry = end - at;
                if (carry > maxLineBytes + 1)
                {
                    return new CsvShape(string.Empty, data, false, $"第 {line + 1} 行超过 {maxLineBytes} 字节", $"line {line + 1} is longer than {maxLineBytes} bytes", line + 1);
                }

                buffer.AsSpan(at, carry).CopyTo(buffer);
            }

            return Plain(data);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static CsvShape Plain(long data) => new(string.Empty, data, true, null, null, 0);

    // The row reader takes a tab or semicolon as the separator when the header has more of them than commas, and
    // drops trailing empty header names: the bulk path reads commas only, so the header must be split by its commas
    // into exactly the reader's columns.
    private static (string Zh, string En)? HeaderProblem(ReadOnlySpan<byte> text, int columns)
    {
        text = text.TrimEnd((byte)'\r');
        if (text.IsEmpty)
        {
            return ("表头行是空行", "the header line is blank");
        }

        if (text.IndexOfAny((byte)'\t', (byte)';', (byte)'"') >= 0 || text.Count((byte)',') != columns - 1)
        {
            return ("表头不是以逗号分隔的纯文本", "the header is not plain comma-separated text");
        }

        return null;
    }

    private static (string Zh, string En)? Problem(ReadOnlySpan<byte> text, int columns, int maxLineBytes)
    {
        if (text.Length > 0 && text[^1] == (byte)'\r')
        {
            text = text[..^1];
        }

        if (text.Length > maxLineBytes)
        {
            return ($"行长超过 {maxLineBytes} 字节", $"the line is longer than {maxLineBytes} bytes");
        }

        if (text.IndexOfAny(s_bad) >= 0)
        {
            return ("行中有引号或控制字符", "the line holds a quote or a control character");
        }

        if (text.IndexOfAnyExcept(s_notContent) < 0)
        {
            return ("空行或没有 ASCII 字符的行", "a blank line, or a line without an ASCII character");
        }

        if (text.Count((byte)',') != columns - 1)
        {
            return ($"字段数不是表头的 {columns} 个", $"the line does not have the header's {columns} fields");
        }

        if (text.IndexOf(Replacement) >= 0)
        {
            return ("行中有替换字符 U+FFFD", "the line holds the replacement character U+FFFD");
        }

        return null;
    }
}
