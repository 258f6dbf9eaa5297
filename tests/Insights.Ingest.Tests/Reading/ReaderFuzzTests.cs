using System.Text;
using CsCheck;
using Insights.Ingest.Reading;

namespace Insights.Ingest.Tests.Reading;

/// <summary>
/// Property tests: whatever the bytes, a reader either throws <see cref="SourceFileException"/> or yields rows, never
/// another exception and never hangs (each test has a timeout; inputs are bounded). For CSV, every good row before the
/// damage is yielded with identical cells.
/// </summary>
public sealed class ReaderFuzzTests : IDisposable
{
    private const int Timeout = 600_000;

    /// <summary>INSIGHTS_FUZZ_SCALE=20 runs twenty times the iterations, for a deeper search than the default suite.</summary>
    private static readonly int s_scale = int.TryParse(Environment.GetEnvironmentVariable("INSIGHTS_FUZZ_SCALE"), out var scale) && scale > 0 ? scale : 1;

    private static readonly string[] s_injections =
        ["=cmd|' /C calc'!A0", "+1+1", "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "=HYPERLINK(\"http://evil\",\"点我\")", "\t=1+1"];

    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact(Timeout = Timeout)]
    public Task Random_bytes_under_any_name_never_escape_as_other_exceptions() => Task.Run(() =>
        Gen.Select(Gen.Byte.Array[0, 4096], Gen.OneOf(Gen.Const(".csv"), Gen.Const(".xlsx"), Gen.Const(".json"), Gen.Const(".txt"), Gen.Const("")), Gen.Bool)
            .Sample((bytes, extension, zipHeader) =>
            {
                if (zipHeader && bytes.Length >= 4)
                {
                    "PK\u0003\u0004"u8.CopyTo(bytes);
                }

                ReadAll(_files.Write(Guid.NewGuid().ToString("N") + extension, bytes));
            }, iter: 400 * s_scale), TestContext.Current.CancellationToken);

    [Fact(Timeout = Timeout)]
    public Task Truncated_csv_keeps_every_row_before_the_cut() => Task.Run(() =>
    {
        foreach (var name in new[] { "registration/teams.csv", "registration/representatives.csv", "reviews/panels.csv" })
        {
            var original = File.ReadAllBytes(GeneratedSeasonFiles.Export(name));
            var (fullEncoding, full) = ReadAll(GeneratedSeasonFiles.Export(name))!.Value;
            Gen.Int[1, original.Length - 1].Sample(cut =>
            {
                var prefix = original[..cut];
                var result = ReadAll(_files.Write(Guid.NewGuid().ToString("N") + ".csv", prefix));
                if (result is not { } read || read.Encoding != fullEncoding)
                {
                    return; // too little left to find the header or the encoding
                }

                var rows = read.Rows;
                var completeLines = prefix.Count(b => b == (byte)'\n');
                Assert.True(rows.Count >= completeLines - 1, $"cut at {cut}: {rows.Count} rows for {completeLines} complete lines");
                for (var i = 0; i < rows.Count - 1; i++)
                {
                    Assert.Equal(full[i].RowNumber, rows[i].RowNumber);
                    Assert.Equal(full[i].Cells, rows[i].Cells);
                    Assert.Null(rows[i].Problem);
                }
            }, iter: 150 * s_scale);
        }
    }, TestContext.Current.CancellationToken);

    [Fact(Timeout = Timeout)]
    public Task Truncated_xlsx_and_json_throw_or_read() => Task.Run(() =>
    {
        foreach (var name in new[] { "reviews/judges.xlsx", "awards/awards.xlsx", "complaints/complaints.json", "registration/projects.json" })
        {
            var original = File.ReadAllBytes(GeneratedSeasonFiles.Export(name));
            var extension = Path.GetExtension(name);
            Gen.Int[0, original.Length - 1].Sample(cut =>
            {
                var result = ReadAll(_files.Write(Guid.NewGuid().ToString("N") + extension, original[..cut]));
                if (extension == ".json")
                {
                    // A cut JSON document is never valid: it is rejected before any row.
                    Assert.Null(result);
                }
            }, iter: 120 * s_scale);
        }
    }, TestContext.Current.CancellationToken);

    [Fact(Timeout = Timeout)]
    public Task Flipped_bytes_in_an_xlsx_throw_or_read() => Task.Run(() =>
    {
        var original = File.ReadAllBytes(GeneratedSeasonFiles.Export("reviews/judges.xlsx"));
        Gen.Select(Gen.Int[0, original.Length - 1], Gen.Byte[1, 255]).Array[1, 8].Sample(flips =>
        {
            var bytes = (byte[])original.Clone();
            foreach (var (position, mask) in flips)
            {
                bytes[position] ^= mask;
            }

            ReadAll(_files.Write(Guid.NewGuid().ToString("N") + ".xlsx", bytes));
        }, iter: 400 * s_scale);
    }, TestContext.Current.CancellationToken);

    [Fact(Timeout = Timeout)]
    public Task Well_formed_csv_with_awkward_and_huge_cells_round_trips() => Task.Run(() =>
    {
        const int Max = 3000;
        var awkward = Gen.Char["a中,\"\r\n \t=+@-；｜"].Array[0, 12].Select(c => new string(c));
        var huge = Gen.Int[Max - 5, Max * 3].Select(n => new string('长', n));
        var cell = Gen.Frequency((10, awkward), (2, Gen.OneOf(s_injections)), (1, huge));
        cell.Array[3].Array[1, 30].Sample(rows =>
        {
            var text = new StringBuilder("a,b,c\r\n");
            foreach (var cells in rows)
            {
                text.AppendJoin(',', cells.Select(Quote)).Append("\r\n");
            }

            var path = _files.Write(Guid.NewGuid().ToString("N") + ".csv", text.ToString());
            var read = ReadAll(path, new TableReadOptions(MaxCellLength: Max));
            Assert.NotNull(read);
            var expected = rows.Where(c => !c.All(string.IsNullOrWhiteSpace)).ToList();
            Assert.Equal(expected.Count, read.Value.Rows.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                var got = read.Value.Rows[i];
                Assert.Equal(expected[i].Select(c => c.Length > Max ? c[..Max] : c), got.Cells);
                var longest = expected[i].Max(c => c.Length);
                Assert.Equal(longest > Max, got.Problem is not null);
                if (got.Problem is not null)
                {
                    Assert.Contains("over the limit", got.Problem.ReasonEn, StringComparison.Ordinal);
                }
            }

            Assert.True(read.Value.Rows.Select(r => r.RowNumber).SequenceEqual(read.Value.Rows.Select(r => r.RowNumber).Order()));
        }, iter: 300 * s_scale);
    }, TestContext.Current.CancellationToken);

    /// <summary>Reads every row; null when the file is rejected with <see cref="SourceFileException"/>.</summary>
    private static (string? Encoding, List<SourceRow> Rows)? ReadAll(string path, TableReadOptions? options = null)
    {
        try
        {
            using var reader = TableReaders.Open(path, options);
            var rows = new List<SourceRow>();
            foreach (var row in reader.ReadRows())
            {
                Assert.Equal(reader.Header.Count, row.Cells.Length);
                rows.Add(row);
            }

            return (reader.Encoding, rows);
        }
        catch (SourceFileException e)
        {
            Assert.False(string.IsNullOrEmpty(e.MessageZh));
            Assert.False(string.IsNullOrEmpty(e.MessageEn));
            Assert.Equal(path, e.Path);
            return null;
        }
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
