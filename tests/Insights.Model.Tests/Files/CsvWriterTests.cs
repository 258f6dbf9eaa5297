using System.Text;
using Insights.Model.Files;
using nietras.SeparatedValues;

namespace Insights.Model.Tests.Files;

/// <summary>The shared CSV writer: one formula defusal, the BOM Excel needs, and text that a CSV reader reads back.</summary>
public sealed class CsvWriterTests
{
    /// <summary>
    /// Proves: cells a spreadsheet would run (= + - @ and a leading tab, OWASP's list) get an apostrophe; numbers,
    /// negative ones included, and ordinary text do not.
    /// </summary>
    [Theory]
    [InlineData("=SUM(A1:A2)", "'=SUM(A1:A2)")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("-1.5", "-1.5")]
    [InlineData("+3", "+3")]
    [InlineData("-Inf", "-Inf")]
    [InlineData("1E-05", "1E-05")]
    [InlineData("江苏-南京", "江苏-南京")]
    [InlineData("", "")]
    public void Formulas_are_defused_and_numbers_are_not(string cell, string expected) =>
        Assert.Equal(expected, CsvWriter.Defuse(cell));

    /// <summary>Proves: a cell with a comma, a quote or a line break is quoted with its quotes doubled (RFC 4180).</summary>
    [Fact]
    public void Cells_are_quoted_as_rfc_4180_says() =>
        Assert.Equal("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",'=1", CsvWriter.Line(["a", "b,c", "say \"hi\"", "two\nlines", "=1"]));

    /// <summary>Proves: the bytes start with EF BB BF (UTF-8's byte order mark) once, then the UTF-8 of the text.</summary>
    [Fact]
    public void Bytes_have_the_byte_order_mark_excel_needs()
    {
        var bytes = CsvWriter.Bytes("赛道\n");
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF, 0xE8, 0xB5, 0x9B, 0xE9, 0x81, 0x93, 0x0A }, bytes);

        var path = Path.GetTempFileName();
        try
        {
            CsvWriter.WriteFile(path, ["赛道"], [["T01"]]);
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, File.ReadAllBytes(path)[..3]);
            Assert.Equal("赛道\nT01\n", new UTF8Encoding(false).GetString(File.ReadAllBytes(path)[3..]));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// Proves: what the writer writes, Sep (an independent CSV reader) reads back: the same header and cells, quotes,
    /// commas, line breaks and Chinese intact, formulas with their apostrophe.
    /// </summary>
    [Fact]
    public void A_csv_reader_reads_back_the_same_cells()
    {
        string[] header = ["label", "说明", "value"];
        string?[][] rows =
        [
            ["苏州市", "含,逗号", "-1.5"],
            ["say \"hi\"", "两\n行", "3"],
            ["=HYPERLINK(\"x\")", null, "+4"],
        ];

        var csv = CsvWriter.Text(header, rows);

        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(csv);
        Assert.Equal(header, reader.Header.ColNames);
        var read = new List<string[]>();
        foreach (var row in reader)
        {
            var cells = new string[row.ColCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = row[i].ToString();
            }

            read.Add(cells);
        }

        Assert.Equal(
            [["苏州市", "含,逗号", "-1.5"], ["say \"hi\"", "两\n行", "3"], ["'=HYPERLINK(\"x\")", "", "+4"]],
            read);
    }
}
