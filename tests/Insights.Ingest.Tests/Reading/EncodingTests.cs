using System.Text;
using Insights.Ingest.Reading;

namespace Insights.Ingest.Tests.Reading;

public sealed class EncodingTests : IDisposable
{
    private const string Text = "团队编号,姓名,所在单位,是否负责人\r\nJSTD000001,薛然飞,南通度越人工智能科技有限公司,是\r\nJSTD000002,欧阳䶮,镇江辰数云计算集团有限公司,否\r\n";

    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    public static TheoryData<string, string> Encodings => new()
    {
        { "utf-8", "utf-8" },
        { "utf-8-bom", "utf-8-bom" },
        { "gb18030", "gb18030" },
        { "utf-16le", "utf-16le" },
        { "utf-16be", "utf-16be" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Chinese_headers_and_values_in_every_encoding_are_detected(string written, string detected)
    {
        var encoding = written switch
        {
            "utf-8" => TempFiles.Utf8NoBom,
            "utf-8-bom" => TempFiles.Utf8Bom,
            "gb18030" => TempFiles.Gb18030,
            "utf-16le" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            _ => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        };
        using var reader = TableReaders.Open(_files.Write("people.csv", Text, encoding));
        Assert.Equal(detected, reader.Encoding);
        Assert.Equal(["团队编号", "姓名", "所在单位", "是否负责人"], reader.Header);
        var rows = reader.ReadRows().ToList();
        Assert.Equal(["JSTD000001", "薛然飞", "南通度越人工智能科技有限公司", "是"], rows[0].Cells);
        Assert.Equal("欧阳䶮", rows[1].Cells[1]); // 䶮 (U+4DAE) is a four-byte character in GB18030
        Assert.All(rows, r => Assert.Null(r.Problem));
    }

    [Fact]
    public void Gbk_files_are_read_as_gb18030_or_with_the_gbk_override()
    {
        const string Gbk = "赛道,评审组,得分\r\n工业制造,T01-PRE-01,74\r\n";
        var path = _files.Write("gbk.csv", Gbk, TempFiles.Gbk);
        using (var detected = TableReaders.Open(path))
        {
            Assert.Equal("gb18030", detected.Encoding); // GB18030 is a superset of GBK
            Assert.Equal(["赛道", "评审组", "得分"], detected.Header);
            Assert.Equal(["工业制造", "T01-PRE-01", "74"], Assert.Single(detected.ReadRows()).Cells);
        }

        using var forced = TableReaders.Open(path, new TableReadOptions(Encoding: "gbk"));
        Assert.Equal("gbk", forced.Encoding);
        Assert.Equal(["工业制造", "T01-PRE-01", "74"], Assert.Single(forced.ReadRows()).Cells);
    }

    [Fact]
    public void A_gb18030_file_whose_first_megabytes_are_ascii_is_still_recognised()
    {
        var builder = new StringBuilder("id,name\r\n");
        var i = 0;
        while (builder.Length < EncodingDetector.SampleBytes + 100_000)
        {
            builder.Append("ID").Append(i++).Append(",plain ascii name\r\n");
        }

        builder.Append("ID-last,王建\r\n");
        using var reader = TableReaders.Open(_files.Write("late.csv", builder.ToString(), TempFiles.Gb18030));
        Assert.Equal("gb18030", reader.Encoding);
        var last = reader.ReadRows().Last();
        Assert.Equal(["ID-last", "王建"], last.Cells);
        Assert.Null(last.Problem);
    }

    [Fact]
    public void A_few_damaged_bytes_in_utf8_are_row_problems_not_a_gb18030_guess()
    {
        var good = TempFiles.Utf8NoBom.GetBytes("姓名,城市\n王建,苏州市\n李四,南京市\n张三,无锡市\n");
        var bytes = good.ToList();
        var damaged = TempFiles.Utf8NoBom.GetBytes("赵六,").Concat(new byte[] { 0xE5, 0x8D }).Concat("\n"u8.ToArray());
        bytes.AddRange(damaged);
        bytes.AddRange(TempFiles.Utf8NoBom.GetBytes("钱七,常州市\n"));
        using var reader = TableReaders.Open(_files.Write("damaged.csv", [.. bytes]));
        Assert.Equal("utf-8", reader.Encoding);
        var rows = reader.ReadRows().ToList();
        Assert.Equal(5, rows.Count);
        Assert.All(rows.Where(r => r.RowNumber != 5), r => Assert.Null(r.Problem));
        var bad = rows.Single(r => r.RowNumber == 5);
        Assert.Equal("城市", bad.Problem!.Column);
        Assert.Contains("not valid in the file's encoding", bad.Problem.ReasonEn, StringComparison.Ordinal);
        Assert.Contains('\uFFFD', bad.Cells[1]!);
        Assert.Equal(["钱七", "常州市"], rows[^1].Cells);
    }

    [Fact]
    public void Utf16_without_a_byte_order_mark_is_rejected_naming_the_offset()
    {
        var path = _files.Write("utf16.csv", Encoding.Unicode.GetBytes("name,score\r\nabc,1\r\n"));
        var e = Assert.Throws<SourceFileException>(() => TableReaders.Open(path));
        Assert.Contains("unrecognised text encoding", e.MessageEn, StringComparison.Ordinal);
        Assert.Contains("无法识别的文件编码", e.MessageZh, StringComparison.Ordinal);
        Assert.Contains("byte offset 1", e.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_bytes_are_rejected()
    {
        var random = new Random(42);
        var bytes = new byte[64 * 1024];
        random.NextBytes(bytes);
        bytes[0] = (byte)'x'; // not a zip, not a byte-order mark
        var e = Assert.Throws<SourceFileException>(() => TableReaders.Open(_files.Write("random.csv", bytes)));
        Assert.Contains("unrecognised text encoding", e.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_encoding_names_are_argument_errors()
    {
        var path = _files.Write("a.csv", "a\n1\n");
        Assert.Throws<ArgumentException>(() => TableReaders.Open(path, new TableReadOptions(Encoding: "latin-9")));
    }
}
