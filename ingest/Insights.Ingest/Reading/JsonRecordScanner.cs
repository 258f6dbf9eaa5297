using System.Globalization;
using System.Text.Json;

namespace Insights.Ingest.Reading;

/// <summary>
/// Streams the records of a JSON export with <see cref="Utf8JsonReader"/> over a growing buffer: the document is a
/// top-level array, or an object whose <c>data</c> (or <c>rows</c>, <c>items</c>, <c>records</c>) property is the
/// array. Each record (an array element) is handed over as a complete span of UTF-8 bytes; other properties are
/// checked for syntax and skipped. Memory is one record plus a 64 KB read buffer; a record (or any other value) longer
/// than <see cref="TableReadOptions.MaxRecordLength"/> bytes, or nested deeper than
/// <see cref="TableReadOptions.MaxJsonDepth"/>, refuses the file as soon as the buffer holding it passes the limit.
/// </summary>
internal sealed class JsonRecordScanner
{
    private static readonly string[] s_dataNames = ["data", "rows", "items", "records"];

    private readonly Stream _stream;
    private readonly string _path;
    private readonly TableReadOptions _limits;
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _final;
    private long _bufferOffset;
    private JsonReaderState _state;
    private Phase _phase;
    private bool _topIsArray;
    private bool _foundData;
    private bool _begun;
    private long _records;

    internal JsonRecordScanner(Stream stream, string path, TableReadOptions limits)
    {
        _stream = stream;
        _path = path;
        _limits = limits;
        Options = ReaderOptions(limits);
        _state = new JsonReaderState(Options);
    }

    private enum Phase
    {
        Start,
        TopObject,
        Records,
        Trailer,
        Done,
    }

    private enum Step
    {
        NeedMore,
        Progress,
        Record,
        End,
    }

    /// <summary>How records are read: comments skipped, trailing commas allowed, nesting within the limit.</summary>
    internal JsonReaderOptions Options { get; }

    /// <summary>The buffer holding the current record.</summary>
    internal ReadOnlySpan<byte> Buffer => _buffer;

    /// <summary>Byte offset in the stream of <see cref="Buffer"/>[0].</summary>
    internal long BufferOffset => _bufferOffset;

    /// <summary>Moves to the next record: <c>Buffer[start..(start + length)]</c>; false after the last.</summary>
    /// <exception cref="SourceFileException">The JSON is invalid or truncated, or has no data array.</exception>
    internal bool MoveNext(out int start, out int length)
    {
        start = length = 0;
        if (!_begun)
        {
            _begun = true;
            Fill();
            if (_buffer.AsSpan(0, _end).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                _start = 3;
            }
        }

        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            Step step;
            try
            {
                step = Advance(ref reader, out start, out length);
            }
            catch (JsonException e) when (_phase == Phase.Start && _final && _buffer.AsSpan(_start, _end - _start).Trim(" \t\r\n"u8).IsEmpty)
            {
                throw new SourceFileException(_path, "JSON 文件为空", "the JSON file is empty", null, null, e);
            }
            catch (JsonException e) when (reader.CurrentDepth >= Options.MaxDepth - 1)
            {
                throw Limit(
                    $"{Where()}嵌套深于 {ReadLimits.N(_limits.MaxJsonDepth)} 层", $"{WhereEn()} nests deeper than {ReadLimits.N(_limits.MaxJsonDepth)} levels", _limits.MaxJsonDepth, e);
            }
            catch (JsonException e)
            {
                var offset = _bufferOffset + _start + reader.BytesConsumed;
                var line = ((e.LineNumber ?? 0) + 1).ToString(CultureInfo.InvariantCulture);
                var where = offset.ToString(CultureInfo.InvariantCulture);
                throw new SourceFileException(
                    _path,
                    $"JSON 无效或被截断（第 {line} 行附近，字节偏移 {where}）：{e.Message}",
                    $"invalid or truncated JSON (near line {line}, byte offset {where}): {e.Message}",
                    null, null, e);
            }

            if (step == Step.NeedMore)
            {
                Fill();
                continue;
            }

            if ((step == Step.Record ? length : reader.BytesConsumed) > _limits.MaxRecordLength)
            {
                throw TooLarge();
            }

            start += _start;
            _start += (int)reader.BytesConsumed;
            _state = reader.CurrentState;
            if (step == Step.Record)
            {
                _records++;
                return true;
            }

            if (step == Step.End)
            {
                return false;
            }
        }
    }

    private Step Advance(ref Utf8JsonReader reader, out int start, out int length)
    {
        start = length = 0;
        switch (_phase)
        {
            case Phase.Start:
                if (!reader.Read())
                {
                    return _final ? throw Invalid("文件为空", "the file is empty") : Step.NeedMore;
                }

                (_phase, _topIsArray) = reader.TokenType switch
                {
                    JsonTokenType.StartArray => (Phase.Records, true),
                    JsonTokenType.StartObject => (Phase.TopObject, false),
                    _ => throw Invalid("顶层必须是数组或对象", "the top level must be an array or an object"),
                };
                return Step.Progress;

            case Phase.TopObject:
                if (!reader.Read())
                {
                    return Step.NeedMore;
                }

                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    _phase = _foundData ? Phase.Trailer : throw Invalid(
                        "找不到数据数组（data、rows、items 或 records）", "there is no data array (data, rows, items or records)");
                    return Step.Progress;
                }

                var isData = false;
                foreach (var name in s_dataNames)
                {
                    isData |= !_foundData && reader.ValueTextEquals(name);
                }

                if (!reader.Read())
                {
                    return Step.NeedMore;
                }

                if (isData && reader.TokenType == JsonTokenType.StartArray)
                {
                    (_foundData, _phase) = (true, Phase.Records);
                    return Step.Progress;
                }

                return reader.TrySkip() ? Step.Progress : Step.NeedMore;

            case Phase.Records:
                if (!reader.Read())
                {
                    return Step.NeedMore;
                }

                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    _phase = _topIsArray ? Phase.Trailer : Phase.TopObject;
                    return Step.Progress;
                }

                start = (int)reader.TokenStartIndex;
                if (!reader.TrySkip())
                {
                    return Step.NeedMore;
                }

                length = (int)reader.BytesConsumed - start;
                return Step.Record;

            case Phase.Trailer:
                if (reader.Read())
                {
                    throw Invalid("JSON 文档结束后还有内容", "there is content after the end of the JSON document");
                }

                if (!_final)
                {
                    return Step.NeedMore;
                }

                _phase = Phase.Done;
                return Step.End;

            default:
                return Step.End;
        }
    }

    /// <summary>Keeps the unconsumed bytes, grows the buffer when they fill it, and reads more.</summary>
    private void Fill()
    {
        if (_final)
        {
            // The reader asked for more after the last block: only possible with a broken document.
            throw Invalid("JSON 被截断", "the JSON is truncated");
        }

        if (_start > 0)
        {
            System.Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _bufferOffset += _start;
            _end -= _start;
            _start = 0;
        }

        // What is left unconsumed is the value being read: refuse it before the buffer grows past the limit.
        if (_end - _start > _limits.MaxRecordLength)
        {
            throw TooLarge();
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, (int)Math.Min(_buffer.Length * 2L, _limits.MaxRecordLength + (1L << 16)));
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        _final = read == 0;
    }

    /// <summary>The reader options of a document: nesting allows the limit below the records' own level.</summary>
    internal static JsonReaderOptions ReaderOptions(TableReadOptions limits) => new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = limits.MaxJsonDepth + 2,
    };

    private SourceFileException TooLarge() => Limit(
        $"{Where()}大于 {ReadLimits.N(_limits.MaxRecordLength)} 字节",
        $"{WhereEn()} is larger than {ReadLimits.N(_limits.MaxRecordLength)} bytes",
        _limits.MaxRecordLength,
        null);

    private SourceFileException Limit(string zh, string en, long limit, Exception? inner) =>
        new(_path, $"超出读取上限，整个文件不予导入：{zh}（上限 {ReadLimits.N(limit)}）", $"over a reading limit, the whole file is refused: {en} (limit {ReadLimits.N(limit)})", null, null, inner);

    private string Where() => _phase == Phase.Records
        ? $"第 {ReadLimits.N(_records + 1)} 条记录"
        : $"JSON 中字节偏移 {ReadLimits.N(_bufferOffset + _start)} 处的值";

    private string WhereEn() => _phase == Phase.Records
        ? $"record {ReadLimits.N(_records + 1)}"
        : $"the JSON value at byte offset {ReadLimits.N(_bufferOffset + _start)}";

    private SourceFileException Invalid(string zh, string en)
    {
        var where = (_bufferOffset + _start).ToString(CultureInfo.InvariantCulture);
        return new SourceFileException(_path, $"JSON 无效或被截断：{zh}（字节偏移 {where} 附近）", $"invalid or truncated JSON: {en} (near byte offset {where})");
    }
}
