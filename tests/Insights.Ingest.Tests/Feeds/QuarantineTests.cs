using System.Text;
using Insights.Ingest.Pipeline;

namespace Insights.Ingest.Tests.Feeds;

/// <summary>Bad rows of a real export layout are quarantined with the reason, good rows around them still land.</summary>
public sealed class QuarantineTests : IDisposable
{
    private static readonly byte[] s_key = "quarantine-tests-key-0123456789"u8.ToArray();
    private readonly string _root = Path.Combine(Path.GetTempPath(), "insights-quarantine-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private async Task<FileOutcome> IngestAsync(string fileName, string content, Encoding? encoding = null)
    {
        var source = Path.Combine(_root, "source");
        Directory.CreateDirectory(source);
        await File.WriteAllTextAsync(Path.Combine(source, fileName), content, encoding ?? new UTF8Encoding(false), TestContext.Current.CancellationToken);
        var outcomes = await new LakeIngestor(new IngestOptions(source, Path.Combine(_root, "lake"), "2024-JS", s_key)).IngestAsync(cancellationToken: TestContext.Current.CancellationToken);
        return Assert.Single(outcomes);
    }

    [Fact]
    public async Task Written_review_rows_with_each_kind_of_fault_are_quarantined_with_their_reason()
    {
        const string Header = "赛道,评审组,专家编号,项目编号,评分项,得分,评分时间\n";
        var rows = new[]
        {
            "工业制造,T01-PRE-01,EX00003,JS24-T01-00001,解决方案与关键技术,74,2024-08-11 12:52", // row 2: good
            "工业制造,T01-PRE-01,EX00003,JS24-T01-00001,数据要素利用,120,2024-08-11 12:52", // row 3: off the 0-100 scale
            "不存在的赛道,T01-PRE-01,EX00003,JS24-T01-00001,应用价值与成效,70,2024-08-11 12:52", // row 4: unknown track
            "工业制造,T01-PRE-01,,JS24-T01-00001,商业模式,70,2024-08-11 12:52", // row 5: judge missing
            "工业制造,T01-PRE-01,EX00003,JS24-T01-00001,解决方案与关键技术,75,2024-08-11 12:53", // row 6: repeats row 2's key
            "工业制造,T01-PRE-01,EX00003,JS24-T01-00001,颜值,70,2024-08-11 12:52", // row 7: not a rubric criterion
            "工业制造,T01-PRE-01,EX00003,JS24-T01-00001,团队能力,七十,2024-08-11 12:52", // row 8: not a number
            "工业制造,T01-PRE-01,EX00004,JS24-T01-00001,团队能力,=cmd|' /C calc'!A0,2024-08-11", // row 9: formula text as a score
            "工业制造,T01-PRE-01,EX00004,JS24-T01-00002,团队能力,66,2024年8月12日", // row 10: good (Chinese date)
        };

        var outcome = await IngestAsync("preliminary_written_scores.csv", Header + string.Join("\n", rows) + "\n");

        Assert.Equal("landed", outcome.Status);
        Assert.Equal(9, outcome.RowsRead);
        Assert.Equal(2, outcome.RowsLanded);
        Assert.Equal(7, outcome.RowsQuarantined);
        Assert.True(outcome.Balanced);
        var byRow = outcome.Samples.ToDictionary(s => s.Row);
        Assert.Equal([3L, 4, 5, 6, 7, 8, 9], byRow.Keys.Order());
        Assert.Contains("[0, 100]", byRow[3].ReasonEn, StringComparison.Ordinal);
        Assert.Equal("得分", byRow[3].Column);
        Assert.Contains("no such track", byRow[4].ReasonEn, StringComparison.Ordinal);
        Assert.Equal("专家编号", byRow[5].Column);
        Assert.Contains("required", byRow[5].ReasonEn, StringComparison.Ordinal);
        Assert.Contains("duplicate", byRow[6].ReasonEn, StringComparison.Ordinal);
        Assert.Contains("criterion", byRow[7].ReasonEn, StringComparison.Ordinal);
        Assert.Contains("not a number", byRow[8].ReasonEn, StringComparison.Ordinal);
        Assert.Equal("=cmd|' /C calc'!A0", byRow[9].Value);
        Assert.All(outcome.Samples, s => Assert.False(string.IsNullOrWhiteSpace(s.ReasonZh)));
        // Without registrations for the season, unknown projects are counted, not rejected.
        Assert.Contains(outcome.Warnings, w => w.StartsWith("W-SCORE-UNREGISTERED", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Gb18030_exports_land_like_utf8_ones()
    {
        const string Content = "团队编号,序号,姓名,手机号码,所在单位,职务,是否负责人\nJSTD000001,1,薛然飞,13302387835,南通度越人工智能科技有限公司,项目负责人,是\n";
        var outcome = await IngestAsync("representatives.csv", Content, Encoding.GetEncoding(54936));
        Assert.Equal("representatives", outcome.Feed);
        Assert.Equal(1, outcome.RowsLanded);
    }

    [Fact]
    public async Task The_same_file_twice_lands_once()
    {
        const string Content = "团队编号,团队名称,牵头单位,牵头单位统一社会信用代码\nJSTD000001,一队,南通度越人工智能科技有限公司,91320615133558542Y\n";
        var first = await IngestAsync("teams.csv", Content);
        var second = await IngestAsync("teams.csv", Content);
        Assert.Equal("landed", first.Status);
        Assert.Equal("unchanged", second.Status);
        Assert.Equal(first.BatchId, second.BatchId);
    }

    [Fact]
    public async Task A_file_that_is_not_a_spreadsheet_fails_alone_with_a_bilingual_message()
    {
        var source = Path.Combine(_root, "source");
        Directory.CreateDirectory(source);
        await File.WriteAllBytesAsync(Path.Combine(source, "awards.xlsx"), [0x50, 0x4B, 0x03, 0x04, 1, 2, 3], TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(source, "teams.csv"), "团队编号,团队名称,牵头单位\nJSTD000001,一队,某公司\n", TestContext.Current.CancellationToken);

        var outcomes = await new LakeIngestor(new IngestOptions(source, Path.Combine(_root, "lake"), "2024-JS", s_key)).IngestAsync(cancellationToken: TestContext.Current.CancellationToken);

        var failed = Assert.Single(outcomes, o => o.Status == "failed");
        Assert.Equal("awards.xlsx", failed.File);
        Assert.Contains("awards.xlsx", failed.ErrorEn, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(failed.ErrorZh));
        Assert.Equal(1, Assert.Single(outcomes, o => o.Status == "landed").RowsLanded);
    }
}
