using Insights.Ingest.Feeds;
using Insights.Ingest.Feeds.Layouts;
using Insights.Ingest.Reading;

namespace Insights.Ingest.Tests.Feeds.ReviewSheets;

/// <summary>
/// Layout files: the draft of <c>layout suggest</c> used as <c>--layout</c> lands exactly what recognition lands; the
/// header found below a title row; a layout naming a missing column fails naming the file, key and column; a long
/// sheet with unknown headers lands through a <c>columns</c> map.
/// </summary>
public sealed class LayoutFileTests : IDisposable
{
    private readonly ReviewSheetIngest _ingest = new();

    public void Dispose() => _ingest.Dispose();

    [Theory]
    [InlineData(false, "review.xlsx")]
    [InlineData(true, "review.csv")]
    public async Task The_suggested_layout_of_a_sheet_under_a_title_row_lands_the_same_marks_as_recognition(bool english, string name)
    {
        var path = ReviewFixture.Write(Path.Combine(_ingest.Root, "src"), name, ReviewFixture.Header(english, true), ReviewFixture.Rows(true), title: "2023年XX大赛评审结果");

        var yaml = LayoutSuggester.Suggest(path, new TableReadOptions());
        var layoutPath = Path.Combine(_ingest.Root, "layout.yaml");
        await File.WriteAllTextAsync(layoutPath, yaml, TestContext.Current.CancellationToken);
        var (recognised, recognisedLake) = await _ingest.RunAsync(path, "recognised");
        var (withLayout, layoutLake) = await _ingest.RunAsync(path, "layout", layout: LayoutFile.Load(layoutPath));

        Assert.Contains("header_row: 2", yaml, StringComparison.Ordinal);
        Assert.Contains("feed: review_sheet", yaml, StringComparison.Ordinal);
        Assert.Contains("# guessed: no panel column", yaml, StringComparison.Ordinal);
        Assert.Equal(("landed", 5L, 0L), (Assert.Single(recognised).Status, recognised[0].RowsLanded, recognised[0].MarksQuarantined));
        Assert.Equal(ReviewFixture.Expected(), await LakeRows.MarksAsync(recognisedLake));
        Assert.Equal(ReviewFixture.Expected(), await LakeRows.MarksAsync(layoutLake));
        var panels = async (string lake) => (await LakeRows.ReadAsync<LakeRows.ScoreRow>(lake, "score")).Select(r => (r.Project, r.Judge, r.Round, r.Panel, r.StandardScore, r.SourceColumn)).ToHashSet();
        Assert.Equal(await panels(recognisedLake), await panels(layoutLake));
        Assert.Equal(recognised[0].BatchId, Assert.Single(withLayout).BatchId);
    }

    [Fact]
    public async Task A_layout_naming_a_column_the_file_lacks_fails_naming_the_layout_the_key_and_the_column()
    {
        var path = ReviewFixture.Write(Path.Combine(_ingest.Root, "src"), "review.csv", ReviewFixture.Header(false, true), ReviewFixture.Rows(true));
        var layout = LayoutFile.Parse("""
            feed: review_sheet
            project: 项目编号
            stages:
              - stage: 初评
                judges:
                  - {judge: 专家一编码, score: 专家一原始分}
                  - {judge: 专家九编码, score: 专家九原始分}
            """, "my-layout.yaml");

        var (outcomes, _) = await _ingest.RunAsync(path, "lake", layout: layout);

        var outcome = Assert.Single(outcomes);
        Assert.Equal("failed", outcome.Status);
        Assert.Contains("my-layout.yaml", outcome.ErrorEn, StringComparison.Ordinal);
        Assert.Contains("stages[1].judges[2].judge", outcome.ErrorEn, StringComparison.Ordinal);
        Assert.Contains("专家九编码", outcome.ErrorZh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_layout_names_stages_maps_award_labels_and_lands_only_the_judges_it_lists()
    {
        var rows = ReviewFixture.Rows(true);
        rows[2][ReviewFixture.Header(false, true).IndexOf("奖项")] = "金牌";
        var path = ReviewFixture.Write(Path.Combine(_ingest.Root, "src"), "review.csv", ReviewFixture.Header(false, true), rows);
        var layout = LayoutFile.Parse("""
            feed: review_sheet
            project: 项目编号
            track: 全部
            criterion: 总体评价
            stages:
              - stage: 初评
                judges:
                  - {judge: 专家一编码, score: 专家一原始分}
              - stage: 决赛
                award: 奖项
                rank: 排名
                judges:
                  - {judge: 专家一编码（二）, score: 专家一原始分（二）}
            awards: {金牌: first}
            """, "layout.yaml");

        var (outcomes, lake) = await _ingest.RunAsync(path, "lake", layout: layout);

        Assert.Equal((5L, 0L), (Assert.Single(outcomes).RowsLanded, outcomes[0].MarksQuarantined));
        var marks = await LakeRows.MarksAsync(lake);
        Assert.Equal(8, marks.Count); // five stage-1 marks of 专家一, three stage-2 marks of 专家一（二）
        Assert.All(marks, m => Assert.Equal(("全部", "总体评价", 0L), (m.Track, m.Criterion, m.Round)));
        Assert.Equal(["决赛", "初评"], marks.Select(m => m.Stage).Distinct().Order(StringComparer.Ordinal).ToList());
        var awards = (await LakeRows.ReadAsync<LakeRows.AwardRow>(lake, "award")).Select(a => (a.Project, a.Tier, a.Stage)).OrderBy(a => a.Project).ToList();
        Assert.Equal([("P01", "first", "决赛"), ("P03", "first", "决赛")], awards);
    }

    [Fact]
    public async Task A_long_sheet_with_unknown_headers_lands_through_the_columns_map()
    {
        var folder = Path.Combine(_ingest.Root, "src");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "marks.csv");
        await File.WriteAllTextAsync(path, "阶段,组,评审组,评委,作品,指标,成绩\nstage1,A,G1,J01,P01,total,80\nstage1,A,G1,J02,P01,total,70\n", TestContext.Current.CancellationToken);
        var layout = LayoutFile.Parse("""
            {"feed": "scores_long", "columns": {"stage": "阶段", "track": "组", "panel_id": "评审组", "judge_id": "评委", "project_id": "作品", "criterion": "指标", "score": "成绩"}}
            """, "layout.json");

        var (unrecognised, _) = await _ingest.RunAsync(path, "plain");
        var (outcomes, lake) = await _ingest.RunAsync(path, "lake", layout: layout);

        Assert.Equal("failed", Assert.Single(unrecognised).Status);
        Assert.Equal(("scores_long", 2L), (Assert.Single(outcomes).Feed, outcomes[0].RowsLanded));
        Assert.Equal(
            [new LakeRows.Mark("stage1", "A", "J01", "P01", "total", 0, 80), new LakeRows.Mark("stage1", "A", "J02", "P01", "total", 0, 70)],
            (await LakeRows.MarksAsync(lake)).OrderBy(m => m.Judge).ToList());
    }

    [Fact]
    public void A_layout_without_a_feed_or_with_an_unknown_key_is_refused()
    {
        Assert.Contains("feed", Assert.Throws<FeedException>(() => LayoutFile.Parse("project: 项目编号\n", "a.yaml")).MessageEn, StringComparison.Ordinal);
        Assert.Contains("a.yaml", Assert.Throws<FeedException>(() => LayoutFile.Parse("feed: review_sheet\nprojetc: 项目编号\n", "a.yaml")).MessageEn, StringComparison.Ordinal);
    }
}
