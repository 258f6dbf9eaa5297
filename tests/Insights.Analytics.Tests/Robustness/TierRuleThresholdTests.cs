using Insights.Analytics.Robustness;

namespace Insights.Analytics.Tests.Robustness;

/// <summary><see cref="TierRule"/> with minimum scores (a rules file's <c>min_score</c>), worked out by hand.</summary>
public sealed class TierRuleThresholdTests
{
    [Fact]
    public void Minimum_scores_bound_the_tiers_and_counts_still_cap_them()
    {
        // Scores by project:       P0 91, P1 88, P2 85, P3 85, P4 79, P5 60.
        // First: at most 1, min 90 -> P0. Second: any number, min 84 -> P1, P2, P3 (P2 before P3 on the tie, both in).
        // Third: at most 1, min 70 -> P4. P5 is below every minimum: none.
        var rule = new TierRule([1, int.MaxValue, 1]) { MinScores = [90, 84, 70] };
        Assert.Equal([0, 1, 1, 1, 2, -1], rule.Assign([91, 88, 85, 85, 79, 60]));

        // Nobody reaches 90: the first tier stays empty and the best project is second.
        Assert.Equal([1, 1, 2, -1], rule.Assign([89, 86, 75, 50]));
    }

    [Fact]
    public void Counts_without_minimum_scores_are_unchanged()
    {
        // Three tiers of 1, 1, 2 over six projects by score descending, ties to the lower index: P1 (9), P0 and P2 (7).
        Assert.Equal([1, 0, 2, -1, 2, -1], new TierRule([1, 1, 2]).Assign([7, 9, 6, 1, 6, 2]));
    }
}
