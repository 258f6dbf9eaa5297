using Insights.Ingest.Feeds.Review.Sheets;

namespace Insights.Ingest.Tests.Feeds.ReviewSheets;

/// <summary>The header words of review sheets: stage markers, judge ordinals and fields, per-project columns.</summary>
public sealed class SheetWordsTests
{
    [Theory]
    [InlineData("专家一原始分", 0, 1, JudgeField.Score)]
    [InlineData("专家1编码", 0, 1, JudgeField.Id)]
    [InlineData("专家01标准分", 0, 1, JudgeField.Standard)]
    [InlineData("评委A复议分", 0, 1, JudgeField.Reconsidered)]
    [InlineData("评委乙得分", 0, 2, JudgeField.Score)]
    [InlineData("第三位专家姓名", 0, 3, JudgeField.Name)]
    [InlineData("专家十二原始分（二）", 2, 12, JudgeField.Score)]
    [InlineData("专家二编码(2)", 2, 2, JudgeField.Id)]
    [InlineData("第二轮专家一打分", 2, 1, JudgeField.Score)]
    [InlineData("复评专家三分数", 2, 3, JudgeField.Score)]
    [InlineData("专家一原始分（三）", 3, 1, JudgeField.Score)]
    [InlineData("Judge 1 ID", 0, 1, JudgeField.Id)]
    [InlineData("Judge 2 Reconsidered (Stage 2)", 2, 2, JudgeField.Reconsidered)]
    [InlineData("Expert 3 Standardized", 0, 3, JudgeField.Standard)]
    [InlineData("Reviewer B score (final)", 2, 2, JudgeField.Score)]
    [InlineData("J4 raw", 0, 4, JudgeField.Score)]
    [InlineData("Score 5", 0, 5, JudgeField.Score)]
    [InlineData("专家一", 0, 1, JudgeField.Bare)]
    public void A_judge_column_is_read_as_stage_ordinal_and_field(string header, int stage, int ordinal, JudgeField field)
    {
        var (s, rest) = SheetWords.StripStage(SheetWords.Fold(header));
        var judge = SheetWords.JudgeColumn(rest);

        Assert.Equal((stage, ordinal, field), (s, judge?.Ordinal ?? 0, judge?.Field ?? (JudgeField)(-1)));
    }

    [Theory]
    [InlineData("项目编号", ProjectField.Project)]
    [InlineData("Project ID", ProjectField.Project)]
    [InlineData("赛道", ProjectField.Track)]
    [InlineData("评审组", ProjectField.Panel)]
    [InlineData("初评总分", ProjectField.Total)]
    [InlineData("复评总分", ProjectField.Total)]
    [InlineData("名次", ProjectField.Rank)]
    [InlineData("拟获奖等级", ProjectField.Award)]
    [InlineData("序号", ProjectField.Sequence)]
    public void A_project_column_is_read_by_its_words(string header, ProjectField field)
    {
        var (_, rest) = SheetWords.StripStage(SheetWords.Fold(header));

        Assert.Null(SheetWords.JudgeColumn(rest));
        Assert.Equal(field, SheetWords.ProjectColumn(rest));
    }

    [Theory]
    [InlineData("专家编号")]
    [InlineData("评审组")]
    [InlineData("得分")]
    [InlineData("分组（二）")]
    [InlineData("辅助平均分")]
    public void Columns_of_other_exports_are_not_judge_columns(string header)
    {
        var (_, rest) = SheetWords.StripStage(SheetWords.Fold(header));

        Assert.Null(SheetWords.JudgeColumn(rest));
    }

    [Fact]
    public void A_header_with_one_judge_group_is_not_a_review_sheet_and_two_groups_are()
    {
        Assert.Null(SheetRecognizer.Recognise(["项目编号", "专家一编码", "专家一原始分", "总分"]));
        var layout = SheetRecognizer.Recognise(["项目编号", "分组", "专家一编码", "专家一原始分", "专家二编码", "专家二原始分", "总分", "专家一编码（二）", "专家一原始分（二）", "专家二编码（二）", "专家二原始分（二）", "排名", "奖项"]);

        Assert.NotNull(layout);
        Assert.Equal(["stage1", "stage2"], layout.Stages.Select(s => s.Label).ToList());
        Assert.Equal((1, 6, -1, -1), (layout.Stages[0].Panel, layout.Stages[0].Total, layout.Stages[0].Rank, layout.Stages[0].Award));
        Assert.Equal((-1, -1, 11, 12), (layout.Stages[1].Panel, layout.Stages[1].Total, layout.Stages[1].Rank, layout.Stages[1].Award));
        Assert.Equal((2, 3), (layout.Stages[0].Judges[0].Judge, layout.Stages[0].Judges[0].Score));
    }
}
