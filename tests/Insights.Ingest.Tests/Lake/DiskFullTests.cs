using Insights.Ingest.Lake;
using Insights.Ingest.Pipeline;
using Insights.Ingest.Tests.Limits;

namespace Insights.Ingest.Tests.Lake;

/// <summary>
/// A full disk stops the ingest with the lake's own error, recognised as a full disk (the command line then prints it in
/// both languages, exit code 2: tests/Insights.Warehouse.Tests/CliSafetyTests.cs): it is not a file that "cannot be read",
/// files landed before stay, and the batch being written is not committed. The disk is simulated by a stream that fails
/// as Linux does when it is full (IOException with the errno ENOSPC, 28, as its HResult).
/// </summary>
public sealed class DiskFullTests : IDisposable
{
    private readonly BombFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_full_disk_stops_the_ingest_and_keeps_what_was_landed()
    {
        File.WriteAllText(_folder.In("later.csv"), InputBombs.GoodCsv.Replace("J2", "J3", StringComparison.Ordinal));
        var ingestor = new LakeIngestor(new IngestOptions(_folder.Source, _folder.Lake, "2024-JS", BombFolder.Key));
        var lake = ingestor.Lake;
        var create = lake.CreateFile;
        lake.CreateFile = path => lake.Manifests().Count == 0 ? create(path) : new FullDiskStream(create(path), path);

        var e = await Assert.ThrowsAnyAsync<IOException>(() => ingestor.IngestAsync(cancellationToken: TestContext.Current.CancellationToken));

        Assert.True(DiskFull.Is(e), e.ToString());
        Assert.Equal(["good.csv"], lake.Manifests().Select(m => m.SourceFile));
        var (zh, en) = DiskFull.Describe(e);
        Assert.StartsWith("磁盘已满，导入中止：No space left on device", zh, StringComparison.Ordinal);
        Assert.StartsWith("the disk is full, the ingest stopped: No space left on device", en, StringComparison.Ordinal);
        Assert.Contains("the batch being written is not committed", en, StringComparison.Ordinal);

        // With room again, the next ingest removes what was left and lands the rest.
        lake.CreateFile = create;
        var outcomes = await ingestor.IngestAsync(cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal([("good.csv", "unchanged"), ("later.csv", "landed")], outcomes.Select(o => (o.File, o.Status)).Order());
        Assert.Empty(Directory.EnumerateFiles(_folder.Lake, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_full_disk_is_known_by_its_error_code()
    {
        // Windows: ERROR_DISK_FULL (0x70), bare or as an HRESULT; Unix: .NET gives the errno, ENOSPC (28). EIO (5) is not.
        int[] full = OperatingSystem.IsWindows() ? [0x70, unchecked((int)0x80070070), 0x27] : [28];
        Assert.All(full, code => Assert.True(DiskFull.Is(new IOException("write failed", code)), $"{code:X}"));
        Assert.False(DiskFull.Is(new IOException("write failed", 5)));
    }

    [Fact]
    public void A_full_disk_is_known_by_DuckDBs_message_through_wrappers()
    {
        var duck = new InvalidOperationException("model failed", new InvalidOperationException("IO Error: Could not write file \"W.duckdb\": No space left on device"));
        Assert.True(DiskFull.Is(duck));
        Assert.False(DiskFull.Is(new IOException("The process cannot access the file because it is being used")));
    }

    /// <summary>A file on a full disk: every write fails as Linux reports ENOSPC.</summary>
    private sealed class FullDiskStream(Stream inner, string path) : Stream
    {
        public override bool CanRead => inner.CanRead;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => inner.Position = value; }

        public override void Write(byte[] buffer, int offset, int count) => throw Full();

        public override void Write(ReadOnlySpan<byte> buffer) => throw Full();

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromException(Full());

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromException(Full());

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void SetLength(long value) => inner.SetLength(value);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private IOException Full() => new($"No space left on device : '{path}'", 28);
    }
}
