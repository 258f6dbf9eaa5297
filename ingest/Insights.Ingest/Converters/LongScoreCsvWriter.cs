using System.Buffers;
using System.Globalization;
using System.Text;

namespace Insights.Ingest.Converters;

/// <summary>
/// Streams rows of Insights' generic long score CSV: UTF-8 without BOM, comma-separated, a header row, fields quoted
/// as RFC 4180 says (only when they hold a comma, a quote or a line break; quotes doubled), numbers in the invariant
/// culture (shortest round-trip form), line ends LF.
/// </summary>
public sealed class LongScoreCsvWriter : IDisposable
{
    private static readonly UTF8Encoding s_utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly SearchValues<char> s_needsQuotes = SearchValues.Create(",\"\r\n");

    private readonly TextWriter _writer;
    private readonly bool _leaveOpen;
    private bool _disposed;

    /// <summary>Creates (or overwrites) the file at <paramref name="path"/> and writes the header.</summary>
    /// <param name="path">The output CSV file; its folder is created when missing.</param>
    public LongScoreCsvWriter(string path)
        : this(CreateFile(path), leaveOpen: false)
    {
    }

    /// <summary>Writes to <paramref name="writer"/>, starting with the header.</summary>
    /// <param name="writer">The text writer (its encoding is the caller's business: use UTF-8 without BOM for files).</param>
    /// <param name="leaveOpen">True to leave <paramref name="writer"/> open on dispose.</param>
    public LongScoreCsvWriter(TextWriter writer, bool leaveOpen = false)
    {
        _writer = writer;
        _leaveOpen = leaveOpen;
        _writer.Write(string.Join(',', Columns));
        _writer.Write('\n');
    }

    /// <summary>The columns, in the order written.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["season", "stage", "track", "panel", "judge", "project", "criterion", "score", "max_score", "scored_at", "judge_group", "project_group"];

    /// <summary>Rows written so far (the header not counted).</summary>
    public long RowsWritten { get; private set; }

    /// <summary>Writes one row.</summary>
    /// <param name="row">The row; its eight required values must not be empty and its numbers must be finite.</param>
    /// <exception cref="ArgumentException">A required value is empty or a number is not finite.</exception>
    public void Write(in LongScoreRow row)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Check(row); // before writing anything, so that a refused row leaves no partial line
        WriteText(row.Season, first: true);
        WriteText(row.Stage);
        WriteText(row.Track);
        WriteText(row.Panel);
        WriteText(row.Judge);
        WriteText(row.Project);
        WriteText(row.Criterion);
        WriteNumber(row.Score);
        WriteNumber(row.MaxScore);
        _writer.Write(',');
        if (row.ScoredAt is { } at)
        {
            _writer.Write(at.ToString("s", CultureInfo.InvariantCulture));
        }

        WriteText(row.JudgeGroup);
        WriteText(row.ProjectGroup);
        _writer.Write('\n');
        RowsWritten++;
    }

    /// <summary>Flushes buffered rows to the underlying writer.</summary>
    public void Flush() => _writer.Flush();

    /// <summary>Flushes and, unless asked to leave it open, closes the underlying writer.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _writer.Flush();
        if (!_leaveOpen)
        {
            _writer.Dispose();
        }
    }

    /// <summary>Quotes a field as RFC 4180 says: only when it holds a comma, quote or line break, with quotes doubled.</summary>
    /// <param name="value">The field.</param>
    /// <returns>The field as written.</returns>
    public static string Quote(string value) =>
        value.AsSpan().IndexOfAny(s_needsQuotes) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static StreamWriter CreateFile(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return new StreamWriter(path, append: false, s_utf8NoBom, bufferSize: 1 << 16);
    }

    private static void Check(in LongScoreRow row)
    {
        ReadOnlySpan<(string? Value, string Column)> required =
            [(row.Season, "season"), (row.Stage, "stage"), (row.Track, "track"), (row.Panel, "panel"), (row.Judge, "judge"), (row.Project, "project"), (row.Criterion, "criterion")];
        foreach (var (value, column) in required)
        {
            if (string.IsNullOrEmpty(value))
            {
                throw new ArgumentException($"长表评分的“{column}”不能为空 / the long score column '{column}' must not be empty", nameof(row));
            }
        }

        if (!double.IsFinite(row.Score) || row.MaxScore is { } max && !double.IsFinite(max))
        {
            throw new ArgumentException("长表评分的 score、max_score 必须是有限数 / score and max_score must be finite numbers", nameof(row));
        }
    }

    private void WriteText(string? value, bool first = false)
    {
        if (!first)
        {
            _writer.Write(',');
        }

        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (value.AsSpan().IndexOfAny(s_needsQuotes) < 0)
        {
            _writer.Write(value);
            return;
        }

        _writer.Write('"');
        _writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        _writer.Write('"');
    }

    private void WriteNumber(double? value)
    {
        _writer.Write(',');
        if (value is not { } v)
        {
            return;
        }

        Span<char> buffer = stackalloc char[32];
        // Negative zero (a "-0.0" in the source) is written as 0.
        if (!(v == 0 ? 0d : v).TryFormat(buffer, out var written, provider: CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("number too long to format");
        }

        _writer.Write(buffer[..written]);
    }
}
