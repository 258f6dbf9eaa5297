using Insights.Ingest.Feeds;
using Insights.Ingest.Reading;
using Insights.Ingest.Tests.Reading;
using Insights.Model.Reference;

namespace Insights.Ingest.Tests.Feeds;

public sealed class FeedRecognitionTests
{
    private static readonly FeedCatalog s_catalog = new(ReferenceCatalog.Load("2024-JS"));

    [Theory]
    [InlineData("reference/credit_blacklist.csv", "blacklist")]
    [InlineData("registration/units.xlsx", "units")]
    [InlineData("registration/teams.csv", "teams")]
    [InlineData("registration/representatives.csv", "representatives")]
    [InlineData("registration/projects.json", "projects")]
    [InlineData("reviews/judges.xlsx", "judges")]
    [InlineData("reviews/panels.csv", "panels")]
    [InlineData("reviews/preliminary_written_scores.csv", "scores_long")]
    [InlineData("reviews/preliminary_onsite_scores.csv", "scores_wide")]
    [InlineData("reviews/final_roadshow_scores.xlsx", "scores_wide")]
    [InlineData("awards/awards.xlsx", "awards")]
    [InlineData("complaints/complaints.json", "complaints")]
    public void Every_generated_export_is_recognised_as_its_feed(string file, string feed)
    {
        using var reader = TableReaders.Open(GeneratedSeasonFiles.Export(file));
        Assert.Equal(feed, s_catalog.Recognise(reader.Header, Path.GetFileName(file), null).Feed.Id);
    }

    [Fact]
    public void Wide_sheets_supersede_per_stage_so_onsite_and_final_sheets_do_not_replace_each_other()
    {
        using var onsite = TableReaders.Open(GeneratedSeasonFiles.Export("reviews/preliminary_onsite_scores.csv"));
        using var final = TableReaders.Open(GeneratedSeasonFiles.Export("reviews/final_roadshow_scores.xlsx"));
        var a = s_catalog.Recognise(onsite.Header, "preliminary_onsite_scores.csv", null);
        var b = s_catalog.Recognise(final.Header, "final_roadshow_scores.xlsx", null);
        Assert.Equal("scores_wide:preliminary_onsite", a.Feed.SupersedeKey(a));
        Assert.Equal("scores_wide:final_roadshow", b.Feed.SupersedeKey(b));
    }

    [Fact]
    public void English_and_chinese_headers_match_through_the_alias_table()
    {
        var english = s_catalog.Recognise(["Project ID", "team_id", "projectName", "Track", "problem_code"], "x.csv", null);
        var chinese = s_catalog.Recognise(["项目编号", "团队编号", "项目名称", "赛道", "赛题"], "x.csv", null);
        Assert.Equal("projects", english.Feed.Id);
        Assert.Equal("projects", chinese.Feed.Id);
        Assert.All(english.Columns.Take(6).Skip(1), c => Assert.True(c >= 0));
    }

    [Fact]
    public void A_header_that_fits_no_feed_names_the_nearest_and_what_it_lacks()
    {
        var e = Assert.Throws<FeedException>(() => s_catalog.Recognise(["项目编号", "团队编号", "项目名称", "赛道"], "x.csv", null));
        Assert.Contains("参赛项目", e.MessageZh, StringComparison.Ordinal);
        Assert.Contains("problem", e.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_score_sheet_without_a_stage_column_or_a_stage_in_its_name_is_refused()
    {
        var e = Assert.Throws<FeedException>(() => s_catalog.Recognise(["赛道", "评审组", "专家编号", "项目编号", "评分项", "得分"], "scores.csv", null));
        Assert.Contains("stage", e.MessageEn, StringComparison.Ordinal);
        Assert.Equal("scores_long", s_catalog.Recognise(["赛道", "评审组", "专家编号", "项目编号", "评分项", "得分"], "初赛书面评审.csv", null).Feed.Id);
    }

    [Fact]
    public void A_forced_feed_that_does_not_fit_says_which_columns_are_missing()
    {
        var e = Assert.Throws<FeedException>(() => s_catalog.Recognise(["赛道", "项目编号"], "x.csv", "awards"));
        Assert.Contains("tier", e.MessageEn, StringComparison.Ordinal);
    }
}
