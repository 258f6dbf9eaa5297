using System.Text;
using Insights.Ingest.Reading;

namespace Insights.Ingest.Tests.Reading;

public sealed class JsonReaderTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Reads_the_data_array_of_a_site_export_with_the_union_of_keys()
    {
        const string Json = """
            {
              "meta": {"export": "公示期举报", "count": 3, "fields": ["a", {"x": [1, 2]}]},
              "data": [
                {"complaintId": "JB1", "score": 86.50, "hasEvidence": false, "evidenceFiles": [], "leader": {"name": "王建", "phone": "150"}},
                {"complaintId": "JB2", "score": -1e3, "hasEvidence": true, "evidenceFiles": ["a.pdf", "b.jpg"], "status": "已受理", "note": null},
                {"complaintId": "=cmd|' /C calc'!A0", "evidenceFiles": [1, true, null, {"k": "v"}, [2]], "leader": {"name": "李\"四\"\n"}}
              ],
              "footer": "ok"
            }
            """;
        using var reader = TableReaders.Open(_files.Write("complaints.json", Json));
        Assert.Equal("json", reader.Format);
        Assert.Equal("utf-8", reader.Encoding);
        Assert.Equal(["complaintId", "score", "hasEvidence", "evidenceFiles", "leader.name", "leader.phone", "status", "note"], reader.Header);
        var rows = reader.ReadRows().ToList();
        Assert.Equal([1L, 2L, 3L], rows.Select(r => r.RowNumber));
        Assert.Equal(["JB1", "86.50", "false", "", "王建", "150", null, null], rows[0].Cells);
        Assert.Equal(["JB2", "-1e3", "true", "a.pdf; b.jpg", null, null, "已受理", null], rows[1].Cells);
        Assert.Equal(["=cmd|' /C calc'!A0", null, null, "1; true; ; {\"k\": \"v\"}; [2]", "李\"四\"\n", null, null, null], rows[2].Cells);
        Assert.All(rows, r => Assert.Null(r.Problem));
    }

    [Theory]
    [InlineData("[{\"a\":1},{\"a\":2}]")]
    [InlineData("{\"rows\":[{\"a\":1},{\"a\":2}]}")]
    [InlineData("{\"meta\":{},\"items\":[{\"a\":1},{\"a\":2}]}")]
    [InlineData("{\"records\":[{\"a\":1},{\"a\":2}],}")]
    [InlineData("\uFEFF [ {\"a\":1} , {\"a\":2} ] \n")]
    public void Accepts_an_array_or_an_object_with_a_data_array(string json)
    {
        using var reader = TableReaders.Open(_files.Write("a.json", json));
        Assert.Equal(["a"], reader.Header);
        Assert.Equal(["1", "2"], reader.ReadRows().Select(r => r.Cells[0]));
    }

    [Fact]
    public void Non_objects_are_row_problems_and_empty_objects_are_skipped()
    {
        using var reader = TableReaders.Open(_files.Write("mixed.json", "[{\"a\":\"x\"}, 42, {}, {\"a\":null}, \"text\", {\"a\":\"y\"}]"));
        var rows = reader.ReadRows().ToList();
        Assert.Equal([1L, 2L, 5L, 6L], rows.Select(r => r.RowNumber));
        Assert.Null(rows[0].Problem);
        Assert.Equal("42", rows[1].Problem!.Value);
        Assert.Contains("not a JSON object", rows[1].Problem!.ReasonEn, StringComparison.Ordinal);
        Assert.Equal("\"text\"", rows[2].Problem!.Value);
        Assert.Equal(["y"], rows[3].Cells);
    }

    [Theory]
    [InlineData("{\"data\":[{\"a\":1},{\"a\":2}", "invalid or truncated JSON")]
    [InlineData("{\"data\":[{\"a\":1},{\"a\":", "invalid or truncated JSON")]
    [InlineData("[{\"a\":1},{\"a\" 2}]", "invalid or truncated JSON")]
    [InlineData("{\"meta\":{}}", "no data array")]
    [InlineData("{\"data\":{\"a\":1}}", "no data array")]
    [InlineData("42", "top level")]
    [InlineData("", "empty")]
    [InlineData("[{\"a\":1}] [", "invalid or truncated JSON")]
    [InlineData("[{\"a\":1,\"\":2}]", "is empty")]
    [InlineData("[{\"a\":1,\"ａ\":2}]", "duplicate header")]
    public void Damaged_json_fails_before_any_row(string json, string message)
    {
        var path = _files.Write("bad.json", json);
        var e = Assert.Throws<SourceFileException>(() => TableReaders.Open(path));
        Assert.Contains(message, e.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Damage_late_in_a_large_file_is_found_before_any_row_with_its_line()
    {
        var builder = new StringBuilder("{\"data\": [\n");
        for (var i = 0; i < 20_000; i++)
        {
            builder.Append("  {\"id\": ").Append(i).Append(", \"name\": \"名字").Append(i).Append("\"},\n");
        }

        builder.Append("  {\"id\": 1, \"name\": oops}\n]}");
        var e = Assert.Throws<SourceFileException>(() => TableReaders.Open(_files.Write("late.json", builder.ToString())));
        Assert.Contains("line 20002", e.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_data_array_has_no_header_and_no_rows()
    {
        using var reader = TableReaders.Open(_files.Write("none.json", "{\"meta\":{\"n\":0},\"data\":[]}"));
        Assert.Empty(reader.Header);
        Assert.Empty(reader.ReadRows());
    }

    [Fact]
    public void Gb18030_json_is_transcoded()
    {
        var path = _files.Write("gb.json", "[{\"姓名\":\"王建\",\"城市\":\"苏州市\"}]", TempFiles.Gb18030);
        using var reader = TableReaders.Open(path);
        Assert.Equal("gb18030", reader.Encoding);
        Assert.Equal(["姓名", "城市"], reader.Header);
        Assert.Equal(["王建", "苏州市"], Assert.Single(reader.ReadRows()).Cells);
    }

    [Fact]
    public void Huge_strings_are_truncated_and_escaped_control_characters_reported()
    {
        var huge = new string('字', 40_000);
        using var reader = TableReaders.Open(_files.Write("huge.json", $"[{{\"a\":\"{huge}\",\"b\":\"ok\"}},{{\"a\":\"x\\u0000y\",\"b\":\"\\ud800\"}}]"));
        var rows = reader.ReadRows().ToList();
        Assert.Equal(32767, rows[0].Cells[0]!.Length);
        Assert.Equal("a", rows[0].Problem!.Column);
        Assert.Contains("over the limit", rows[0].Problem!.ReasonEn, StringComparison.Ordinal);
        Assert.NotNull(rows[1].Problem);
        Assert.Contains("control characters", rows[1].Problem!.ReasonEn, StringComparison.Ordinal);
    }
}
