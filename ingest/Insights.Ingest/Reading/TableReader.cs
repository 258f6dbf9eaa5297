namespace Insights.Ingest.Reading;

/// <summary>
/// An open source file: its normalized header and a single-pass stream of rows of raw text cells. Created by
/// <see cref="TableReaders.Open"/>; dispose it to close the file.
/// </summary>
/// <remarks>
/// A bad row never throws: it is yielded with a <see cref="SourceRow.Problem"/>. A file that cannot be read at all
/// throws <see cref="SourceFileException"/>, from <see cref="TableReaders.Open"/> or, for damage found later in an
/// XLSX file or an I/O failure, while enumerating <see cref="ReadRows"/> (the caller then discards the file's rows).
/// </remarks>
public abstract class TableReader : IDisposable
{
    private bool _started;
    private bool _disposed;

    private protected TableReader(string path, string format, string? encoding, long length)
    {
        Path = path;
        Format = format;
        Encoding = encoding;
        Length = length;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>The format read: <c>csv</c>, <c>xlsx</c> or <c>json</c> (by content, whatever the file name says).</summary>
    public string Format { get; }

    /// <summary>
    /// Text encoding, detected or forced: <c>utf-8</c>, <c>utf-8-bom</c>, <c>gb18030</c>, <c>gbk</c>, <c>utf-16le</c>,
    /// <c>utf-16be</c>; <see langword="null"/> for XLSX.
    /// </summary>
    public string? Encoding { get; }

    /// <summary>
    /// Column names: trimmed, byte-order mark removed, full-width ASCII folded to half-width, inner whitespace collapsed
    /// to one space. Never has empty or duplicate names.
    /// </summary>
    public IReadOnlyList<string> Header { get; private protected set; } = [];

    /// <summary>Bytes of the file read so far, for progress bars (approximate: buffered, and compressed for XLSX).</summary>
    public abstract long BytesRead { get; }

    /// <summary>Size of the file in bytes.</summary>
    public long Length { get; }

    /// <summary>
    /// The data rows, streamed in file order; fully empty rows are skipped (row numbers keep the file's numbering).
    /// Can be called once per reader.
    /// </summary>
    /// <returns>The rows, read lazily as the sequence is enumerated.</returns>
    /// <exception cref="InvalidOperationException">Rows were already requested from this reader.</exception>
    /// <exception cref="ObjectDisposedException">The reader is disposed.</exception>
    public IEnumerable<SourceRow> ReadRows()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_started)
        {
            throw new InvalidOperationException("行只能读取一次 / rows can be read only once per reader: open the file again");
        }

        _started = true;
        return ReadRowsCore();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Closes the file.</summary>
    /// <param name="disposing">True when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing) => _disposed = true;

    private protected abstract IEnumerable<SourceRow> ReadRowsCore();
}
