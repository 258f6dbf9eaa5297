using System.Text;

namespace Insights.Warehouse.Tests.Bulk;

/// <summary>
/// Differential fuzzing of the bulk path: mutated score files land identically by the bulk path and row by row,
/// whether the bulk path takes a file or gives it back.
/// </summary>
public sealed class BulkFuzzTests(ITestOutputHelper output)
{
    private const int Files = 60;
    private const int Seed = 1616;

    // What a mutation may put in: separators, quotes, line breaks, blanks (ASCII and Unicode), control and
    // undecodable characters, digits in both widths, letters, Chinese.
    private static readonly string[] s_alphabet = [",", "\"", "\n", "\r", "\r\n", " ", "\t", "\u3000", "\u00A0", "\0", "\u0001", "é", "中", "0", "9", "-", ".", "x", "１", "\uFFFD", "\u2028", "e", "+"];

    /// <summary>
    /// Proves: 60 files (seed 1616), each the drawn 150-row file of <see cref="BulkIdentityTests"/> with one to six random
    /// mutations (a character replaced by one of separators, quotes, line breaks, blanks, control or undecodable
    /// characters, digits, letters; a character deleted; a line doubled; a blank line inserted), land with the same
    /// status, counts, seasons, warnings, score rows and quarantine rows by the bulk path (or its fallback) as row by
    /// row; and the fuzzing exercises both: some files are taken by the bulk path, some given back.
    /// </summary>
    [Fact]
    public async Task Mutated_files_land_the_same_by_either_path()
    {
        var random = new Random(Seed);
        using var work = new Support.TempDirectory("bulk-fuzz");
        int taken = 0, givenBack = 0;
        for (var i = 0; i < Files; i++)
        {
            var text = Mutate(BulkIdentityTests.Draw(random, 150), random);
            var csv = work.Combine($"f{i:00}", "scores.csv");
            Directory.CreateDirectory(Path.GetDirectoryName(csv)!);
            File.WriteAllText(csv, text, new UTF8Encoding(false));
            var rows = await BulkIdentityTests.LandAnyAsync(csv, work.Combine($"f{i:00}", "rows"), long.MaxValue);
            var bulk = await BulkIdentityTests.LandAnyAsync(csv, work.Combine($"f{i:00}", "bulk"), 0);
            Assert.True(rows.Outcome.Status == bulk.Outcome.Status, $"file {i}: {rows.Outcome.Status} row by row, {bulk.Outcome.Status} bulk ({bulk.Outcome.ErrorEn})");
            if (bulk.Outcome.LandedBy == "bulk")
            {
                taken++;
            }
            else
            {
                givenBack++;
            }

            if (rows.Manifest is null || bulk.Manifest is null)
            {
                Assert.Equal(rows.Manifest is null, bulk.Manifest is null);
                continue;
            }

            Assert.Equal((rows.Outcome.RowsRead, rows.Outcome.RowsLanded, rows.Outcome.RowsQuarantined), (bulk.Outcome.RowsRead, bulk.Outcome.RowsLanded, bulk.Outcome.RowsQuarantined));
            Assert.Equal(rows.Manifest.Seasons, bulk.Manifest.Seasons);
            Assert.Equal(rows.Manifest.Warnings, bulk.Manifest.Warnings);
            foreach (var dataset in new[] { "score", "quarantine" })
            {
                var expected = BulkIdentityTests.Read((rows.Outcome, rows.Manifest, rows.Lake), dataset);
                var actual = BulkIdentityTests.Read((bulk.Outcome, bulk.Manifest, bulk.Lake), dataset);
                Assert.True(expected.SequenceEqual(actual), $"file {i} ({bulk.Outcome.LandedBy}; {bulk.Outcome.BulkFallback}), {dataset}: first difference at {FirstDifference(expected, actual)}");
            }
        }

        output.WriteLine($"{Files} files: {taken} taken by the bulk path, {givenBack} given back to the row path");
        Assert.True(taken >= 5, $"only {taken} files were taken by the bulk path");
        Assert.True(givenBack >= 5, $"only {givenBack} files were given back");
    }

    private static string FirstDifference(List<string> expected, List<string> actual)
    {
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            var e = i < expected.Count ? expected[i] : "(none)";
            var a = i < actual.Count ? actual[i] : "(none)";
            if (e != a)
            {
                return $"row {i}:\n rows: {e}\n bulk: {a}";
            }
        }

        return "(none)";
    }

    private static string Mutate(string text, Random random)
    {
        var b = new StringBuilder(text);
        var header = text.IndexOf('\n', StringComparison.Ordinal) + 1;    // the header stays: the file must stay a score file
        for (var m = random.Next(1, 7); m > 0; m--)
        {
            var at = random.Next(header, b.Length);
            switch (random.Next(4))
            {
                case 0:
                    b.Remove(at, 1).Insert(at, s_alphabet[random.Next(s_alphabet.Length)]);
                    break;
                case 1:
                    b.Remove(at, 1);
                    break;
                case 2:
                    var s = b.ToString();
                    var start = s.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1;
                    var end = s.IndexOf('\n', at);
                    b.Insert(start, s[start..(end < 0 ? s.Length : end + 1)]);
                    break;
                default:
                    b.Insert(b.ToString().LastIndexOf('\n', at) + 1, "\n");
                    break;
            }
        }

        return b.ToString();
    }
}
