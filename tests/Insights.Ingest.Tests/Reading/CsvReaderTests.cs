using Insights.Ingest.Reading;

namespace Insights.Ingest.Tests.Reading;

public sealed class CsvReaderTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Reads_header_and_rows_with_file_line_numbers()
    {
        var path = _files.Write("scores.csv", "项目编号,得分,评分时间\r\nP1,86.5,2024-08-11 12:52\r\n\r\nP2,90,2024-08-12 09:00\r\n");
        using var reader = TableReaders.Open(path);
        Assert.Equal("csv", reader.Format);
        Assert.Equal("utf-8", reader.Encoding);
        Assert.Equal(["项目编号", "得分", "评分时间"], reader.Header);
        var rows = reader.ReadRows().ToList();
        Assert.Equal([2L, 4L], rows.Select(r => r.RowNumber));
        Assert.Equal(["P1", "86.5", "2024-08-11 12:52"], rows[0].Cells);
        Assert.Equal(["P2", "90", "2024-08-12 09:00"], rows[1].Cells);
        Assert.All(rows, r => Assert.Null(r.Problem));
        Assert.Equal(reader.Length, reader.BytesRead);
    }

    [Fact]
    public void Quoted_fields_keep_separators_quotes_and_line_breaks_and_rows_number_from_their_first_line()
    {
        var path = _files.Write("q.csv", "名称,说明,分\n\"A,1\",\"他说\"\"好\"\"\",1\n\"B\",\"第一行\r\n第二行\n第三行\",2\nC,plain,3\n");
        using var reader = TableReaders.Open(path);
        var rows = reader.ReadRows().ToList();
        Assert.Equal([2L, 3L, 6L], rows.Select(r => r.RowNumber));
        Assert.Equal(["A,1", "他说\"好\"", "1"], rows[0].Cells);
        Assert.Equal(["B", "第一行\r\n第二行\n第三行", "2"], rows[1].Cells);
        Assert.Equal(["C", "plain", "3"], rows[2].Cells);
        Assert.All(rows, r => Assert.Null(r.Problem));
    }

    [Theory]
    [InlineData('\t')]
    [InlineData(';')]
    public void Tab_and_semicolon_separators_are_detected_from_the_header(char separator)
    {
        var s = separator.ToString();
        var path = _files.Write("t.txt", $"赛道{s}得分{s}备注\n工业制造{s}88{s}a,b\n");
        using var reader = TableReaders.Open(path);
        Assert.Equal(["赛道", "得分", "备注"], reader.Header);
        Assert.Equal(["工业制造", "88", "a,b"], Assert.Single(reader.ReadRows()).Cells);
    }

    [Fact]
    public void Wrong_field_counts_are_row_problems_and_the_cells_are_kept()
    {
        var path = _files.Write("w.csv", "a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12,,\n13,14,15\n");
        using var reader = TableReaders.Open(path);
        var rows = reader.ReadRows().ToList();
        Assert.Equal(5, rows.Count);
        Assert.Null(rows[0].Problem);
        Assert.Equal(["4", "5", null], rows[1].Cells);
        Assert.Contains("fewer fields", rows[1].Problem!.ReasonEn, StringComparison.Ordinal);
        Assert.Contains("字段数少于表头", rows[1].Problem!.ReasonZh, StringComparison.Ordinal);
        Assert.Equal("4,5", rows[1].Problem!.Value);
        Assert.Equal("", rows[1].Problem!.Column);
        Assert.Equal(["6", "7", "8"], rows[2].Cells);
        Assert.Contains("more fields", rows[2].Problem!.ReasonEn, StringComparison.Ordinal);
        Assert.Null(rows[3].Problem); // trailing empty fields are separators, not data
        Assert.Equal(["13", "14", "15"], rows[4].Cells);
        Assert.Null(rows[4].Problem);
    }

    [Fact]
    public void Trailing_separator_on_the_header_is_not_a_column()
    {
        var path = _files.Write("t.csv", "a,b,\n1,2,\n");
        using var reader = TableReaders.Open(path);
        Assert.Equal(["a", "b"], reader.Header);
        var row = Assert.Single(reader.ReadRows());
        Assert.Equal(["1", "2"], row.Cells);
        Assert.Null(row.Problem);
    }

    [Fact]
    public void A_truncated_last_line_is_a_row_with_a_problem()
    {
        var path = _files.Write("cut.csv", "a,b,c\n1,2,3\n4,\"unfinished\nline");
        using var reader = TableReaders.Open(path);
        var rows = reader.ReadRows().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Null(rows[0].Problem);
        Assert.Equal(3, rows[1].RowNumber);
        Assert.Equal(["4", "unfinished\nline", null], rows[1].Cells);
        Assert.Equal("b", rows[1].Problem!.Column);
        Assert.Contains("unterminated quote", rows[1].Problem!.ReasonEn, StringComparison.Ordinal);
        Assert.Contains("引号未闭合", rows[1].Problem!.ReasonZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Cells_over_the_limit_are_truncated_and_reported()
    {
        var huge = new string('长', 50_000);
        var path = _files.Write("long.csv", $"a,b\n1,{huge}\n2,\"{huge}\"\n3,ok\n");
        using var reader = TableReaders.Open(path, new TableReadOptions(MaxCellLength: 1000));
        var rows = reader.ReadRows().ToList();
        Assert.Equal(3, rows.Count);
        foreach (var row in rows.Take(2))
        {
            Assert.Equal(1000, row.Cells[1]!.Length);
            Assert.Equal("b", row.Problem!.Column);
            Assert.Equal(RowProblem.MaxValueLength, row.Problem.Value.Length);
            Assert.Contains("50000", row.Problem.ReasonEn, StringComparison.Ordinal);
        }

        Assert.Null(rows[2].Problem);
    }

    [Fact]
    public void Formula_injection_looking_values_are_kept_verbatim()
    {
        string[] values = ["=cmd|' /C calc'!A0", "+1+1", "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3", "=HYPERLINK(\"http://x\",\"y\")"];
        var path = _files.Write("f.csv", "v\n" + string.Join("\n", values.Select(v => v.Contains('"', StringComparison.Ordinal) || v.Contains(',', StringComparison.Ordinal) ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : v)) + "\n");
        using var reader = TableReaders.Open(path);
        Assert.Equal(values, reader.ReadRows().Select(r => r.Cells[0]));
    }

    [Fact]
    public void Header_names_are_normalized()
    {
        var path = _files.Write("h.csv", "\uFEFF  项目\u3000 编号 ,ＳＣＯＲＥ（分）,Team\t Name\n1,2,3\n");
        using var reader = TableReaders.Open(path, new TableReadOptions(Encoding: "utf-8"));
        Assert.Equal(["项目 编号", "SCORE(分)", "Team Name"], reader.Header);
    }

    [Theory]
    [InlineData("a,b,a\n1,2,3\n", "duplicate header name")]
    [InlineData("a,ａ\n1,2\n", "duplicate header name")]
    [InlineData("a,,c\n1,2,3\n", "is empty")]
    [InlineData("", "no header row")]
    [InlineData("\n\n  \n", "no header row")]
    public void Bad_headers_are_file_errors(string text, string message)
    {
        var path = _files.Write("bad.csv", text);
        var e = Assert.Throws<SourceFileException>(() => TableReaders.Open(path));
        Assert.Contains(message, e.MessageEn, StringComparison.Ordinal);
        Assert.Equal(path, e.Path);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Contains(" / ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_only_file_has_no_rows()
    {
        var path = _files.Write("h.csv", "a,b\r\n");
        using var reader = TableReaders.Open(path);
        Assert.Empty(reader.ReadRows());
    }

    [Fact]
    public void Rows_can_be_read_once()
    {
        var path = _files.Write("once.csv", "a\n1\n");
        using var reader = TableReaders.Open(path);
        _ = reader.ReadRows().ToList();
        Assert.Throws<InvalidOperationException>(() => reader.ReadRows());
    }

    [Fact]
    public void Missing_files_and_zips_in_disguise()
    {
        var missing = Path.Combine(_files.Root, "nope.csv");
        var e = Assert.Throws<SourceFileException>(() => TableReaders.Open(missing));
        Assert.Contains("file not found", e.MessageEn, StringComparison.Ordinal);

        // An XLSX saved with a .csv name is read as the workbook it is.
        var xlsx = _files.Write("really.csv", XlsxBuilder.Build(sheet: XlsxBuilder.Sheet(XlsxBuilder.Row(1, XlsxBuilder.Inline("A1", "名称")), XlsxBuilder.Row(2, XlsxBuilder.Inline("A2", "x")))));
        using var reader = TableReaders.Open(xlsx);
        Assert.Equal("xlsx", reader.Format);
        Assert.Equal(["x"], Assert.Single(reader.ReadRows()).Cells);

        var xls = _files.Write("old.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0]);
        Assert.Contains("legacy .xls", Assert.Throws<SourceFileException>(() => TableReaders.Open(xls)).MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_extensions_are_sniffed()
    {
        using (var json = TableReaders.Open(_files.Write("export.dat", "[{\"a\":1}]")))
        {
            Assert.Equal("json", json.Format);
        }

        using var csv = TableReaders.Open(_files.Write("export", "a;b\n1;2\n"));
        Assert.Equal("csv", csv.Format);
        Assert.Equal(["a", "b"], csv.Header);
    }
}
