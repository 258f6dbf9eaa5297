using System.Globalization;
using Insights.Analytics.Rasch;
using MathNet.Numerics.LinearAlgebra;
using static Insights.Analytics.Tests.Rasch.RaschSimulation;

namespace Insights.Analytics.Tests.Rasch;

/// <summary>
/// Standard errors of the Andrich thresholds and the Fair-M averages of judges and criteria. Source of the reference:
/// the definitions themselves, computed independently here (a numeric Hessian of the joint log-likelihood in a
/// sum-to-zero parameterization, against the analytic constrained information of <see cref="ManyFacetRasch"/>), and a
/// replication study (the spread of the estimates over seeded data sets of known parameters).
/// </summary>
public sealed class ManyFacetRaschThresholdTests
{
    /// <summary>
    /// F = F̂ + A φ with A's columns e_h - e_m (the sum-zero directions); the Hessian H of the profile -log L in φ
    /// (each project's measure re-maximized, judges and criteria at their estimates) by central differences (step
    /// 1e-3, error O(1e-6) relative); Cov(F̂) = A H⁻¹ Aᵀ. Agreement to 1e-4 relative.
    /// </summary>
    [Fact]
    public void Standard_errors_are_the_inverse_profile_information()
    {
        var data = Generate(seed: 21, projects: 80, judges: 5, criteria: 3, categories: 5);
        var result = ManyFacetRasch.Fit(data.Observations, 80, 5, 3);
        var m = result.Thresholds.Count;
        var active = data.Observations.Where(o =>
            !result.Projects.Elements[o.Project].Extreme && !result.Judges.Elements[o.Judge].Extreme && !result.Criteria.Elements[o.Criterion].Extreme).ToArray();
        var categoryOf = result.CategoryScores.Select((score, k) => (score, k)).ToDictionary(p => p.score, p => p.k);

        var byProject = active.GroupBy(o => o.Project).ToArray();

        // -log L at thresholds F̂ + A φ, each project's measure re-maximized (the profile likelihood), judges and
        // criteria held at their estimates.
        double NegativeLogLikelihood(double[] phi)
        {
            var f = result.Thresholds.ToArray();
            for (var h = 0; h < m - 1; h++)
            {
                f[h] += phi[h];
                f[m - 1] -= phi[h];
            }

            var p = new double[m + 1];
            var sum = 0.0;
            foreach (var ratings in byProject)
            {
                var offsets = ratings.Select(o => result.Judges.Elements[o.Judge].Measure + result.Criteria.Elements[o.Criterion].Measure).ToArray();
                var x = ratings.Select(o => categoryOf[o.Score]).ToArray();
                var b = result.Projects.Elements[ratings.Key].Measure;
                for (var iteration = 0; iteration < 50; iteration++)
                {
                    double score = 0, information = 0;
                    for (var r = 0; r < x.Length; r++)
                    {
                        RaschCategoryModel.Probabilities(b - offsets[r], f, p);
                        var e = p.Select((q, k) => q * k).Sum();
                        score += x[r] - e;
                        information += p.Select((q, k) => q * (k - e) * (k - e)).Sum();
                    }

                    b += score / information;
                    if (Math.Abs(score / information) < 1e-13)
                    {
                        break;
                    }
                }

                for (var r = 0; r < x.Length; r++)
                {
                    RaschCategoryModel.Probabilities(b - offsets[r], f, p);
                    sum -= Math.Log(p[x[r]]);
                }
            }

            return sum;
        }

        const double Step = 1e-3;
        var hessian = new double[m - 1, m - 1];
        for (var a = 0; a < m - 1; a++)
        {
            for (var b = 0; b < m - 1; b++)
            {
                double At(int da, int db)
                {
                    var phi = new double[m - 1];
                    phi[a] += da * Step;
                    phi[b] += db * Step;
                    return NegativeLogLikelihood(phi);
                }

                hessian[a, b] = (At(1, 1) - At(1, -1) - At(-1, 1) + At(-1, -1)) / (4 * Step * Step);
            }
        }

        var basis = Matrix<double>.Build.Dense(m, m - 1, (h, c) => h == c ? 1 : h == m - 1 ? -1 : 0);
        var covariance = basis * Matrix<double>.Build.DenseOfArray(hessian).Inverse() * basis.Transpose();
        var output = TestContext.Current.TestOutputHelper;
        for (var k = 0; k < m; k++)
        {
            var numeric = Math.Sqrt(covariance[k, k]);
            output?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"F{k + 1} = {result.Thresholds[k]:F4}: SE {result.ThresholdStandardErrors[k]:F6}, numeric {numeric:F6}"));
            Assert.Equal(numeric, result.ThresholdStandardErrors[k], numeric * 1e-4);
        }
    }

    /// <summary>
    /// 60 seeded data sets (101-160) of 100 projects x 6 judges x 3 criteria, 5 categories, thresholds -1.5..1.5: the
    /// standard deviation of each F̂_k over the replications against the mean reported SE. The SEs hold judges and
    /// criteria at their estimates (as every JMLE standard error does), so a ratio a little above 1 is expected; the SD
    /// of 60 replications is itself uncertain by about 9 %. Asserted within 0.75-1.4, a range set on seeds 201-260,
    /// which the test does not use: there the ratios were 1.24, 1.04, 0.94, 0.98 (with the projects held fixed
    /// instead of profiled out, the first version of these SEs, 1.40 for F1).
    /// </summary>
    [Fact]
    public void Standard_errors_match_the_spread_over_replications()
    {
        const int Replications = 60;
        var estimates = new double[Replications][];
        var errors = new double[Replications][];
        for (var r = 0; r < Replications; r++)
        {
            var data = Generate(seed: 101 + r, projects: 100, judges: 6, criteria: 3, categories: 5);
            var result = ManyFacetRasch.Fit(data.Observations, 100, 6, 3);
            estimates[r] = [.. result.Thresholds];
            errors[r] = [.. result.ThresholdStandardErrors];
        }

        var output = TestContext.Current.TestOutputHelper;
        for (var k = 0; k < 4; k++)
        {
            var values = estimates.Select(e => e[k]).ToArray();
            var mean = values.Average();
            var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (Replications - 1));
            var se = errors.Average(e => e[k]);
            output?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"F{k + 1}: mean {mean:F4}, SD over replications {sd:F4}, mean SE {se:F4}, ratio {sd / se:F3}"));
            Assert.InRange(sd / se, 0.75, 1.4);
        }
    }

    [Fact]
    public void Fair_averages_of_judges_and_criteria_put_the_other_facets_at_their_mean()
    {
        var data = Generate(seed: 11, projects: 60, judges: 5, criteria: 4, categories: 5);
        var result = ManyFacetRasch.Fit(data.Observations, 60, 5, 4);
        var mean = result.Projects.MeanMeasure;
        Span<double> p = stackalloc double[5];
        for (var j = 0; j < 5; j++)
        {
            RaschCategoryModel.Probabilities(mean - result.Judges.Elements[j].Measure, [.. result.Thresholds], p);
            Assert.Equal((1 * p[1]) + (2 * p[2]) + (3 * p[3]) + (4 * p[4]), result.JudgeFairAverages[j], 12);
        }

        // Harsher judges (severities spread -1..1 in the simulation) have lower fair averages; likewise harder criteria.
        var byJudgeSeverity = result.Judges.Elements.OrderBy(e => e.Measure).Select(e => result.JudgeFairAverages[e.Index]).ToArray();
        var byDifficulty = result.Criteria.Elements.OrderBy(e => e.Measure).Select(e => result.CriterionFairAverages[e.Index]).ToArray();
        Assert.True(byJudgeSeverity.Zip(byJudgeSeverity.Skip(1), (a, b) => a > b).All(x => x));
        Assert.True(byDifficulty.Zip(byDifficulty.Skip(1), (a, b) => a > b).All(x => x));
        Assert.All(result.JudgeFairAverages.Concat(result.CriterionFairAverages), f => Assert.InRange(f, 0, 4));
    }
}
