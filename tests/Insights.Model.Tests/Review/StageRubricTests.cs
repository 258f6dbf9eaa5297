using Insights.Model.Reference;
using Insights.Model.Review;

namespace Insights.Model.Tests.Review;

public sealed class StageRubricTests
{
    private static readonly ReferenceCatalog s_catalog = ReferenceCatalog.Load("2024-JS");

    [Fact]
    public void Every_stage_totals_100_and_uses_the_five_criteria_the_notice_asks_for()
    {
        foreach (var stage in StageNames.All)
        {
            var rubric = s_catalog.Rubric(stage);
            Assert.Equal(100, rubric.MaxTotal, 9);
            Assert.Equal(["solution", "data_elements", "application_value", "business_model", "team"], rubric.Criteria.Select(c => c.Code));
        }
    }

    [Fact]
    public void Totals_match_a_hand_computation()
    {
        // Written review: 80·0.25 + 70·0.25 + 90·0.25 + 60·0.15 + 50·0.10 = 20 + 17.5 + 22.5 + 9 + 5 = 74.
        Assert.Equal(74, s_catalog.Rubric(Stage.PreliminaryWritten).Total([80, 70, 90, 60, 50]), 9);
        // On-site review (1-10): 8·2.5 + 7·2.5 + 9·2.5 + 6·1.5 + 5·1 = 20 + 17.5 + 22.5 + 9 + 5 = 74.
        Assert.Equal(74, s_catalog.Rubric(Stage.PreliminaryOnsite).Total([8, 7, 9, 6, 5]), 9);
        // Final roadshow (points): 20 + 18 + 22 + 9 + 5 = 74.
        Assert.Equal(74, s_catalog.Rubric(Stage.FinalRoadshow).Total([20, 18, 22, 9, 5]), 9);
    }

    [Fact]
    public void A_wrong_number_of_marks_is_refused()
    {
        Assert.Throws<ArgumentException>(() => s_catalog.Rubric(Stage.FinalRoadshow).Total([1, 2, 3]));
    }

    [Fact]
    public void Stage_codes_round_trip()
    {
        foreach (var stage in StageNames.All)
        {
            Assert.True(StageNames.TryParse(stage.Code(), out var parsed));
            Assert.Equal(stage, parsed);
        }

        Assert.False(StageNames.TryParse("semi_final", out _));
    }
}
