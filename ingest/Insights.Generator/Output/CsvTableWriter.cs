using System.Text;

namespace Insights.Generator.Output;

/// <summary>
/// Streams a CSV table to disk in a chosen encoding, RFC 4180 quoting, CRLF line ends (as Windows exports write them).
/// Rows go straight to a buffered stream, so memory does not grow with the number of rows.
/// </summary>
public sealed class CsvTableWriter : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly int _columns;

    /// <summary>Creates the file and writes the header.</summary>
    /// <param name="path">File to create (its folder must exist).</param>
    /// <param name="encoding">Text encoding; a BOM is written if the encoding has one.</param>
    /// <param name="header">Column names.</param>
    public CsvTableWriter(string path, Encoding encoding, IReadOnlyList<string> header)
    {
        _writer = new StreamWriter(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), encoding, 1 << 16)
        {
            NewLine = "\r\n",
        };
        _columns = header.Count;
        Path = path;
        Encoding = encoding;
        WriteFields(header);
    }

    /// <summary>The file being written.</summary>
    public string Path { get; }

    /// <summary>The file's encoding.</summary>
    public Encoding Encoding { get; }

    /// <summary>Data rows written so far (the header is not counted).</summary>
    public long Rows { get; private set; }

    /// <summary>Writes one data row.</summary>
    /// <param name="fields">One value per header column.</param>
    /// <exception cref="ArgumentException">The row has the wrong number of fields.</exception>
    public void Write(params ReadOnlySpan<string> fields)
    {
        if (fields.Length != _columns)
        {
            throw new ArgumentException($"{Path}: expected {_columns} fields, got {fields.Length}", nameof(fields));
        }

        WriteFields(fields);
        Rows++;
    }

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();

    private void WriteFields(ReadOnlySpan<string> fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                _writer.Write(',');
            }

            var field = fields[i];
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                _writer.Write('"');
                _writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
                _writer.Write('"');
            }
            else
            {
                _writer.Write(field);
            }
        }

        _writer.WriteLine();
    }

    private void WriteFields(IReadOnlyList<string> fields) => WriteFields(fields.ToArray().AsSpan());
}
