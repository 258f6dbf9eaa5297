using Insights.Analytics.Rasch;
using MathNet.Numerics.Statistics;
using static Insights.Analytics.Tests.Rasch.RaschSimulation;

namespace Insights.Analytics.Tests.Rasch;

/// <summary>
/// Recovery of known parameters from seeded simulations generated here (source: the model itself, see
/// <see cref="RaschSimulation"/>): 200 projects x 12 judges x 4 criteria, 5 categories (9,600 ratings).
/// Precision: correlations with the truth, mean fit statistics and planted misfit, at the thresholds stated in each test.
/// </summary>
public sealed class ManyFacetRaschRecoveryTests
{
    private const int CentralJudge = 3;
    private const int NoisyJudge = 8;

    [Fact]
    public void Well_fitting_data_recover_the_parameters_with_fit_near_one()
    {
        var data = Generate(seed: 20261125, projects: 200, judges: 12, criteria: 4, categories: 5);
        var result = ManyFacetRasch.Fit(data.Observations, 200, 12, 4);
        var output = TestContext.Current.TestOutputHelper;

        Assert.True(result.Convergence.Converged);
        var judgeR = Correlation.Pearson(data.Severities, Measures(result.Judges));
        var projectR = Correlation.Pearson(data.Abilities, Measures(result.Projects));
        output?.WriteLine($"judge r = {judgeR:F4}, project r = {projectR:F4}, iterations {result.Convergence.Iterations}");
        Assert.True(judgeR > 0.98, $"judge severity r = {judgeR}");
        Assert.True(projectR > 0.95, $"project ability r = {projectR}");

        // Criteria and thresholds: within 0.15 logits of the truth (their SEs are about 0.03..0.06 here).
        for (var i = 0; i < 4; i++)
        {
            Assert.InRange(result.Criteria.Elements[i].Measure - data.Difficulties[i], -0.15, 0.15);
        }

        for (var k = 0; k < 4; k++)
        {
            Assert.InRange(result.Thresholds[k] - data.Thresholds[k], -0.15, 0.15);
        }

        foreach (var facet in new[] { result.Projects, result.Judges, result.Criteria })
        {
            var infit = facet.Elements.Where(e => !e.Extreme).Average(e => e.Infit);
            var outfit = facet.Elements.Where(e => !e.Extreme).Average(e => e.Outfit);
            output?.WriteLine($"{facet.Name}: mean infit {infit:F3}, mean outfit {outfit:F3}, separation {facet.Separation:F2}, reliability {facet.Reliability:F3}");
            Assert.InRange(infit, 0.9, 1.1);
            Assert.InRange(outfit, 0.9, 1.1);
        }

        // Judges and criteria fit the model: no |ZStd| beyond 3 among them.
        Assert.All(result.Judges.Elements.Concat(result.Criteria.Elements), e =>
        {
            Assert.InRange(e.InfitZStd, -3, 3);
            Assert.InRange(e.OutfitZStd, -3, 3);
        });
    }

    [Fact]
    public void Planted_central_tendency_and_noisy_judges_are_flagged()
    {
        var planted = new Dictionary<int, JudgeBehaviour> { [CentralJudge] = JudgeBehaviour.Central, [NoisyJudge] = JudgeBehaviour.Noisy };
        var data = Generate(seed: 7, projects: 200, judges: 12, criteria: 4, categories: 5, planted);
        var result = ManyFacetRasch.Fit(data.Observations, 200, 12, 4);
        var output = TestContext.Current.TestOutputHelper;
        foreach (var judge in result.Judges.Elements)
        {
            output?.WriteLine(
                $"judge {judge.Index,2}: truth {data.Severities[judge.Index],6:F3} measure {judge.Measure,6:F3} se {judge.StandardError:F3} " +
                $"infit {judge.Infit:F2} ({judge.InfitZStd:F1}) outfit {judge.Outfit:F2} ({judge.OutfitZStd:F1})");
        }

        Assert.True(result.Convergence.Converged);
        var judgeR = Correlation.Pearson(data.Severities, Measures(result.Judges));
        output?.WriteLine($"judge r (all 12) = {judgeR:F4}");
        Assert.True(judgeR > 0.98, $"judge severity r = {judgeR}");

        var central = result.Judges.Elements[CentralJudge];
        Assert.True(central.Infit < 0.8 && central.Outfit < 0.8, $"central judge infit {central.Infit}, outfit {central.Outfit}");
        Assert.True(central.InfitZStd < -2 && central.OutfitZStd < -2);

        var noisy = result.Judges.Elements[NoisyJudge];
        Assert.True(noisy.Infit > 1.3 && noisy.Outfit > 1.3, $"noisy judge infit {noisy.Infit}, outfit {noisy.Outfit}");
        Assert.True(noisy.InfitZStd > 2 && noisy.OutfitZStd > 2);

        var others = result.Judges.Elements.Where(e => e.Index is not CentralJudge and not NoisyJudge).ToArray();
        var meanInfit = others.Average(e => e.Infit);
        var meanOutfit = others.Average(e => e.Outfit);
        output?.WriteLine($"other judges: mean infit {meanInfit:F3}, mean outfit {meanOutfit:F3}");
        Assert.InRange(meanInfit, 0.8, 1.2);
        Assert.InRange(meanOutfit, 0.8, 1.2);
    }

    [Fact]
    public void Fair_averages_follow_the_measures_and_stay_on_the_score_scale()
    {
        var data = Generate(seed: 11, projects: 60, judges: 5, criteria: 4, categories: 5);
        var result = ManyFacetRasch.Fit(data.Observations, 60, 5, 4);
        var order = result.Projects.Elements.OrderBy(e => e.Measure).Select(e => result.FairAverages[e.Index]).ToArray();
        for (var n = 1; n < order.Length; n++)
        {
            Assert.True(order[n] >= order[n - 1] - 1e-12);
        }

        Assert.All(result.FairAverages, f => Assert.InRange(f, 0, 4));

        // Fair-M of a project at 0 logits with centred thresholds of a symmetric scale is the middle score.
        Span<double> p = stackalloc double[5];
        RaschCategoryModel.Probabilities(0, [-1.5, -0.5, 0.5, 1.5], p);
        Assert.Equal(2.0, (1 * p[1]) + (2 * p[2]) + (3 * p[3]) + (4 * p[4]), 12);
    }

    [Fact]
    public void Separation_statistics_follow_their_definitions()
    {
        var data = Generate(seed: 5, projects: 80, judges: 6, criteria: 4, categories: 4);
        var facet = ManyFacetRasch.Fit(data.Observations, 80, 6, 4).Projects;
        var g = facet.Separation;
        Assert.Equal(Math.Sqrt((facet.ObservedSD * facet.ObservedSD) - (facet.Rmse * facet.Rmse)), facet.TrueSD, 12);
        Assert.Equal(facet.TrueSD / facet.Rmse, g, 12);
        Assert.Equal(g * g / (1 + (g * g)), facet.Reliability, 12);
        Assert.Equal(((4 * g) + 1) / 3, facet.Strata, 12);
    }

    internal static double[] Measures(RaschFacet facet) => [.. facet.Elements.Select(e => e.Measure)];
}
