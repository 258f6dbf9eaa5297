using System.Security.Cryptography;
using System.Text;
using Insights.Ingest.Bulk;

namespace Insights.Ingest.Tests.Bulk;

/// <summary>The shape scan admits to the bulk path exactly the files DuckDB and the row reader see alike.</summary>
public sealed class CsvShapeScannerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("shape-").FullName;

    /// <summary>Removes the files.</summary>
    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>
    /// Proves: plain files are admitted with their data line count (counted by hand: 2, and 2 with CR LF and no final
    /// line feed), and the checksum is the SHA-256 of the bytes (computed here with .NET's SHA256 on the same bytes).
    /// </summary>
    [Theory]
    [InlineData("a,b,c\n1,2,3\n4,5,6\n", 2)]
    [InlineData("a,b,c\r\n1,2,3\r\n4,5,6", 2)]
    [InlineData("a,b,c\n1,,\n,x,\n", 2)]
    [InlineData("a,b,c\n中,文,x\n", 1)]
    public async Task Plain_files_are_admitted(string text, long lines)
    {
        var path = Write(text);
        var shape = await CsvShapeScanner.ScanAsync(path, 1, 3, 1000, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(shape.IsPlain, shape.WhyNotEn);
        Assert.Equal(lines, shape.DataLines);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), shape.Sha256);
    }

    /// <summary>Proves: each way a line could be read differently sends the file row by row, naming the line (counted by hand).</summary>
    [Theory]
    [InlineData("a,b,c\n1,2,3\n\"4\",5,6\n", 3, "quote")]
    [InlineData("a,b,c\n1,2,3\n4,5\n", 3, "fields")]
    [InlineData("a,b,c\n1,2,3,\n", 2, "fields")]
    [InlineData("a,b,c\n1,2,3\n\n4,5,6\n", 3, "blank")]
    [InlineData("a,b,c\n , ,\n", 2, "blank")]
    [InlineData("a,b,c\n中,文,字\n", 2, "ASCII")]
    [InlineData("a,b,c\n1,\u0001,3\n", 2, "control")]
    [InlineData("a,b,c\n1,2\r,3\n", 2, "control")]
    [InlineData("a,b,c\n1,\uFFFD,3\n", 2, "U+FFFD")]
    [InlineData("\na,b,c\n1,2,3\n", 1, "header")]
    [InlineData("a\tb,x\tc\n1,2,3\n", 1, "header")]
    [InlineData("a;b;c,d\n1,2,3\n", 1, "header")]
    [InlineData("a,b,c,\n1,2,3\n", 1, "header")]
    public async Task Lines_read_differently_are_refused(string text, long line, string reason)
    {
        var shape = await CsvShapeScanner.ScanAsync(Write(text), 1, 3, 1000, cancellationToken: TestContext.Current.CancellationToken);
        Assert.False(shape.IsPlain);
        Assert.Equal(line, shape.Line);
        Assert.Contains(reason, shape.WhyNotEn, StringComparison.Ordinal);
        Assert.NotNull(shape.WhyNotZh);
    }

    /// <summary>
    /// Proves: lines that cross the scanner's 1 MiB read blocks are judged whole: 40,000 lines of 33 bytes (1.3 MB)
    /// are admitted and counted; the same file with one over-long line (2,000 bytes, limit 1,000) is refused at that
    /// line (number worked out from the construction: header, 30,000 lines, then the long one).
    /// </summary>
    [Fact]
    public async Task Lines_across_read_blocks_are_judged_whole()
    {
        var b = new StringBuilder("a,b,c\n");
        for (var i = 0; i < 40_000; i++)
        {
            b.Append("abcdefghij,").Append(i.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(",0123456789\n");
        }

        var plain = await CsvShapeScanner.ScanAsync(Write(b.ToString()), 1, 3, 1000, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(plain.IsPlain, plain.WhyNotEn);
        Assert.Equal(40_000, plain.DataLines);

        var lines = b.ToString().Split('\n');
        lines[30_001] = "x," + new string('y', 2000) + ",z";
        var refused = await CsvShapeScanner.ScanAsync(Write(string.Join('\n', lines)), 1, 3, 1000, cancellationToken: TestContext.Current.CancellationToken);
        Assert.False(refused.IsPlain);
        Assert.Equal(30_002, refused.Line);
    }

    private string Write(string text)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
