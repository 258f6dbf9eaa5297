namespace Insights.Ingest.Reading;

/// <summary>
/// One zip entry of a workbook as it is inflated, checked block by block: every byte counts against the workbook's
/// budget of inflated bytes (<see cref="TableReadOptions.MaxXlsxUncompressedBytes"/>), the entry may not inflate to more
/// than <see cref="TableReadOptions.MaxXlsxCompressionRatio"/> times its compressed size once past 1 MiB, and no piece
/// of markup may grow past <see cref="MaxMarkupBytes"/>. The sizes a zip declares are checked before (by
/// <see cref="XlsxPackage"/>), but a damaged or forged entry can inflate to more than it declares: these checks count
/// what is actually read.
/// </summary>
internal sealed class XlsxEntryStream(Stream inner, XlsxPackage package, string entry, long compressedLength) : Stream
{
    /// <summary>Longest tag or CDATA section, in bytes (Excel writes tags of a few hundred bytes).</summary>
    internal const int MaxMarkupBytes = 4 * 1024 * 1024;

    /// <summary>Inflated size below which the compression ratio is not checked: small parts compress well and cost nothing.</summary>
    internal const long RatioGrace = 1024 * 1024;

    private XmlMarkupGuard _guard = new(MaxMarkupBytes);
    private long _inflated;

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position
    {
        get => _inflated;
        set => throw new NotSupportedException();
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        _inflated += read;
        package.Spend(read, entry);
        if (_inflated > RatioGrace && _inflated > compressedLength * package.Options.MaxXlsxCompressionRatio)
        {
            throw package.RatioExceeded(entry, _inflated, compressedLength);
        }

        if (!_guard.Scan(buffer[..read]))
        {
            throw ReadLimits.Exceeded(
                package.Path,
                $"工作簿部件 {entry} 中有一个标记（标签或 CDATA 段）长于 {ReadLimits.N(MaxMarkupBytes)} 字节",
                $"the workbook part {entry} has a piece of markup (a tag or CDATA section) longer than {ReadLimits.N(MaxMarkupBytes)} bytes",
                ReadLimits.N(MaxMarkupBytes));
        }

        return read;
    }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
