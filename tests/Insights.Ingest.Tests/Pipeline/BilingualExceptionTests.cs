using Insights.Ingest.Converters;
using Insights.Ingest.Feeds;
using Insights.Ingest.Reading;
using Insights.Model;
using Insights.Model.Reference;

namespace Insights.Ingest.Tests.Pipeline;

/// <summary>
/// The errors that share <see cref="BilingualException"/> keep the messages they had: the expected texts are written
/// out by hand from the formats each class had before it shared the base.
/// </summary>
public sealed class BilingualExceptionTests
{
    [Fact]
    public void A_reference_data_error_names_file_row_and_column_before_both_languages()
    {
        var e = new ReferenceDataException("tracks.csv", 3, "code", "赛道编号重复", "duplicate track code");
        Assert.Equal("tracks.csv 第3行/row 3 列/column code: 赛道编号重复 / duplicate track code", e.Message);
        Assert.Equal(("tracks.csv 第3行/row 3 列/column code: 赛道编号重复", "duplicate track code"), (e.Zh, e.En));
        Assert.Equal(("赛道编号重复", "duplicate track code"), (e.MessageZh, e.MessageEn));
        Assert.Equal("stages.csv: 缺少文件 / missing file", new ReferenceDataException("stages.csv", null, null, "缺少文件", "missing file").Message);
    }

    [Fact]
    public void A_conversion_error_counts_lines()
    {
        var e = new ConversionException("judges.txt", 12, null, "分数不是数字", "the mark is not a number");
        Assert.Equal("judges.txt 第12行/line 12: 分数不是数字 / the mark is not a number", e.Message);
        Assert.IsAssignableFrom<BilingualException>(e);
    }

    [Fact]
    public void A_source_file_error_puts_the_place_in_brackets_in_each_language_and_escapes_it()
    {
        var e = new SourceFileException("a\u0007.csv", "表头为空", "empty header", 1, "名称");
        Assert.Equal("表头为空（文件 a\\x07.csv，第 1 行，列“名称”） / empty header (file a\\x07.csv, row 1, column \"名称\")", e.Message);
        Assert.Equal(("表头为空", "empty header"), (e.MessageZh, e.MessageEn));
        Assert.Equal("缺少文件（文件 b.csv） / missing file (file b.csv)", new SourceFileException("b.csv", "缺少文件", "missing file").Message);
    }

    [Fact]
    public void A_feed_error_is_both_languages_escaped()
    {
        var e = new FeedException("表头“x\u001B”无法识别", "header \"x\u001B\" not recognised") { NoFit = true };
        Assert.Equal("表头“x\\x1B”无法识别 / header \"x\\x1B\" not recognised", e.Message);
        Assert.Equal((e.Zh, e.En), (e.MessageZh, e.MessageEn));
        Assert.True(e.NoFit);
    }
}
