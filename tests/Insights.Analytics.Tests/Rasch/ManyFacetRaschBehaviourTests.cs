using Insights.Analytics.Rasch;
using static Insights.Analytics.Tests.Rasch.RaschSimulation;

namespace Insights.Analytics.Tests.Rasch;

/// <summary>
/// Documented behaviour of <see cref="ManyFacetRasch"/>: extreme scores, collapsed categories, the optional JMLE bias
/// correction and argument checks. Precision: 1e-9 logits where two fits must coincide.
/// </summary>
public sealed class ManyFacetRaschBehaviourTests
{
    [Fact]
    public void Extreme_projects_are_set_aside_then_measured_from_the_adjusted_score()
    {
        var data = Generate(seed: 3, projects: 50, judges: 4, criteria: 3, categories: 4);
        var baseline = ManyFacetRasch.Fit(data.Observations, 50, 4, 3);
        Assert.DoesNotContain(baseline.Projects.Elements, e => e.Extreme);

        // Add project 50 with every rating 3 (highest) and project 51 with every rating 0 (lowest).
        var extended = data.Observations.ToList();
        for (var j = 0; j < 4; j++)
        {
            for (var i = 0; i < 3; i++)
            {
                extended.Add(new RaschObservation(50, j, i, 3));
                extended.Add(new RaschObservation(51, j, i, 0));
            }
        }

        var result = ManyFacetRasch.Fit(extended, 52, 4, 3);
        var top = result.Projects.Elements[50];
        var bottom = result.Projects.Elements[51];
        Assert.True(top.Extreme && bottom.Extreme);
        Assert.True(double.IsNaN(top.Infit) && double.IsNaN(bottom.Outfit));

        // Set aside: every other estimate is the one without them.
        for (var j = 0; j < 4; j++)
        {
            Assert.Equal(baseline.Judges.Elements[j].Measure, result.Judges.Elements[j].Measure, 9);
        }

        Assert.Equal(baseline.Projects.Separation, result.Projects.Separation, 9);

        // Measured from the adjusted scores 36 - 0.3 and 0 + 0.3: beyond every other project, finite, with the expected score hit.
        var others = result.Projects.Elements.Take(50).Select(e => e.Measure).ToArray();
        Assert.True(top.Measure > others.Max() && double.IsFinite(top.Measure));
        Assert.True(bottom.Measure < others.Min() && double.IsFinite(bottom.Measure));
        Assert.Equal(36 - 0.3, top.ExpectedScore, 3);
        Assert.Equal(0.3, bottom.ExpectedScore, 3);
        Assert.True(top.StandardError > result.Projects.Rmse);
    }

    [Fact]
    public void Unobserved_scores_are_collapsed_and_a_linear_rescaling_changes_nothing()
    {
        var data = Generate(seed: 9, projects: 40, judges: 5, criteria: 2, categories: 3);
        var fit = ManyFacetRasch.Fit(data.Observations, 40, 5, 2);

        // Scores 0, 1, 2 written as 1, 3, 5 (2 and 4 never used): the same three categories.
        var spread = data.Observations.Select(o => o with { Score = 1 + (2 * o.Score) }).ToArray();
        var collapsed = ManyFacetRasch.Fit(spread, 40, 5, 2);
        Assert.Equal([1, 3, 5], collapsed.CategoryScores);
        Assert.Equal(fit.CategoryCounts, collapsed.CategoryCounts);
        for (var n = 0; n < 40; n++)
        {
            Assert.Equal(fit.Projects.Elements[n].Measure, collapsed.Projects.Elements[n].Measure, 9);
            Assert.Equal(1 + (2 * fit.FairAverages[n]), collapsed.FairAverages[n], 9);
        }
    }

    [Fact]
    public void Bias_correction_shrinks_judges_criteria_and_thresholds_by_L_minus_1_over_L()
    {
        var data = Generate(seed: 13, projects: 60, judges: 4, criteria: 2, categories: 4);
        // The correction is on by default; the raw JMLE estimates need BiasCorrection = false.
        var plain = ManyFacetRasch.Fit(data.Observations, 60, 4, 2, new RaschOptions { BiasCorrection = false });
        var corrected = ManyFacetRasch.Fit(data.Observations, 60, 4, 2);
        Assert.True(RaschOptions.Default.BiasCorrection);

        const double L = 8; // 4 judges x 2 criteria per project
        Assert.Equal(1.0, plain.Convergence.BiasCorrectionFactor);
        Assert.Equal((L - 1) / L, corrected.Convergence.BiasCorrectionFactor, 12);
        for (var j = 0; j < 4; j++)
        {
            Assert.Equal(plain.Judges.Elements[j].Measure * (L - 1) / L, corrected.Judges.Elements[j].Measure, 9);
        }

        for (var k = 0; k < 3; k++)
        {
            Assert.Equal(plain.Thresholds[k] * (L - 1) / L, corrected.Thresholds[k], 9);
        }

        // Projects re-estimated given the shrunk scale: still ordered by raw score.
        var byScore = corrected.Projects.Elements.OrderBy(e => e.ObservedScore).ThenBy(e => e.Measure).ToArray();
        for (var n = 1; n < byScore.Length; n++)
        {
            Assert.True(byScore[n].Measure >= byScore[n - 1].Measure - 1e-9);
        }
    }

    [Fact]
    public void Identification_centres_judges_criteria_and_thresholds()
    {
        var data = Generate(seed: 17, projects: 30, judges: 3, criteria: 3, categories: 5);
        var result = ManyFacetRasch.Fit(data.Observations, 30, 3, 3);
        Assert.Equal(0, result.Judges.Elements.Average(e => e.Measure), 9);
        Assert.Equal(0, result.Criteria.Elements.Average(e => e.Measure), 9);
        Assert.Equal(0, result.Thresholds.Sum(), 9);
        Assert.All(result.Projects.Elements, e => Assert.Equal(e.ObservedScore, e.ExpectedScore, 1));
    }

    [Fact]
    public void Bad_arguments_are_rejected()
    {
        RaschObservation[] two = [new(0, 0, 0, 1), new(0, 0, 0, 2), new(1, 0, 0, 2), new(1, 0, 0, 1)];
        Assert.Throws<ArgumentNullException>(() => ManyFacetRasch.Fit(null!, 2, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ManyFacetRasch.Fit(two, 0, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ManyFacetRasch.Fit(two, 1, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ManyFacetRasch.Fit(two, 2, 1, 1, new RaschOptions { MaxStep = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => ManyFacetRasch.Fit(two, 2, 1, 1, new RaschOptions { ExtremeScoreAdjustment = 1 }));

        var unrated = Assert.Throws<ArgumentException>(() => ManyFacetRasch.Fit(two, 2, 2, 1));
        Assert.Contains("judge with index 1 has no rating", unrated.Message, StringComparison.Ordinal);

        RaschObservation[] constant = [new(0, 0, 0, 2), new(1, 0, 0, 2)];
        Assert.Throws<ArgumentException>(() => ManyFacetRasch.Fit(constant, 2, 1, 1));

        RaschObservation[] allExtreme = [new(0, 0, 0, 1), new(1, 0, 0, 2)];
        var extreme = Assert.Throws<ArgumentException>(() => ManyFacetRasch.Fit(allExtreme, 2, 1, 1));
        Assert.Contains("extreme", extreme.Message, StringComparison.Ordinal);
    }
}
