using System.Globalization;
using System.Text;
using Insights.Ingest.Converters;

namespace Insights.Ingest.Tests.Converters;

public sealed class LongScoreCsvWriterTests
{
    private const string Header = "season,stage,track,panel,judge,project,criterion,score,max_score,scored_at,judge_group,project_group\n";

    [Fact]
    public void Writes_the_header_and_quotes_only_what_RFC_4180_requires()
    {
        var text = new StringWriter();
        using (var writer = new LongScoreCsvWriter(text))
        {
            writer.Write(new LongScoreRow("S", "short", "Cup, men", "say \"hi\"", "J 1", "p\n2", "components: Skating Skills", 8.75, 10, null, "", "RUS"));
            writer.Write(new LongScoreRow("S", "free", "t", "p", "j", "x", "elements #01: 3A", -3, 3, new DateTime(2017, 3, 29, 14, 5, 0), "JPN", null));
            Assert.Equal(2, writer.RowsWritten);
        }

        Assert.Equal(
            Header
            + "S,short,\"Cup, men\",\"say \"\"hi\"\"\",J 1,\"p\n2\",components: Skating Skills,8.75,10,,,RUS\n"
            + "S,free,t,p,j,x,elements #01: 3A,-3,3,2017-03-29T14:05:00,JPN,\n",
            text.ToString());
    }

    [Fact]
    public void Numbers_are_invariant_whatever_the_current_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var text = new StringWriter();
            using (var writer = new LongScoreCsvWriter(text))
            {
                writer.Write(new LongScoreRow("S", "s", "t", "p", "j", "x", "c", 1234.5, 0.1 + 0.2));
                writer.Write(new LongScoreRow("S", "s", "t", "p", "j", "y", "c", -0.0));
            }

            Assert.Equal(Header + "S,s,t,p,j,x,c,1234.5,0.30000000000000004,,,\nS,s,t,p,j,y,c,0,,,,\n", text.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Files_are_UTF8_without_BOM_and_the_folder_is_created()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"insights-writer-{Guid.NewGuid():N}");
        var path = Path.Combine(folder, "sub", "scores.csv");
        try
        {
            using (var writer = new LongScoreCsvWriter(path))
            {
                writer.Write(new LongScoreRow("赛季", "初赛", "赛道一", "评审组", "专家", "项目", "创新性", 9));
            }

            var bytes = File.ReadAllBytes(path);
            Assert.Equal((byte)'s', bytes[0]);
            Assert.Equal(Header + "赛季,初赛,赛道一,评审组,专家,项目,创新性,9,,,,\n", new UTF8Encoding(false, true).GetString(bytes));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Empty_required_values_and_non_finite_numbers_are_refused()
    {
        var text = new StringWriter();
        using var writer = new LongScoreCsvWriter(text);
        Assert.Throws<ArgumentException>(() => writer.Write(new LongScoreRow("S", "s", "t", "p", "", "x", "c", 1)));
        Assert.Throws<ArgumentException>(() => writer.Write(new LongScoreRow("S", "s", "t", "p", "j", "x", "c", double.NaN)));
        Assert.Throws<ArgumentException>(() => writer.Write(new LongScoreRow("S", "s", "t", "p", "j", "x", "c", 1, double.PositiveInfinity)));
        Assert.Equal(0, writer.RowsWritten);
        Assert.Equal(Header, text.ToString()); // a refused row leaves no partial line
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("a\"b", "\"a\"\"b\"")]
    [InlineData("a\r\nb", "\"a\r\nb\"")]
    [InlineData(" spaced ", " spaced ")]
    public void Quote_follows_RFC_4180(string value, string expected) => Assert.Equal(expected, LongScoreCsvWriter.Quote(value));
}
