using System.Globalization;
using Insights.Analytics.Reliability;

namespace Insights.Analytics.Tests.Reliability;

/// <summary>
/// <see cref="IntraclassCorrelation.ComputeIncomplete"/> and <see cref="IntraclassCorrelation.FromVarianceComponents"/>
/// against psych::ICC(x, lmer = TRUE, missing = FALSE) (psych 2.2.9, lme4 1.1-31, R 4.2.2) as written to
/// icc_incomplete_reference.csv by ReferenceData/Reliability/icc_incomplete_reference.R.
/// Precision: the formulas, fed psych's own variance components, to 1e-9 relative to max(1, |reference|) (what is left is
/// rounding and F quantiles). Our REML variance components against lme4 refitted with tight tolerances (good to ~1e-8)
/// to 1e-5 of the total variance: SeverityModel's Newton finish uses central differences with step 1e-3 in √θ, which
/// leaves about 1e-6..3e-6 relative error in the larger components and up to 1.5e-5 in a small σj². The whole result against psych to 1e-4 relative to max(1, |reference|),
/// because psych's lme4 fit stops when θ moves by less than 1e-4 relative (nloptr's default xtol_rel), which leaves up to
/// 1.8e-4 relative error in a small σj² (essay_mean4_mcar30).
/// </summary>
public sealed class IntraclassCorrelationIncompleteTests(ITestOutputHelper output)
{
    private static readonly string[] s_fields = ["ICC", "F", "df1", "df2", "p", "lower", "upper"];

    public static TheoryData<string> Incomplete => new() { "essay_style_panel5", "essay_mean4_mcar30", "synthetic_3of10" };

    public static TheoryData<string> All => new() { "essay_style_panel5", "essay_mean4_mcar30", "synthetic_3of10", "sf", "essay_style" };

    [Theory]
    [MemberData(nameof(All))]
    public void Formulas_given_psychs_variance_components_reproduce_psych(string dataset)
    {
        double V(string field) => IncompleteIccReference.Value(dataset, "psych_lmer", "variance", field);
        var result = IntraclassCorrelation.FromVarianceComponents(
            (int)IncompleteIccReference.Value(dataset, "psych_lmer", "dims", "n.obs"),
            (int)IncompleteIccReference.Value(dataset, "psych_lmer", "dims", "n.judge"),
            V("ID"),
            V("Items"),
            V("Residual"));
        Report(AssertMatches(dataset, "psych_lmer", result, 1e-9), dataset);
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Variance_components_match_tightly_fitted_lme4(string dataset)
    {
        var result = IntraclassCorrelation.ComputeIncomplete(Matrix(dataset));
        Assert.True(result.Converged);
        // Relative to the total variance σp² + σj² + σ², the scale the ICCs live on: a small σj² (0.0075) is flat in the
        // REML criterion and only good to ~1.5e-5 of itself.
        var expected = new[] { "ID", "Items", "Residual" }.Select(f => IncompleteIccReference.Value(dataset, "lme4_tight", "variance", f)).ToArray();
        double[] actual = [result.ProjectVariance, result.JudgeVariance, result.ResidualVariance];
        var total = expected.Sum();
        var worst = 0.0;
        for (var c = 0; c < 3; c++)
        {
            var relative = Math.Abs(actual[c] - expected[c]) / total;
            Assert.True(relative <= 1e-5, string.Create(CultureInfo.InvariantCulture, $"{dataset} component {c}: lme4 {expected[c]:R}, ours {actual[c]:R}, {relative:G3} of the total."));
            worst = Math.Max(worst, relative);
        }

        Report(worst, dataset);
    }

    [Theory]
    [MemberData(nameof(Incomplete))]
    public void Incomplete_matrices_match_psych_lmer(string dataset)
    {
        var scores = Matrix(dataset);
        var result = IntraclassCorrelation.ComputeIncomplete(scores);
        Assert.Equal(scores.GetLength(0), result.Icc.Projects);
        Assert.Equal(scores.GetLength(1), result.Icc.Judges);
        Assert.Equal((int)IncompleteIccReference.Value(dataset, "psych_lmer", "dims", "scores"), result.Scores);
        Report(AssertMatches(dataset, "psych_lmer", result.Icc, 1e-4), dataset);
    }

    [Theory]
    [InlineData("sf")]
    [InlineData("essay_style")]
    public void Complete_matrix_lmer_route_equals_anova_route(string dataset)
    {
        // REML on a balanced crossed design is the ANOVA estimator (both components are positive here), so the lmer
        // route equals the ANOVA route up to the REML optimizer's tolerance: 1e-5 for ours, 1e-4 for psych's.
        var scores = Matrix(dataset);
        var lmer = IntraclassCorrelation.ComputeIncomplete(scores).Icc;
        AssertMatches(dataset, "psych_aov", IntraclassCorrelation.Compute(scores), 1e-9);
        var worst = AssertMatches(dataset, "psych_aov", lmer, 1e-5);
        AssertMatches(dataset, "psych_lmer", lmer, 1e-4);
        Report(worst, dataset);
    }

    [Fact]
    public void Essay_cells_are_the_shared_dataset_scores()
    {
        var style = ReliabilityReference.Essays.Style;
        var mean4 = ReliabilityReference.Essays.Mean4;
        Assert.All(IncompleteIccReference.Cells("essay_style_panel5"), c => Assert.Equal(style[c.Project, c.Judge], c.Score));
        Assert.All(IncompleteIccReference.Cells("essay_mean4_mcar30"), c => Assert.Equal(mean4[c.Project, c.Judge], c.Score));
        Assert.All(
            Enumerable.Range(0, 372).Select(i => IncompleteIccReference.Cells("essay_style_panel5").Count(c => c.Project == i)),
            count => Assert.Equal(5, count));
    }

    [Fact]
    public void Closed_forms_of_the_variance_components()
    {
        double sp = 0.9, sj = 0.4, se = 0.5;
        const int K = 10;
        var r = IntraclassCorrelation.FromVarianceComponents(40, K, sp, sj, se);
        Assert.Equal(sp / (sp + sj + se), r.Icc2.Value, 14);
        Assert.Equal(sp / (sp + se), r.Icc3.Value, 14);
        Assert.Equal(sp / (sp + ((sj + se) / K)), r.Icc2k.Value, 14);
        Assert.Equal(sp / (sp + (se / K)), r.Icc3k.Value, 14);
        Assert.Equal(((K * sp) - sj) / ((K * sp) + (K * se) + ((K - 1) * sj)), r.Icc1.Value, 14);
        Assert.Equal(((K * sp) - sj) / ((K * sp) + se), r.Icc1k.Value, 14);

        // The estimates do not depend on n; judges = m gives the reliability of the mean of m judges (Spearman-Brown).
        var three = IntraclassCorrelation.FromVarianceComponents(7, 3, sp, sj, se);
        Assert.Equal(r.Icc2.Value, three.Icc2.Value, 14);
        Assert.Equal(3 * r.Icc2.Value / (1 + (2 * r.Icc2.Value)), three.Icc2k.Value, 14);
    }

    [Fact]
    public void Bad_arguments_are_rejected()
    {
        var sparse = Matrix("synthetic_3of10");
        Assert.Throws<ArgumentNullException>(() => IntraclassCorrelation.ComputeIncomplete(null!));
        Assert.Throws<ArgumentException>(() => IntraclassCorrelation.ComputeIncomplete(new double[1, 3]));
        Assert.Throws<ArgumentOutOfRangeException>(() => IntraclassCorrelation.ComputeIncomplete(sparse, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => IntraclassCorrelation.ComputeIncomplete(sparse, 1));

        var infinite = (double[,])sparse.Clone();
        infinite[0, 0] = double.PositiveInfinity;
        Assert.Throws<ArgumentException>(() => IntraclassCorrelation.ComputeIncomplete(infinite));

        // One score per project: as many scores as projects, which lme4 refuses too.
        var diagonal = new double[3, 3] { { 1, double.NaN, double.NaN }, { double.NaN, 2, double.NaN }, { double.NaN, double.NaN, 4 } };
        var error = Assert.Throws<ArgumentException>(() => IntraclassCorrelation.ComputeIncomplete(diagonal));
        Assert.Equal("scores", error.ParamName);

        Assert.Throws<ArgumentOutOfRangeException>(() => IntraclassCorrelation.FromVarianceComponents(1, 3, 1, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => IntraclassCorrelation.FromVarianceComponents(3, 1, 1, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => IntraclassCorrelation.FromVarianceComponents(3, 3, -1, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => IntraclassCorrelation.FromVarianceComponents(3, 3, 1, double.NaN, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => IntraclassCorrelation.FromVarianceComponents(3, 3, 1, 1, double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => IntraclassCorrelation.FromVarianceComponents(3, 3, 1, 1, 1, 1.5));
    }

    private static double[,] Matrix(string dataset) => dataset switch
    {
        "sf" => IntraclassCorrelationTests.ShroutFleiss,
        "essay_style" => ReliabilityReference.Essays.Style,
        _ => IncompleteIccReference.Matrix(dataset),
    };

    /// <summary>Asserts every field of every ICC; returns the largest deviation relative to max(1, |reference|).</summary>
    private static double AssertMatches(string dataset, string source, IccResult result, double tolerance)
    {
        var worst = 0.0;
        foreach (var estimate in result.All)
        {
            var type = estimate.Type.ToString().ToUpperInvariant().Replace("K", "k", StringComparison.Ordinal);
            double[] actual = [estimate.Value, estimate.F, estimate.Df1, estimate.Df2, estimate.PValue, estimate.LowerBound, estimate.UpperBound];
            for (var f = 0; f < s_fields.Length; f++)
            {
                var expected = IncompleteIccReference.Value(dataset, source, type, s_fields[f]);
                ReliabilityReference.AssertClose(expected, actual[f], tolerance, $"{dataset} {source} {type} {s_fields[f]}");
                worst = Math.Max(worst, Math.Abs(actual[f] - expected) / Math.Max(1, Math.Abs(expected)));
            }
        }

        return worst;
    }

    private void Report(double worst, string dataset) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{dataset}: largest deviation {worst:G3}"));
}
