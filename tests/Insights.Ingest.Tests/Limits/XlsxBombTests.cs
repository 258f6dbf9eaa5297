namespace Insights.Ingest.Tests.Limits;

/// <summary>
/// The XLSX bombs of issue 12 at the default limits, through the real ingest: each is refused whole with a message in
/// both languages, and the good file beside it lands. Before the limits the shared-strings bomb landed after taking
/// 4 GB, the header bomb took 2.7 GB (peak memory of these runs: <see cref="PeakMemoryTests"/>).
/// </summary>
public sealed class XlsxBombTests : IDisposable
{
    private readonly BombFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_3_MB_shared_string_table_that_inflates_to_1_3_GB_is_refused_before_it_is_inflated()
    {
        InputBombs.SharedStrings(_folder.In("sst-bomb.xlsx"), 75_000_000);
        Assert.InRange(new FileInfo(_folder.In("sst-bomb.xlsx")).Length, 100_000, 4_000_000);

        var outcomes = await _folder.IngestAsync();

        BombFolder.AssertRefused(
            outcomes, "sst-bomb.xlsx",
            "zip 条目 xl/sharedStrings.xml 由", "the zip entry xl/sharedStrings.xml inflates from");
        var refused = Assert.Single(outcomes, o => o.File == "sst-bomb.xlsx");
        Assert.Contains("压缩炸弹", refused.ErrorZh, StringComparison.Ordinal);
        Assert.Contains("zip bomb (limit 100 : 1)", refused.ErrorEn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_header_row_of_40_million_cells_is_refused()
    {
        InputBombs.HeaderRow(_folder.In("header-bomb.xlsx"), 40_000_000);
        Assert.InRange(new FileInfo(_folder.In("header-bomb.xlsx")).Length, 100_000, 3_000_000);

        var outcomes = await _folder.IngestAsync();

        BombFolder.AssertRefused(
            outcomes, "header-bomb.xlsx",
            "zip 条目 xl/worksheets/sheet1.xml 由", "the zip entry xl/worksheets/sheet1.xml inflates from");
    }

    [Fact]
    public async Task A_header_row_of_100_000_cells_that_packs_as_a_sheet_does_is_refused_at_the_last_column()
    {
        // Cells of varied text compress as a real sheet does, under the ratio limit: the column limit stops the row.
        var random = new Random(12);
        InputBombs.Workbook(_folder.In("wide.xlsx"), s =>
        {
            using var writer = new StreamWriter(s);
            writer.Write($"<worksheet xmlns=\"{InputBombs.Main}\"><sheetData><row r=\"1\">");
            for (var i = 0; i < 100_000; i++)
            {
                writer.Write($"<c t=\"inlineStr\"><is><t>h{i}-{random.Next():x8}</t></is></c>");
            }

            writer.Write("</row></sheetData></worksheet>");
        });

        var outcomes = await _folder.IngestAsync();

        BombFolder.AssertRefused(
            outcomes, "wide.xlsx",
            "工作表“成绩”第 1 行的单元格 XFE1 超出最后一列（最多 16,384 列",
            "cell XFE1 in row 1 of the sheet \"成绩\" lies past the last column (at most 16,384 columns; Excel's last is XFD) (limit 16,384)");
    }
}
