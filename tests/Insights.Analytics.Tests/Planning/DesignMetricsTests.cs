using Insights.Planning.Design;

namespace Insights.Analytics.Tests.Planning;

/// <summary>
/// The design's precision against hand computations. References (worked by hand, the formulas in
/// docs/methods/planning.md): for a balanced incomplete block design with v judges, blocks of k and concurrence λ the
/// information matrix is C = (λv/k)(I − J/v); for the Fano plane (v = 7, k = 3, λ = 1) C⁺ = (3/7)(I − J/7), so each
/// severity SE is √(3/7 · 6/7) = √(18/49) and a project's adjusted score has variance 1/3 + (3/7)(3 − 9/7)/9 = 1/3 + 4/49.
/// For a complete design (n judges all scoring P projects) C = P(I − J/n): SE √((n−1)/(nP)), project SE √(1/n).
/// </summary>
public sealed class DesignMetricsTests
{
    private static readonly int[][] s_fano = [[0, 1, 2], [0, 3, 4], [0, 5, 6], [1, 3, 5], [1, 4, 6], [2, 3, 6], [2, 4, 5]];

    [Fact]
    public void Fano_plane_matches_the_balanced_incomplete_block_design_formulas()
    {
        var q = DesignMetrics.Measure(7, s_fano);
        Assert.Equal(1, q.Components);
        Assert.Equal(Math.Sqrt(18.0 / 49), q.MeanSeveritySe, 12);
        Assert.Equal(Math.Sqrt(18.0 / 49), q.MaxSeveritySe, 12);
        Assert.Equal(Math.Sqrt(18.0 / 49), q.RmsSeveritySe, 12);
        // A BIBD has all non-zero eigenvalues equal: it reaches the bound.
        Assert.Equal(q.RmsSeveritySe, q.BoundSeveritySe, 12);
        Assert.Equal(Math.Sqrt((1.0 / 3) + (4.0 / 49)), q.MeanProjectSe, 12);
        Assert.Equal(1, q.MaxConcurrence);
        Assert.Equal(3, q.MinLoad);
        Assert.Equal(3, q.MaxLoad);
    }

    [Fact]
    public void Complete_design_matches_its_closed_forms()
    {
        int[][] seats = [.. Enumerable.Range(0, 10).Select(_ => new[] { 0, 1, 2, 3 })];
        var q = DesignMetrics.Measure(4, seats);
        Assert.Equal(Math.Sqrt(3.0 / 40), q.MeanSeveritySe, 12);
        Assert.Equal(0.5, q.MeanProjectSe, 12);
        // Two projects scored by the same judges share every severity, which cancels in their difference: Var = 1/4 + 1/4.
        Assert.Equal(Math.Sqrt(0.5), q.CutSe, 12);
        Assert.Equal(10, q.MaxConcurrence);
    }

    [Fact]
    public void Two_groups_that_share_no_judge_are_two_components_without_a_severity_se()
    {
        int[][] seats = [[0, 1], [1, 2], [3, 4], [4, 5]];
        var q = DesignMetrics.Measure(6, seats);
        Assert.Equal(2, q.Components);
        Assert.True(double.IsNaN(q.MeanSeveritySe));
    }

    [Fact]
    public void An_unbalanced_design_is_above_its_bound()
    {
        // Judge 0 is on every project, judge 3 only on one: the eigenvalues differ, so the bound is strict.
        int[][] seats = [[0, 1], [0, 2], [0, 1], [0, 3], [1, 2]];
        var q = DesignMetrics.Measure(4, seats);
        Assert.True(q.RmsSeveritySe > q.BoundSeveritySe * 1.01, $"{q.RmsSeveritySe} vs {q.BoundSeveritySe}");
    }
}
