using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;
using TextEncoding = System.Text.Encoding;

namespace Insights.Ingest.Reading;

/// <summary>
/// Reads a JSON export in two streaming passes: the first (when the reader is opened) checks the whole document and
/// collects the union of the records' keys in first-seen order for the header, so a damaged file is rejected before
/// any row is yielded; the second yields the rows. Nothing is loaded as a document tree.
/// </summary>
internal sealed class JsonTableReader : TableReader
{
    private readonly FileStream _file;
    private readonly DetectedEncoding _encoding;
    private readonly TableReadOptions _options;
    private readonly int _maxCellLength;
    private readonly JsonRecordFlattener _flattener;
    private readonly string[] _header;
    private Stream? _rows;

    private JsonTableReader(string path, FileStream file, DetectedEncoding encoding, TableReadOptions options)
        : base(path, "json", encoding.Name, file.Length)
    {
        _file = file;
        _encoding = encoding;
        _options = options;
        _maxCellLength = options.MaxCellLength;
        _flattener = new JsonRecordFlattener(JsonRecordScanner.ReaderOptions(options), options.MaxColumns);
        _header = CheckAndCollectKeys();
        Header = _header;
    }

    /// <inheritdoc />
    public override long BytesRead => _file.CanSeek ? _file.Position : Length;

    /// <summary>Opens <paramref name="file"/> (owned by the reader from here on) as JSON.</summary>
    internal static JsonTableReader Open(string path, FileStream file, TableReadOptions options)
    {
        var encoding = options.Encoding is { } forced ? EncodingDetector.Forced(forced) : EncodingDetector.Detect(file, path);
        file.Position = 0;
        return new JsonTableReader(path, file, encoding, options);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            if (!ReferenceEquals(_rows, _file))
            {
                _rows?.Dispose();
            }

            _file.Dispose();
        }

        base.Dispose(disposing);
    }

    private protected override IEnumerable<SourceRow> ReadRowsCore()
    {
        _file.Position = 0;
        _rows = Utf8View(_file);
        var scanner = new JsonRecordScanner(_rows, Path, _options);
        long number = 0;
        while (true)
        {
            var (done, row) = Next(scanner, ref number);
            if (done)
            {
                yield break;
            }

            if (row is not null)
            {
                yield return row;
            }
        }
    }

    private (bool Done, SourceRow? Row) Next(JsonRecordScanner scanner, ref long number)
    {
        if (!MoveNext(scanner, out var start, out var length))
        {
            return (true, null);
        }

        number++;
        try
        {
            return (false, Build(scanner.Buffer.Slice(start, length), number));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            throw new SourceFileException(Path, "JSON 记录无法读取：" + e.Message, "a JSON record cannot be read: " + e.Message, number, null, e);
        }
    }

    private string[] CheckAndCollectKeys()
    {
        var stream = Utf8View(_file);
        try
        {
            return CheckAndCollectKeys(new JsonRecordScanner(stream, Path, _options));
        }
        finally
        {
            if (!ReferenceEquals(stream, _file))
            {
                stream.Dispose();
            }
        }
    }

    private string[] CheckAndCollectKeys(JsonRecordScanner scanner)
    {
        long number = 0;
        while (MoveNext(scanner, out var start, out var length))
        {
            number++;
            var record = scanner.Buffer.Slice(start, length);
            if (!Utf8.IsValid(record))
            {
                var bad = scanner.BufferOffset + start + InvalidAt(record);
                throw new SourceFileException(
                    Path,
                    $"无法识别的文件编码：JSON 中有无效的 UTF-8 字节（字节偏移 {bad.ToString(CultureInfo.InvariantCulture)}）",
                    $"unrecognised text encoding: invalid UTF-8 bytes in the JSON (byte offset {bad.ToString(CultureInfo.InvariantCulture)})");
            }

            if (record[0] == (byte)'{' && _flattener.CollectKeys(record) is var over && over != JsonRecordFlattener.Over.None)
            {
                throw TooManyFields(over, number);
            }
        }

        return HeaderNames.Build([.. _flattener.Keys], Path, null, dropTrailingEmpty: false);
    }

    private SourceFileException TooManyFields(JsonRecordFlattener.Over over, long number)
    {
        var (max, record) = (ReadLimits.N(_flattener.MaxFields), ReadLimits.N(number));
        return over == JsonRecordFlattener.Over.RecordFields
            ? ReadLimits.Exceeded(Path, $"第 {record} 条记录的字段多于 {max} 个", $"record {record} has more than {max} fields", max)
            : ReadLimits.Exceeded(Path, $"各记录的不同字段合计多于 {max} 个（到第 {record} 条记录为止）", $"the records have more than {max} distinct fields in all (by record {record})", max);
    }

    private static int InvalidAt(ReadOnlySpan<byte> bytes)
    {
        var status = Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? 0 : read;
    }

    private bool MoveNext(JsonRecordScanner scanner, out int start, out int length)
    {
        try
        {
            return scanner.MoveNext(out start, out length);
        }
        catch (Exception e) when (e is not SourceFileException)
        {
            throw new SourceFileException(Path, "读取文件失败：" + e.Message, "reading the file failed: " + e.Message, null, null, e);
        }
    }

    private SourceRow? Build(ReadOnlySpan<byte> record, long number)
    {
        var cells = new string?[_header.Length];
        if (record[0] != (byte)'{')
        {
            var text = TextEncoding.UTF8.GetString(record);
            return new SourceRow(number, cells, RowProblems.NotAnObject(text));
        }

        var invalid = _flattener.Fill(record, cells);
        if (Array.TrueForAll(cells, string.IsNullOrEmpty))
        {
            return null;
        }

        RowProblem? problem = null;
        for (var i = 0; i < cells.Length && problem is null; i++)
        {
            if (CellText.HasInvalid(cells[i]))
            {
                problem = RowProblems.InvalidCharacters(_header[i], cells[i]);
            }
        }

        if (invalid && problem is null)
        {
            problem = RowProblems.InvalidCharacters("", TextEncoding.UTF8.GetString(record));
        }

        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i] is { } value && value.Length > _maxCellLength)
            {
                problem ??= RowProblems.TooLong(_header[i], value.Length, _maxCellLength, value);
                cells[i] = CellText.Truncate(value, _maxCellLength);
            }
        }

        return new SourceRow(number, cells, problem);
    }

    /// <summary>The file as UTF-8: itself, or transcoded from GB18030, GBK or UTF-16 (the BOM is dropped).</summary>
    private Stream Utf8View(FileStream file)
    {
        file.Position = 0;
        if (_encoding.Encoding.CodePage == TextEncoding.UTF8.CodePage)
        {
            return file;
        }

        var preamble = _encoding.Encoding.GetPreamble();
        Span<byte> head = stackalloc byte[preamble.Length];
        file.Position = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && head.SequenceEqual(preamble) ? preamble.Length : 0;
        return TextEncoding.CreateTranscodingStream(file, _encoding.Encoding, TextEncoding.UTF8, leaveOpen: true);
    }
}
