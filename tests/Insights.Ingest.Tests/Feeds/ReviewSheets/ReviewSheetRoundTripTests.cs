using System.Text;

namespace Insights.Ingest.Tests.Feeds.ReviewSheets;

/// <summary>Every layout of the same review lands the same marks: (stage, track, judge, project, criterion, round, score).</summary>
public sealed class ReviewSheetRoundTripTests : IDisposable
{
    private readonly ReviewSheetIngest _ingest = new();

    private static Encoding Gb18030
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(54936);
        }
    }

    public void Dispose() => _ingest.Dispose();

    [Theory]
    [InlineData(false, "review.xlsx", null)]
    [InlineData(false, "review.csv", "utf-8")]
    [InlineData(false, "review.csv", "gb18030")]
    [InlineData(true, "review.xlsx", null)]
    [InlineData(true, "review.csv", "utf-8")]
    [InlineData(true, "review.csv", "gb18030")]
    public async Task A_two_stage_review_sheet_with_reconsidered_marks_lands_every_mark_with_its_round(bool english, string name, string? encoding)
    {
        var path = ReviewFixture.Write(Path.Combine(_ingest.Root, "src"), name, ReviewFixture.Header(english, twoStages: true), ReviewFixture.Rows(twoStages: true),
            encoding == "gb18030" ? Gb18030 : null);

        var (outcomes, lake) = await _ingest.RunAsync(path, "lake");

        var outcome = Assert.Single(outcomes);
        Assert.Equal(("review_sheet", "landed", 5L, 5L, 0L, 0L), (outcome.Feed, outcome.Status, outcome.RowsRead, outcome.RowsLanded, outcome.RowsQuarantined, outcome.MarksQuarantined));
        Assert.Equal(ReviewFixture.Expected(), await LakeRows.MarksAsync(lake));
    }

    [Fact]
    public async Task Reconsidered_marks_are_a_second_round_with_the_header_as_source_and_standard_marks_kept()
    {
        var path = ReviewFixture.Write(Path.Combine(_ingest.Root, "src"), "review.xlsx", ReviewFixture.Header(false, true), ReviewFixture.Rows(true));
        var (_, lake) = await _ingest.RunAsync(path, "lake");

        var rows = await LakeRows.ReadAsync<LakeRows.ScoreRow>(lake, "score");
        var original = Assert.Single(rows, r => r.Project == "P01" && r.Judge == "J02" && r.Round == 0);
        var again = Assert.Single(rows, r => r.Project == "P01" && r.Judge == "J02" && r.Round == 1);
        Assert.Equal(("专家二原始分", 69.5, null), (original.SourceColumn, original.StandardScore, original.RoundLabel));
        Assert.Equal(("专家二复议分", null, "复议", 74.0), (again.SourceColumn, again.StandardScore, again.RoundLabel, again.Score));
        Assert.Equal(2L, original.SourceRow);
        // No panel column for stage 2: the panel is the row's judges, sorted and joined.
        Assert.Equal("K01+K02", Assert.Single(rows, r => r.Project == "P01" && r.Judge == "K01").Panel);
        Assert.Equal("G1", original.Panel);
    }

    [Fact]
    public async Task A_one_stage_sheet_and_the_long_csv_land_the_same_marks_as_the_two_stage_sheet()
    {
        var oneStage = ReviewFixture.Write(Path.Combine(_ingest.Root, "one"), "review.csv", ReviewFixture.Header(false, false), ReviewFixture.Rows(false));
        var longCsv = ReviewFixture.WriteLong(Path.Combine(_ingest.Root, "long"));

        var (one, oneLake) = await _ingest.RunAsync(oneStage, "one-lake");
        var (longOutcomes, longLake) = await _ingest.RunAsync(longCsv, "long-lake");

        Assert.Equal("review_sheet", Assert.Single(one).Feed);
        Assert.Equal("scores_long", Assert.Single(longOutcomes).Feed);
        Assert.Equal(ReviewFixture.Expected(twoStages: false), await LakeRows.MarksAsync(oneLake));
        Assert.Equal(ReviewFixture.Expected(rounds: false), await LakeRows.MarksAsync(longLake));
    }

    [Fact]
    public async Task Awards_of_the_sheet_land_with_tier_stage_rank_and_label_and_no_award_lands_nothing()
    {
        var path = ReviewFixture.Write(Path.Combine(_ingest.Root, "src"), "review.csv", ReviewFixture.Header(true, true), ReviewFixture.Rows(true));
        var (_, lake) = await _ingest.RunAsync(path, "lake");

        var awards = (await LakeRows.ReadAsync<LakeRows.AwardRow>(lake, "award")).Select(a => (a.Project, a.Track, a.Tier, a.Stage, a.Rank, a.TierLabel, a.FinalScore)).OrderBy(a => a.Project).ToList();
        Assert.Equal([("P01", "智能制造", "first", "stage2", 1L, "一等奖", 87.0), ("P03", "医疗健康", "second", "stage2", 2L, "二等奖", 80.0)], awards);
    }

    [Fact]
    public async Task An_awards_file_of_an_outside_season_takes_the_new_tiers()
    {
        var folder = Path.Combine(_ingest.Root, "awards");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "awards.csv"), "赛道,项目编号,奖项\n智能制造,P01,特等奖\n智能制造,P05,优秀奖\n医疗健康,P03,金奖\n医疗健康,P04,纪念奖\n", TestContext.Current.CancellationToken);

        var (outcomes, lake) = await _ingest.RunAsync(folder, "lake");

        var outcome = Assert.Single(outcomes);
        Assert.Equal(("awards", 3L, 1L), (outcome.Feed, outcome.RowsLanded, outcome.RowsQuarantined));
        Assert.Equal("纪念奖", Assert.Single(outcome.Samples).Value);
        var tiers = (await LakeRows.ReadAsync<LakeRows.AwardRow>(lake, "award")).Select(a => (a.Project, a.Tier, a.TierLabel)).OrderBy(a => a.Project).ToList();
        Assert.Equal([("P01", "special", "特等奖"), ("P03", "first", "金奖"), ("P05", "merit", "优秀奖")], tiers);
    }
}
