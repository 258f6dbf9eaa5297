using System.Text;
using System.Text.Json;

namespace Insights.Ingest.Reading;

/// <summary>
/// Turns one JSON record into cells: nested objects are flattened with dotted keys (<c>leader.name</c>); strings as
/// they are, numbers as their raw text, <c>true</c>/<c>false</c>, null as null; arrays joined with <c>"; "</c>
/// (objects or arrays inside an array as their JSON text). The same walk collects the keys for the header, and stops
/// as soon as a record has more fields, or all records more distinct keys, than the limit: the keys of a hostile file
/// would otherwise make every row as wide as all of them together.
/// </summary>
internal sealed class JsonRecordFlattener(JsonReaderOptions options, int maxFields)
{
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);
    private readonly List<string> _keys = [];
    private readonly StringBuilder _join = new();
    private char[] _key = new char[256];
    private string?[]? _cells;
    private bool _invalid;
    private int _fields;
    private Over _over;

    /// <summary>Which field limit a record passed.</summary>
    internal enum Over
    {
        /// <summary>Within the limits.</summary>
        None,

        /// <summary>The record has more fields than the limit.</summary>
        RecordFields,

        /// <summary>The records have more distinct keys in all than the limit.</summary>
        AllKeys,
    }

    /// <summary>Flattened keys in order of first appearance.</summary>
    internal IReadOnlyList<string> Keys => _keys;

    /// <summary>The most fields of a record, and distinct keys of all records.</summary>
    internal int MaxFields => maxFields;

    /// <summary>Adds the keys of <paramref name="record"/> (a complete JSON object) not seen before.</summary>
    /// <returns>Which limit the record passed, if any: the walk stops there.</returns>
    internal Over CollectKeys(ReadOnlySpan<byte> record)
    {
        _cells = null;
        Walk(record);
        return _over;
    }

    /// <summary>
    /// Fills <paramref name="cells"/> (one per key, in <see cref="Keys"/> order) from <paramref name="record"/>; true
    /// when a string held an escape that is not valid UTF-16 (kept as its raw JSON text).
    /// </summary>
    internal bool Fill(ReadOnlySpan<byte> record, string?[] cells)
    {
        _cells = cells;
        _invalid = false;
        Walk(record);
        return _invalid;
    }

    private void Walk(ReadOnlySpan<byte> record)
    {
        (_fields, _over) = (0, Over.None);
        var reader = new Utf8JsonReader(record, options);
        reader.Read();
        WalkObject(ref reader, record, 0);
    }

    private void WalkObject(ref Utf8JsonReader reader, ReadOnlySpan<byte> record, int prefix)
    {
        while (_over == Over.None && reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var keyLength = AppendKey(ref reader, prefix);
            reader.Read();
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    WalkObject(ref reader, record, keyLength);
                    break;
                case JsonTokenType.StartArray:
                    Set(keyLength, Join(ref reader, record));
                    break;
                default:
                    Set(keyLength, Scalar(ref reader));
                    break;
            }
        }
    }

    private int AppendKey(ref Utf8JsonReader reader, int prefix)
    {
        var needed = prefix + 1 + reader.ValueSpan.Length + (int)(reader.HasValueSequence ? reader.ValueSequence.Length : 0);
        if (_key.Length < needed)
        {
            Array.Resize(ref _key, Math.Max(needed, _key.Length * 2));
        }

        var start = prefix;
        if (prefix > 0)
        {
            _key[start++] = '.';
        }

        try
        {
            return start + reader.CopyString(_key.AsSpan(start));
        }
        catch (InvalidOperationException)
        {
            // An escape that is not valid UTF-16 (a lone surrogate): keep the key's raw text.
            _invalid = true;
            var raw = Encoding.UTF8.GetString(reader.ValueSpan);
            raw.CopyTo(_key.AsSpan(start));
            return start + raw.Length;
        }
    }

    private void Set(int keyLength, string? value)
    {
        if (++_fields > maxFields)
        {
            _over = Over.RecordFields;
            return;
        }

        var key = _key.AsSpan(0, keyLength);
        var lookup = _columns.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(key, out var column))
        {
            if (_cells is not null)
            {
                return;
            }

            column = _keys.Count;
            if (column >= maxFields)
            {
                _over = Over.AllKeys;
                return;
            }

            var name = new string(key);
            _columns[name] = column;
            _keys.Add(name);
        }

        if (_cells is not null)
        {
            _cells[column] = value;
        }
    }

    private string? Scalar(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => String(ref reader),
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => null,
    };

    private string String(ref Utf8JsonReader reader)
    {
        if (_cells is null)
        {
            return "";
        }

        try
        {
            return reader.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            _invalid = true;
            return Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }

    private string? Join(ref Utf8JsonReader reader, ReadOnlySpan<byte> record)
    {
        if (_cells is null)
        {
            reader.Skip();
            return null;
        }

        _join.Clear();
        var first = true;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!first)
            {
                _join.Append("; ");
            }

            first = false;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                _join.Append(Encoding.UTF8.GetString(record[start..(int)reader.BytesConsumed]));
            }
            else
            {
                _join.Append(Scalar(ref reader));
            }
        }

        return _join.ToString();
    }
}
