using System.Buffers;
using System.Globalization;
using nietras.SeparatedValues;
using TextEncoding = System.Text.Encoding;

namespace Insights.Ingest.Reading;

/// <summary>
/// Reads a delimited text file with Sep: separator (comma, tab or semicolon) sniffed from the header line, RFC 4180
/// quoting (quoted separators, doubled quotes, line breaks), repeated short values shared through Sep's per-column
/// string pools. The file is streamed: memory does not grow with its size.
/// </summary>
internal sealed class CsvTableReader : TableReader
{
    private const int SniffChars = 1 << 16;
    private const int TextBufferBytes = 1 << 16;

    private readonly FileStream _file;
    private readonly StreamReader _text;
    private readonly SepReader _sep;
    private readonly string[] _header;
    private readonly int _maxCellLength;
    private readonly int _headerRow;
    private readonly int _maxColumns;
    private readonly SearchValues<char> _blank;
    private readonly SearchValues<char> _blankOrQuote;
    private char[] _scratch = new char[256];
    private long _nextLine = 1;

    private CsvTableReader(string path, FileStream file, DetectedEncoding encoding, char separator, TableReadOptions options)
        : base(path, "csv", encoding.Name, file.Length)
    {
        _file = file;
        _maxCellLength = options.MaxCellLength;
        _maxColumns = options.MaxColumns;
        _headerRow = options.HeaderRow;
        _blank = SearchValues.Create([separator, ' ', '\t', '\r', '\n']);
        _blankOrQuote = SearchValues.Create([separator, ' ', '\t', '\r', '\n', '"']);
        _text = new StreamReader(file, encoding.Encoding, detectEncodingFromByteOrderMarks: false, TextBufferBytes, leaveOpen: true);
        try
        {
            // No Sep header: the header is read as a row so that its names can be normalized and checked here, and
            // rows of any length are accepted (a wrong field count is a row problem, not an exception).
            _sep = Sep.New(separator).Reader(o => o with
            {
                HasHeader = false,
                DisableColCountCheck = true,
                DisableFastFloat = true,
                CultureInfo = CultureInfo.InvariantCulture,
                CreateToString = SepToString.PoolPerCol(maximumStringLength: 32),
            }).From(_text);
            _header = ReadHeader();
            Header = _header;
        }
        catch
        {
            _sep?.Dispose();
            _text.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public override long BytesRead => _file.CanSeek ? _file.Position : Length;

    /// <summary>Opens <paramref name="file"/> (owned by the reader from here on) as CSV.</summary>
    internal static CsvTableReader Open(string path, FileStream file, TableReadOptions options)
    {
        var encoding = options.Encoding is { } forced ? EncodingDetector.Forced(forced) : EncodingDetector.Detect(file, path);
        file.Position = 0;
        var separator = SniffSeparator(file, encoding.Encoding);
        file.Position = 0;
        return new CsvTableReader(path, file, encoding, separator, options);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _sep.Dispose();
            _text.Dispose();
            _file.Dispose();
        }

        base.Dispose(disposing);
    }

    private protected override IEnumerable<SourceRow> ReadRowsCore()
    {
        while (Next() is { } row)
        {
            yield return row;
        }
    }

    /// <summary>Comma unless the first non-empty line has more tabs or semicolons (outside quotes) than commas.</summary>
    private static char SniffSeparator(FileStream file, TextEncoding encoding)
    {
        using var reader = new StreamReader(file, encoding, detectEncodingFromByteOrderMarks: false, 4096, leaveOpen: true);
        var buffer = new char[SniffChars];
        var length = reader.ReadBlock(buffer, 0, buffer.Length);
        int commas = 0, tabs = 0, semicolons = 0;
        var inQuote = false;
        var seenText = false;
        foreach (var c in buffer.AsSpan(0, length))
        {
            if (c == '"')
            {
                inQuote = !inQuote;
            }
            else if (!inQuote && c is '\r' or '\n')
            {
                if (seenText)
                {
                    break;
                }
            }
            else if (!inQuote)
            {
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
            }

            seenText |= c is not ('\r' or '\n' or ' ' or '\uFEFF');
        }

        return tabs > commas && tabs >= semicolons ? '\t' : semicolons > commas && semicolons > tabs ? ';' : ',';
    }

    private string[] ReadHeader()
    {
        while (MoveNext())
        {
            var row = _sep.Current;
            var line = _nextLine;
            _nextLine = row.LineNumberToExcl;
            if (row.Span.IndexOfAnyExcept(_blank) < 0 || line < _headerRow)
            {
                continue;
            }

            // Every row is given as wide as the header: a header of millions of names would make each row megabytes.
            if (row.ColCount > _maxColumns)
            {
                throw ReadLimits.Exceeded(
                    Path,
                    $"表头有 {ReadLimits.N(row.ColCount)} 列，多于 {ReadLimits.N(_maxColumns)} 列",
                    $"the header has {ReadLimits.N(row.ColCount)} columns, more than {ReadLimits.N(_maxColumns)}",
                    ReadLimits.N(_maxColumns),
                    line);
            }

            var names = new string?[row.ColCount];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = Cell(row[i].Span, out _, out _);
            }

            return HeaderNames.Build(names, Path, line, dropTrailingEmpty: true);
        }

        throw new SourceFileException(Path, "文件为空：没有表头行", "the file is empty: there is no header row");
    }

    private SourceRow? Next()
    {
        while (MoveNext())
        {
            var row = _sep.Current;
            _nextLine = row.LineNumberToExcl;
            var text = row.Span;
            if (text.IndexOfAnyExcept(_blank) < 0)
            {
                continue;
            }

            var built = Build(row, text);

            // Only separators, blanks and quotes: a row of empty quoted fields ("","") is empty too, but a field
            // holding a quote ("""") is not.
            if (text.IndexOfAnyExcept(_blankOrQuote) >= 0 || built.Problem is not null || !Array.TrueForAll(built.Cells, CellText.IsBlank))
            {
                return built;
            }
        }

        return null;
    }

    private SourceRow Build(SepReader.Row row, ReadOnlySpan<char> text)
    {
        var count = row.ColCount;
        var columns = _header.Length;
        var cells = new string?[columns];
        var anyQuote = text.Contains('"');
        int unterminated = -1, tooLong = -1, tooLongLength = 0;
        var shared = Math.Min(count, columns);
        for (var i = 0; i < shared; i++)
        {
            var col = row[i];
            var span = col.Span;
            if (anyQuote && span.Contains('"'))
            {
                cells[i] = Cell(span, out var open, out var length);
                unterminated = open && unterminated < 0 ? i : unterminated;
                (tooLong, tooLongLength) = length > _maxCellLength && tooLong < 0 ? (i, length) : (tooLong, tooLongLength);
            }
            else if (span.Length == 0)
            {
                cells[i] = "";
            }
            else if (span.Length > _maxCellLength)
            {
                cells[i] = CellText.Truncate(span, _maxCellLength);
                (tooLong, tooLongLength) = tooLong < 0 ? (i, span.Length) : (tooLong, tooLongLength);
            }
            else
            {
                cells[i] = col.ToString();
            }
        }

        RowProblem? problem = null;
        if (unterminated >= 0)
        {
            problem = RowProblems.UnterminatedQuote(_header[unterminated], cells[unterminated]);
        }
        else if (count > columns)
        {
            // Extra fields that are all blank are trailing separators, not data.
            var extraData = false;
            for (var i = columns; i < count && problem is null; i++)
            {
                var span = row[i].Span;
                if (anyQuote && span.Count('"') % 2 == 1)
                {
                    problem = RowProblems.UnterminatedQuote("", span);
                }

                extraData |= !span.IsWhiteSpace();
            }

            problem ??= extraData ? RowProblems.TooManyFields(count, columns, text) : null;
        }
        else if (count < columns)
        {
            problem = RowProblems.TooFewFields(count, columns, text);
        }

        if (problem is null && CellText.HasInvalid(text))
        {
            var column = Array.FindIndex(cells, c => CellText.HasInvalid(c));
            problem = column >= 0
                ? RowProblems.InvalidCharacters(_header[column], cells[column])
                : RowProblems.InvalidCharacters("", text);
        }

        if (problem is null && tooLong >= 0)
        {
            problem = RowProblems.TooLong(_header[tooLong], tooLongLength, _maxCellLength, cells[tooLong]);
        }

        return new SourceRow(row.LineNumberFrom, cells, problem);
    }

    /// <summary>
    /// The value of a raw field: a field starting with a quote is unquoted (<c>""</c> is a quote; text after the
    /// closing quote is kept); any other field is verbatim. <paramref name="open"/> is true when a quote is left
    /// open, which Sep only allows at the end of the file; <paramref name="length"/> is the untruncated length.
    /// </summary>
    private string Cell(ReadOnlySpan<char> raw, out bool open, out int length)
    {
        if (raw.IsEmpty || raw[0] != '"')
        {
            open = raw.Count('"') % 2 == 1;
            length = raw.Length;
            return CellText.Truncate(raw, _maxCellLength);
        }

        if (_scratch.Length < raw.Length)
        {
            _scratch = new char[Math.Max(raw.Length, _scratch.Length * 2)];
        }

        var o = 0;
        var inQuote = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c != '"')
            {
                _scratch[o++] = c;
            }
            else if (inQuote && i + 1 < raw.Length && raw[i + 1] == '"')
            {
                _scratch[o++] = '"';
                i++;
            }
            else
            {
                inQuote = !inQuote;
            }
        }

        open = inQuote;
        length = o;
        return CellText.Truncate(_scratch.AsSpan(0, o), _maxCellLength);
    }

    private bool MoveNext()
    {
        try
        {
            return _sep.MoveNext();
        }
        catch (NotSupportedException e)
        {
            throw new SourceFileException(
                Path,
                "从该行开始的记录超过 16,777,216 个字符，多半是引号未闭合，无法继续读取",
                "the record starting at this line is longer than 16,777,216 characters, most likely an unterminated quote; the rest of the file cannot be read",
                _nextLine, null, e);
        }
        catch (Exception e) when (e is not SourceFileException)
        {
            throw new SourceFileException(Path, "读取文件失败：" + e.Message, "reading the file failed: " + e.Message, _nextLine, null, e);
        }
    }
}
