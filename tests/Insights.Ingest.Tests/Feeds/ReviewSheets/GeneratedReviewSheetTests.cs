using Insights.Generator.Review;
using Insights.Ingest.Reading;

namespace Insights.Ingest.Tests.Feeds.ReviewSheets;

/// <summary>
/// The generated 2,000-project workbook (<c>generate --review-sheet</c>) lands with every mark cell either landed or
/// quarantined, counted from the workbook with this test's own knowledge of its columns; the same seed gives the same
/// bytes.
/// </summary>
public sealed class GeneratedReviewSheetTests : IDisposable
{
    private readonly ReviewSheetIngest _ingest = new();

    public void Dispose() => _ingest.Dispose();

    [Fact]
    public async Task Every_mark_cell_of_the_generated_workbook_is_landed_or_quarantined()
    {
        var folder = Path.Combine(_ingest.Root, "gen");
        var files = ReviewSheetGenerator.Generate(new ReviewSheetOptions(folder, Path.Combine(folder, "truth"), 2000, 11));
        var path = Path.Combine(folder, "review.xlsx");
        Assert.Contains(files, f => f.Path == path && f.Rows == 2000);

        // The test's own reading: mark columns by their header words, numbers by a plain parse (full-width folded).
        long marks = 0, unreadable = 0, awards = 0;
        using (var reader = TableReaders.Open(path))
        {
            var header = reader.Header;
            var markColumns = Enumerable.Range(0, header.Count).Where(i => header[i].Contains("原始分", StringComparison.Ordinal) || header[i].Contains("复议分", StringComparison.Ordinal)).ToList();
            var award = header.ToList().IndexOf("奖项");
            Assert.Equal(5 + 5 + 3, markColumns.Count);
            foreach (var row in reader.ReadRows())
            {
                foreach (var c in markColumns)
                {
                    if (row.Cells[c] is { Length: > 0 } text)
                    {
                        var folded = new string([.. text.Select(ch => ch is >= '０' and <= '９' ? (char)(ch - '０' + '0') : ch)]);
                        if (double.TryParse(folded, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
                        {
                            marks++;
                        }
                        else
                        {
                            unreadable++;
                        }
                    }
                }

                awards += row.Cells[award] is "一等奖" or "二等奖" or "三等奖" ? 1 : 0;
            }
        }

        var (outcomes, lake) = await _ingest.RunAsync(path, "lake");

        var outcome = Assert.Single(outcomes);
        Assert.Equal(("review_sheet", "landed", 2000L, 2000L, 0L), (outcome.Feed, outcome.Status, outcome.RowsRead, outcome.RowsLanded, outcome.RowsQuarantined));
        Assert.True(unreadable > 0, "the generator plants absent marks (缺考)");
        Assert.Equal(unreadable, outcome.MarksQuarantined);
        var landed = await LakeRows.ReadAsync<LakeRows.ScoreRow>(lake, "score");
        Assert.Equal(marks, landed.Count);
        Assert.Equal(marks + awards, outcome.LakeRows);
        Assert.Equal(awards, (await LakeRows.ReadAsync<LakeRows.AwardRow>(lake, "award")).Count);
        Assert.Equal(ReviewSheetOptions.Stage1Pool + ReviewSheetOptions.Stage2Pool, landed.Select(m => m.Judge).Distinct().Count());
        Assert.Empty(landed.Where(m => m.Stage == "stage1").Select(m => m.Judge).Intersect(landed.Where(m => m.Stage == "stage2").Select(m => m.Judge)));
        Assert.InRange(landed.Count(m => m.Round == 1), 100, 500);
        Assert.Equal(350, landed.Where(m => m.Stage == "stage2").Select(m => m.Project).Distinct().Count());
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes_and_another_seed_other_marks()
    {
        byte[] Generate(string name, ulong seed)
        {
            var folder = Path.Combine(_ingest.Root, name);
            ReviewSheetGenerator.Generate(new ReviewSheetOptions(folder, Path.Combine(folder, "truth"), 200, seed));
            return File.ReadAllBytes(Path.Combine(folder, "review.xlsx"));
        }

        Assert.Equal(Generate("a", 5), Generate("b", 5));
        Assert.NotEqual(Generate("c", 5), Generate("d", 6));
        Assert.Equal(File.ReadAllBytes(Path.Combine(_ingest.Root, "a", "truth", "judges.csv")), File.ReadAllBytes(Path.Combine(_ingest.Root, "b", "truth", "judges.csv")));
    }
}
