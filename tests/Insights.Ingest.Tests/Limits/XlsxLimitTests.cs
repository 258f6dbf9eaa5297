using Insights.Ingest.Reading;
using static Insights.Ingest.Tests.Reading.XlsxBuilder;

namespace Insights.Ingest.Tests.Limits;

/// <summary>
/// Each XLSX limit of <see cref="TableReadOptions"/>, and the bounds of the XML underneath, checked while the workbook
/// is streamed: the file is refused whole with the limit, the sheet, row and cell where known, in both languages, and
/// the good file beside it lands. Where the ratio limit would refuse a test's workbook first, it is relaxed.
/// </summary>
public sealed class XlsxLimitTests : IDisposable
{
    private static readonly TableReadOptions s_anyRatio = new() { MaxXlsxCompressionRatio = int.MaxValue };
    private readonly BombFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Shared_strings_past_the_default_count_are_refused_as_they_are_read()
    {
        InputBombs.SharedStrings(_folder.In("many.xlsx"), 4_200_000);

        var outcomes = await _folder.IngestAsync(s_anyRatio);

        BombFolder.AssertRefused(outcomes, "many.xlsx", "共享字符串表的条目多于 4,194,304 个", "the shared string table has more than 4,194,304 items (limit 4,194,304)");
    }

    [Fact]
    public async Task Shared_strings_past_their_characters_in_all_are_refused()
    {
        InputBombs.SharedStrings(_folder.In("long.xlsx"), 200, $"<si><t>{new string('长', 100)}</t></si>");

        var outcomes = await _folder.IngestAsync(s_anyRatio with { MaxSharedStringChars = 10_000 });

        BombFolder.AssertRefused(outcomes, "long.xlsx", "共享字符串表的字符总数超过 10,000", "the shared string table has more than 10,000 characters in all (by item 108)");
    }

    [Fact]
    public async Task A_shared_string_longer_than_a_record_is_refused()
    {
        Write("one.xlsx", Build(Sheet(Row(1, Shared("A1", 0))), SharedItem("season") + SharedItem(new string('x', 2000))));

        var outcomes = await _folder.IngestAsync(new TableReadOptions { MaxRecordLength = 1000 });

        BombFolder.AssertRefused(outcomes, "one.xlsx", "共享字符串第 2 项长于 1,000 个字符", "shared string item 2 is longer than 1,000 characters");
    }

    [Fact]
    public async Task A_row_longer_than_a_record_is_refused_with_its_sheet_row_and_cell()
    {
        var cell = new string('y', 400);
        Write("row.xlsx", Build(Sheet(ScoreHeader, Row(2, Inline("A2", cell), Inline("B2", cell), Inline("C2", cell)))));

        var outcomes = await _folder.IngestAsync(new TableReadOptions { MaxRecordLength = 1000, MaxCellLength = 100 });

        var refused = BombFolder.AssertRefused(outcomes, "row.xlsx", "工作表“Sheet1”第 2 行（到单元格 C2 为止）长于 1,000 个字符", "row 2 of the sheet \"Sheet1\" is longer than 1,000 characters (by cell C2)");
        Assert.Contains("row.xlsx, row 2, column 'track'", refused.ErrorEn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_past_the_limit_are_refused()
    {
        Write("rows.xlsx", Build(Sheet([ScoreHeader, .. Enumerable.Range(2, 9).Select(ScoreRow)])));

        var outcomes = await _folder.IngestAsync(new TableReadOptions { MaxXlsxRows = 5 });

        BombFolder.AssertRefused(outcomes, "rows.xlsx", "工作表“Sheet1”的行数或行号超过 5", "the sheet \"Sheet1\" has more rows, or a higher row number, than 5");
    }

    [Fact]
    public async Task A_row_number_past_Excels_last_is_refused()
    {
        Write("far.xlsx", Build(Sheet(ScoreHeader, ScoreRow(2), ScoreRow(1_048_577))));

        var outcomes = await _folder.IngestAsync();

        BombFolder.AssertRefused(outcomes, "far.xlsx", "的行数或行号超过 1,048,576", "has more rows, or a higher row number, than 1,048,576");
    }

    [Fact]
    public async Task A_cell_in_Excels_last_column_is_read_and_one_past_it_is_refused()
    {
        Write("last.xlsx", Build(Sheet(ScoreHeader, Row(2, Number("A2", "1"), Number("XFD2", "2")))));
        Write("past.xlsx", Build(Sheet(ScoreHeader, Row(2, Number("A2", "1"), Number("XFE2", "2")))));

        var outcomes = await _folder.IngestAsync();

        BombFolder.AssertRefused(outcomes, "past.xlsx", "第 2 行的单元格 XFE2 超出最后一列", "cell XFE2 in row 2 of the sheet \"Sheet1\" lies past the last column");
        var last = Assert.Single(outcomes, o => o.File == "last.xlsx");
        Assert.Equal(("landed", 1L), (last.Status, last.RowsQuarantined));
        Assert.Contains("16384 fields", Assert.Single(last.Samples).ReasonEn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_inflated_bytes_of_a_workbook_are_counted_against_one_budget()
    {
        Write("big.xlsx", Build(Sheet([ScoreHeader, .. Enumerable.Range(2, 3000).Select(ScoreRow)])));

        var outcomes = await _folder.IngestAsync(new TableReadOptions { MaxXlsxUncompressedBytes = 50_000 });

        BombFolder.AssertRefused(outcomes, "big.xlsx", "工作簿的 XML 已超过", "the workbook's XML inflates to more than");
    }

    [Fact]
    public async Task A_tag_of_megabytes_is_refused_before_the_xml_reader_holds_it()
    {
        InputBombs.Workbook(_folder.In("tag.xlsx"), s => InputBombs.Repeat(
            s, $"<worksheet xmlns=\"{InputBombs.Main}\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\" x=\"", "a>'b", 2_000_000, "\"><is><t>a</t></is></c></row></sheetData></worksheet>"));

        var outcomes = await _folder.IngestAsync(s_anyRatio);

        BombFolder.AssertRefused(outcomes, "tag.xlsx", "中有一个标记（标签或 CDATA 段）长于 4,194,304 字节", "has a piece of markup (a tag or CDATA section) longer than 4,194,304 bytes");
    }

    [Fact]
    public async Task Deep_nesting_and_made_up_names_are_refused()
    {
        var deep = $"<worksheet xmlns=\"{InputBombs.Main}\"><sheetData>{string.Concat(Enumerable.Repeat("<x>", 100))}";
        Write("deep.xlsx", Build(deep));
        Write("names.xlsx", Build($"<worksheet xmlns=\"{InputBombs.Main}\"><sheetData>{string.Concat(Enumerable.Range(0, 5000).Select(i => $"<n{i}/>"))}</sheetData></worksheet>"));

        var outcomes = await _folder.IngestAsync();

        BombFolder.AssertRefused(outcomes, "deep.xlsx", "的 XML 元素嵌套超过 64 层", "nest deeper than 64 levels");
        BombFolder.AssertRefused(outcomes, "names.xlsx", "使用了超过 4,096 个不同的 XML 名称", "uses more than 4,096 distinct XML names");
    }

    [Fact]
    public async Task A_zip_of_more_entries_than_a_plain_zip_holds_is_refused_before_its_directory_is_read()
    {
        var bytes = Build(Sheet(Row(1, Inline("A1", "a"))));
        using (var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes), System.IO.Compression.ZipArchiveMode.Read))
        using (var file = File.Create(_folder.In("entries.xlsx")))
        using (var copy = new System.IO.Compression.ZipArchive(file, System.IO.Compression.ZipArchiveMode.Create))
        {
            foreach (var entry in zip.Entries)
            {
                using var from = entry.Open();
                using var to = copy.CreateEntry(entry.FullName).Open();
                from.CopyTo(to);
            }

            for (var i = zip.Entries.Count; i <= ushort.MaxValue; i++)
            {
                copy.CreateEntry($"xl/media/{i}.bin", System.IO.Compression.CompressionLevel.NoCompression).Open().Dispose();
            }
        }

        var outcomes = await _folder.IngestAsync();

        BombFolder.AssertRefused(outcomes, "entries.xlsx", "zip 包中有 65,536 个条目", "the zip package has 65,536 entries (limit 65,535)");
    }

    // The generic score header, so that the file is recognised and its rows are read.
    private static string ScoreHeader => Row(1, [.. "season,stage,track,panel,judge,project,criterion,score".Split(',').Select((n, i) => Inline($"{(char)('A' + i)}1", n))]);

    private static string ScoreRow(int r) => Row(r, [.. $"EXT-1,r1,T,P,J{r},X1,c,1".Split(',').Select((v, i) => Inline($"{(char)('A' + i)}{r}", v))]);

    private void Write(string name, byte[] bytes) => File.WriteAllBytes(_folder.In(name), bytes);
}
