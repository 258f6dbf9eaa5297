using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Insights.Ingest.Reading;
using static Insights.Ingest.Tests.Reading.XlsxBuilder;

namespace Insights.Ingest.Tests.Reading;

public sealed class XlsxReaderTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Reads_every_kind_of_cell()
    {
        var shared = SharedItem("项目编号") + SharedItem("得分")
            + "<si><r><t>富</t></r><r><t xml:space=\"preserve\">文本 </t></r><rPh sb=\"0\" eb=\"1\"><t>fu</t></rPh></si>"
            + SharedItem("第一行_x000D_\n第二行");
        var sheet = Sheet(
            Row(1, Shared("A1", 0), Shared("B1", 1), Inline("C1", "备注"), Inline("D1", "公式"), Inline("E1", "布尔")),
            Row(2, Inline("A2", "P1"), Number("B2", "86.5"), Shared("C2", 2), Formula("D2", "B2*2", "173"), Bool("E2", true)),
            Row(3, Inline("A3", "P2"), Formula("D3", "A3&\"x\"", "P2x", "str"), Bool("E3", false)),
            Row(4),
            Row(6, Inline("A6", "P3"), Number("C6", "1"), Formula("D6", "NOW()", null)),
            Row(7, Inline(null, "P4"), Number(null, "0.1"), Shared(null, 3), "<c t=\"e\"><v>#N/A</v></c>"));
        var path = _files.Write("cells.xlsx", Build(sheet, shared));
        using var reader = TableReaders.Open(path);
        Assert.Equal("xlsx", reader.Format);
        Assert.Null(reader.Encoding);
        Assert.Equal(["项目编号", "得分", "备注", "公式", "布尔"], reader.Header);
        var rows = reader.ReadRows().ToList();
        Assert.Equal([2L, 3L, 6L, 7L], rows.Select(r => r.RowNumber));
        Assert.Equal(["P1", "86.5", "富文本 ", "173", "true"], rows[0].Cells);
        Assert.Equal(["P2", null, null, "P2x", "false"], rows[1].Cells); // B3, C3 missing; a string formula's cached value
        Assert.Equal(["P3", null, "1", null, null], rows[2].Cells);      // a formula with no cached value is null
        Assert.Equal(["P4", "0.1", "第一行\r\n第二行", "#N/A", null], rows[3].Cells); // no r attributes: consecutive
        Assert.All(rows, r => Assert.Null(r.Problem));
    }

    [Fact]
    public void Date_styled_numbers_become_dates_and_plain_numbers_stay_as_written()
    {
        // Style 0 general, 1 built-in 14 (date), 2 custom date-time, 3 built-in 31 (yyyy"年"m"月"d"日"), 4 built-in 20 (h:mm).
        const string Styles = "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy/m/d\\ h:mm\"/></numFmts>"
            + "<cellXfs count=\"5\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"31\"/><xf numFmtId=\"20\"/></cellXfs>";
        var sheet = Sheet(
            Row(1, Inline("A1", "日期"), Inline("B1", "时间"), Inline("C1", "中文日期"), Inline("D1", "钟点"), Inline("E1", "数")),
            Row(2, Number("A2", "45459", 1), Number("B2", "45459.5", 2), Number("C2", "45527", 3), Number("D2", "0.5", 4), Number("E2", "45459", 0)));
        using var reader = TableReaders.Open(_files.Write("dates.xlsx", Build(sheet, styles: Styles)));
        // Hand-computed: 1899-12-30 + 45459 days = 2024-06-16; + 45527 days = 2024-08-23; .5 of a day is 12:00.
        Assert.Equal(["2024-06-16", "2024-06-16 12:00:00", "2024-08-23", "0.5", "45459"], Assert.Single(reader.ReadRows()).Cells);
    }

    [Fact]
    public void The_1904_date_system_is_respected_for_date_styles()
    {
        const string Styles = "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs>";
        var sheet = Sheet(Row(1, Inline("A1", "日期")), Row(2, Number("A2", "43997", 1)));
        using var reader = TableReaders.Open(_files.Write("1904.xlsx", Build(sheet, styles: Styles, date1904: true)));
        // 1904 serial 43997 = 1900 serial 43997 + 1462 = 45459 = 2024-06-16.
        Assert.Equal(["2024-06-16"], Assert.Single(reader.ReadRows()).Cells);
    }

    [Fact]
    public void Header_is_the_first_non_empty_row_and_extra_values_are_row_problems()
    {
        var sheet = Sheet(
            Row(1),
            Row(2, Inline("A2", " ")),
            Row(3, Inline("A3", "编号"), Inline("B3", "名称")),
            Row(4, Inline("A4", "1"), Inline("B4", "甲"), Inline("D4", "多出来的")),
            Row(5, Inline("A5", "2"), Inline("B5", "乙"), Inline("C5", "")),
            Row(6, Inline("A6", "3"), Inline("B6", "bad_x0001_")));
        using var reader = TableReaders.Open(_files.Write("header.xlsx", Build(sheet)));
        Assert.Equal(["编号", "名称"], reader.Header);
        var rows = reader.ReadRows().ToList();
        Assert.Equal(4, rows[0].RowNumber);
        Assert.Equal(["1", "甲"], rows[0].Cells);
        Assert.Contains("more fields", rows[0].Problem!.ReasonEn, StringComparison.Ordinal);
        Assert.Contains("多出来的", rows[0].Problem!.Value, StringComparison.Ordinal);
        Assert.Null(rows[1].Problem);
        Assert.Equal("名称", rows[2].Problem!.Column);
        Assert.Contains("control characters", rows[2].Problem!.ReasonEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Sheets_are_chosen_by_name()
    {
        var bytes = Build(sheets:
        [
            ("说明", Sheet(Row(1, Inline("A1", "这是说明")))),
            ("成绩", Sheet(Row(1, Inline("A1", "得分")), Row(2, Number("A2", "90")))),
        ]);
        var path = _files.Write("two.xlsx", bytes);
        using (var first = TableReaders.Open(path))
        {
            Assert.Equal(["这是说明"], first.Header);
        }

        using (var named = TableReaders.Open(path, new TableReadOptions(Sheet: "成绩")))
        {
            Assert.Equal(["90"], Assert.Single(named.ReadRows()).Cells);
        }

        var e = Assert.Throws<SourceFileException>(() => TableReaders.Open(path, new TableReadOptions(Sheet: "汇总")));
        Assert.Contains("成绩", e.MessageEn, StringComparison.Ordinal);
        Assert.Contains("找不到工作表", e.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_written_with_the_open_xml_sdk()
    {
        var path = Path.Combine(_files.Root, "sdk.xlsx");
        using (var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable(new SharedStringItem(new Text("姓名")), new SharedStringItem(new Text("王建")));
            var worksheet = workbook.AddNewPart<WorksheetPart>();
            worksheet.Worksheet = new Worksheet(new SheetData(
                new Row(new Cell { CellReference = "A1", DataType = CellValues.SharedString, CellValue = new CellValue("0") },
                        new Cell { CellReference = "B1", DataType = CellValues.InlineString, InlineString = new InlineString(new Text("年龄")) })
                { RowIndex = 1 },
                new Row(new Cell { CellReference = "A2", DataType = CellValues.SharedString, CellValue = new CellValue("1") },
                        new Cell { CellReference = "B2", CellValue = new CellValue("52") })
                { RowIndex = 2 }));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Name = "专家", SheetId = 1, Id = workbook.GetIdOfPart(worksheet) }));
        }

        using var reader = TableReaders.Open(path);
        Assert.Equal(["姓名", "年龄"], reader.Header);
        Assert.Equal(["王建", "52"], Assert.Single(reader.ReadRows()).Cells);
    }

    [Fact]
    public void Damaged_workbooks_are_file_errors()
    {
        var good = Build(Sheet(Row(1, Inline("A1", "a")), Row(2, Inline("A2", "1"))));
        var truncated = _files.Write("truncated.xlsx", good[..(good.Length / 2)]);
        Assert.Throws<SourceFileException>(() => TableReaders.Open(truncated));

        var notZip = _files.Write("text.xlsx", "a,b\n1,2\n");
        Assert.Contains("not a zip", Assert.Throws<SourceFileException>(() => TableReaders.Open(notZip)).MessageEn, StringComparison.Ordinal);

        using (var zip = new MemoryStream())
        {
            using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
            {
                using var entry = archive.CreateEntry("hello.txt").Open();
                entry.Write("hi"u8);
            }

            var noWorkbook = _files.Write("plain.zip", zip.ToArray());
            Assert.Throws<SourceFileException>(() => TableReaders.Open(noWorkbook));
        }

        var badIndex = _files.Write("index.xlsx", Build(Sheet(Row(1, Inline("A1", "a")), Row(2, Shared("A2", 7))), SharedItem("only")));
        using (var reader = TableReaders.Open(badIndex))
        {
            var e = Assert.Throws<SourceFileException>(() => reader.ReadRows().ToList());
            Assert.Equal(2, e.Row);
            Assert.Equal("a", e.Column);
        }

        // Valid zip, worksheet XML cut off after the first data row: the rows read so far are yielded, then the damage
        // is an exception (the caller discards the file's rows).
        var cut = Sheet(Row(1, Inline("A1", "a")), Row(2, Inline("A2", "1")), Row(3, Inline("A3", "2")));
        var cutXml = cut[..cut.IndexOf("<row r=\"3\">", StringComparison.Ordinal)] + "<row r=\"3\"><c r=\"A3\" t=\"inl";
        using (var reader = TableReaders.Open(_files.Write("cut.xlsx", Build(cutXml))))
        {
            var seen = new List<SourceRow>();
            Assert.Throws<SourceFileException>(() =>
            {
                foreach (var row in reader.ReadRows())
                {
                    seen.Add(row);
                }
            });
            Assert.Equal(["1"], Assert.Single(seen).Cells);
        }
    }

    [Fact]
    public void Empty_sheet_is_a_file_error()
    {
        var path = _files.Write("empty.xlsx", Build(Sheet(Row(1), Row(2, Inline("A2", "")))));
        Assert.Contains("no header row", Assert.Throws<SourceFileException>(() => TableReaders.Open(path)).MessageEn, StringComparison.Ordinal);
    }
}
