using System.Text.Encodings.Web;
using System.Text.Json;

namespace Insights.Generator.Output;

/// <summary>Streams a JSON document <c>{"meta": {...}, "data": [ {...}, ... ]}</c> as web platforms export it, UTF-8, Chinese unescaped.</summary>
public sealed class JsonArrayWriter : IDisposable
{
    private readonly FileStream _stream;
    private readonly Utf8JsonWriter _json;

    /// <summary>Creates the file and opens the <c>data</c> array after writing <paramref name="meta"/>.</summary>
    /// <param name="path">File to create.</param>
    /// <param name="meta">Export metadata written first (name, season, exported at).</param>
    public JsonArrayWriter(string path, IReadOnlyList<KeyValuePair<string, string>> meta)
    {
        Path = path;
        _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        _json = new Utf8JsonWriter(_stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _json.WriteStartObject();
        _json.WriteStartObject("meta");
        foreach (var (key, value) in meta)
        {
            _json.WriteString(key, value);
        }

        _json.WriteEndObject();
        _json.WriteStartArray("data");
    }

    /// <summary>The file being written.</summary>
    public string Path { get; }

    /// <summary>Records written so far.</summary>
    public long Rows { get; private set; }

    /// <summary>Writes one record; <paramref name="write"/> fills its properties.</summary>
    /// <param name="write">Writes the properties of the record.</param>
    public void Write(Action<Utf8JsonWriter> write)
    {
        _json.WriteStartObject();
        write(_json);
        _json.WriteEndObject();
        Rows++;
        if (_json.BytesPending > 1 << 16)
        {
            _json.Flush();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        _json.Dispose();
        _stream.Dispose();
    }
}
