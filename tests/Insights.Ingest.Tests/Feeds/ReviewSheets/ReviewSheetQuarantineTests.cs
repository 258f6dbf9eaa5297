namespace Insights.Ingest.Tests.Feeds.ReviewSheets;

/// <summary>
/// A mark that cannot be read is quarantined alone, with its row and column, and the rest of its row lands; a row
/// without a project id is quarantined whole; a review sheet is refused in a season with reference data.
/// </summary>
public sealed class ReviewSheetQuarantineTests : IDisposable
{
    private readonly ReviewSheetIngest _ingest = new();

    public void Dispose() => _ingest.Dispose();

    private string WriteSheet(Action<List<object?[]>> change, string name = "review.csv")
    {
        var rows = ReviewFixture.Rows(twoStages: true);
        change(rows);
        return ReviewFixture.Write(Path.Combine(_ingest.Root, "src"), name, ReviewFixture.Header(false, true), rows);
    }

    private static int Column(string header) => ReviewFixture.Header(false, true).IndexOf(header);

    [Theory]
    [InlineData("review.csv")]
    [InlineData("review.xlsx")]
    public async Task Unreadable_marks_are_quarantined_cell_by_cell_and_the_rest_of_their_rows_lands(string name)
    {
        var path = WriteSheet(rows =>
        {
            rows[0][Column("专家一原始分")] = "缺考"; // row 2
            rows[2][Column("专家二原始分（二）")] = "#DIV/0!"; // row 4
            rows[3][Column("专家三复议分")] = "abc"; // row 5
            rows[4][Column("专家一标准分")] = "n/a"; // row 6: the standardized mark; the mark itself lands without it
        }, name);

        var (outcomes, lake) = await _ingest.RunAsync(path, "lake");

        var outcome = Assert.Single(outcomes);
        Assert.Equal(("landed", 5L, 5L, 0L, 4L), (outcome.Status, outcome.RowsRead, outcome.RowsLanded, outcome.RowsQuarantined, outcome.MarksQuarantined));
        Assert.True(outcome.Balanced);
        var cells = (await LakeRows.ReadAsync<LakeRows.QuarantineRow>(lake, "quarantine")).OrderBy(q => q.SourceRow).ToList();
        Assert.Equal(
            [(2L, "专家一原始分", "缺考", "cell"), (4L, "专家二原始分(二)", "#DIV/0!", "cell"), (5L, "专家三复议分", "abc", "cell"), (6L, "专家一标准分", "n/a", "cell")],
            cells.Select(q => (q.SourceRow ?? 0, q.Column, q.Value, q.Scope)).ToList());
        Assert.All(cells, q => Assert.Contains("not a number", q.ReasonEn, StringComparison.Ordinal));
        Assert.Equal([2L, 4L, 5L, 6L], outcome.CellSamples.Select(s => s.Row).ToList());

        var expected = ReviewFixture.Expected();
        expected.RemoveWhere(m => (m.Project, m.Judge, m.Round) is ("P01", "J01", 0) or ("P03", "K02", 0));
        Assert.Equal(expected, await LakeRows.MarksAsync(lake));
        var marks = await LakeRows.ReadAsync<LakeRows.ScoreRow>(lake, "score");
        Assert.Null(Assert.Single(marks, m => m.Project == "P05" && m.Judge == "J01").StandardScore);
    }

    [Fact]
    public async Task A_row_without_a_project_id_is_quarantined_whole_and_an_unknown_award_alone()
    {
        var path = WriteSheet(rows =>
        {
            rows[1][Column("项目编号")] = null; // row 3
            rows[2][Column("奖项")] = "最佳人气奖"; // row 4
        });

        var (outcomes, lake) = await _ingest.RunAsync(path, "lake");

        var outcome = Assert.Single(outcomes);
        Assert.Equal((4L, 1L, 1L), (outcome.RowsLanded, outcome.RowsQuarantined, outcome.MarksQuarantined));
        var row = Assert.Single(outcome.Samples);
        Assert.Equal((3L, "项目编号"), (row.Row, row.Column));
        var cell = Assert.Single(outcome.CellSamples);
        Assert.Equal((4L, "奖项", "最佳人气奖"), (cell.Row, cell.Column, cell.Value));
        var scopes = (await LakeRows.ReadAsync<LakeRows.QuarantineRow>(lake, "quarantine")).Select(q => (q.SourceRow, q.Scope)).Order().ToList();
        Assert.Equal([(3L, "row"), (4L, "cell")], scopes);
        // P03's marks still landed; its award did not.
        var expected = ReviewFixture.Expected();
        expected.RemoveWhere(m => m.Project == "P02");
        Assert.Equal(expected, await LakeRows.MarksAsync(lake));
        Assert.Equal(["P01"], (await LakeRows.ReadAsync<LakeRows.AwardRow>(lake, "award")).Select(a => a.Project).ToList());
    }

    [Fact]
    public async Task Without_a_project_id_column_the_row_number_is_the_id_with_a_warning()
    {
        var header = ReviewFixture.Header(false, true);
        var keep = Enumerable.Range(0, header.Count).Where(i => header[i] != "项目编号").ToList();
        var path = ReviewFixture.Write(Path.Combine(_ingest.Root, "src"), "review.csv", [.. keep.Select(i => header[i])], [.. ReviewFixture.Rows(true).Select(r => keep.Select(i => r[i]).ToArray())]);

        var (outcomes, lake) = await _ingest.RunAsync(path, "lake");

        var outcome = Assert.Single(outcomes);
        Assert.Contains(outcome.Warnings, w => w.StartsWith("W-SHEET-ROW-ID", StringComparison.Ordinal));
        var projects = (await LakeRows.MarksAsync(lake)).Select(m => m.Project).ToHashSet();
        Assert.Equal(["row-2", "row-3", "row-4", "row-5", "row-6"], projects.Order().ToList());
    }

    [Fact]
    public async Task A_review_sheet_in_a_season_with_reference_data_is_refused_naming_the_season_option()
    {
        var path = WriteSheet(_ => { });

        var (outcomes, _) = await _ingest.RunAsync(path, "lake", season: "2024-JS");

        var outcome = Assert.Single(outcomes);
        Assert.Equal("failed", outcome.Status);
        Assert.Contains("--season", outcome.ErrorEn, StringComparison.Ordinal);
        Assert.Contains("--season", outcome.ErrorZh, StringComparison.Ordinal);
        Assert.Contains("2024-JS", outcome.ErrorEn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_judge_twice_in_a_stage_of_a_row_quarantines_the_second_mark()
    {
        var path = WriteSheet(rows => rows[0][Column("专家二编码")] = "J01");

        var (outcomes, _) = await _ingest.RunAsync(path, "lake");

        var outcome = Assert.Single(outcomes);
        Assert.Equal((0L, 1L), (outcome.RowsQuarantined, outcome.MarksQuarantined));
        Assert.Contains("second mark of the same judge", Assert.Single(outcome.CellSamples).ReasonEn, StringComparison.Ordinal);
    }
}
