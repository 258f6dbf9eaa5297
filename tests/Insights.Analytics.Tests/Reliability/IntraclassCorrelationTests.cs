using Insights.Analytics.Reliability;

namespace Insights.Analytics.Tests.Reliability;

/// <summary>
/// <see cref="IntraclassCorrelation"/> against psych::ICC (psych 2.2.9, R 4.2.2) as written to icc_reference.csv by
/// ReferenceData/Reliability/icc_reference.R. Precision: every ICC, F, df, p and bound to 1e-6 relative to
/// max(1, |reference|) against psych with lmer = FALSE (exact ANOVA); psych's default lmer = TRUE to 1e-4 only,
/// because its REML optimizer stops about 1e-6..1e-5 away from the exact ANOVA solution.
/// </summary>
public sealed class IntraclassCorrelationTests
{
    private const double Precision = 1e-6;

    /// <summary>Shrout and Fleiss (1979) Table 2: 6 targets x 4 judges (psych's <c>sf</c> example).</summary>
    internal static readonly double[,] ShroutFleiss =
    {
        { 9, 2, 5, 8 },
        { 6, 1, 3, 2 },
        { 8, 4, 6, 8 },
        { 7, 1, 2, 6 },
        { 10, 5, 6, 9 },
        { 6, 2, 4, 7 },
    };

    public static TheoryData<string> Datasets => new() { "sf", "essay_style", "essay_mean4" };

    [Theory]
    [MemberData(nameof(Datasets))]
    public void All_six_iccs_match_psych(string dataset)
    {
        var result = IntraclassCorrelation.Compute(Matrix(dataset));
        AssertMatches(dataset, "icc", result, Precision);
    }

    [Theory]
    [InlineData("sf")]
    [InlineData("essay_style")]
    public void Psych_default_lmer_agrees_to_optimizer_tolerance(string dataset)
    {
        var result = IntraclassCorrelation.Compute(Matrix(dataset));
        AssertMatches(dataset, "icc_lmer", result, 1e-4);
    }

    [Fact]
    public void Shrout_Fleiss_published_values()
    {
        // The two-decimal values Shrout and Fleiss (1979) report for this example (their Table 4, cited from the paper as
        // widely quoted; no copy of the paper was at hand): ICC(1,1) .17, ICC(2,1) .29, ICC(3,1) .71, ICC(1,4) .44,
        // ICC(2,4) .62, ICC(3,4) .91. The binding check is All_six_iccs_match_psych.
        var result = IntraclassCorrelation.Compute(ShroutFleiss);
        double[] published = [0.17, 0.29, 0.71, 0.44, 0.62, 0.91];
        for (var t = 0; t < 6; t++)
        {
            Assert.Equal(published[t], Math.Round(result.All[t].Value, 2));
        }
    }

    [Fact]
    public void Essay_style_single_rater_absolute_agreement_is_about_0_71()
    {
        // The datasets README: psych::ICC on the style domain gives ICC(A,1) of about 0.71.
        var result = IntraclassCorrelation.Compute(ReliabilityReference.Essays.Style);
        Assert.Equal(0.71, Math.Round(result.Icc2.Value, 2));
        Assert.Equal(372, result.Projects);
        Assert.Equal(21, result.Judges);
    }

    [Fact]
    public void Missing_scores_are_rejected_with_a_clear_message()
    {
        var scores = (double[,])ShroutFleiss.Clone();
        scores[2, 1] = double.NaN;
        var error = Assert.Throws<ArgumentException>(() => IntraclassCorrelation.Compute(scores));
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
        Assert.Equal("scores", error.ParamName);
    }

    [Fact]
    public void Bad_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => IntraclassCorrelation.Compute(null!));
        Assert.Throws<ArgumentException>(() => IntraclassCorrelation.Compute(new double[1, 3]));
        Assert.Throws<ArgumentException>(() => IntraclassCorrelation.Compute(new double[3, 1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => IntraclassCorrelation.Compute(ShroutFleiss, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => IntraclassCorrelation.Compute(ShroutFleiss, 1));
    }

    private static double[,] Matrix(string dataset) => dataset switch
    {
        "sf" => ShroutFleiss,
        "essay_style" => ReliabilityReference.Essays.Style,
        "essay_mean4" => ReliabilityReference.Essays.Mean4,
        _ => throw new ArgumentOutOfRangeException(nameof(dataset), dataset, null),
    };

    private static void AssertMatches(string dataset, string statistic, IccResult result, double tolerance)
    {
        foreach (var estimate in result.All)
        {
            var type = estimate.Type.ToString().ToUpperInvariant().Replace("K", "k", StringComparison.Ordinal);
            void Check(string field, double actual) =>
                ReliabilityReference.AssertClose(ReliabilityReference.Value(dataset, statistic, type, field), actual, tolerance, $"{dataset} {statistic} {type} {field}");

            Check("ICC", estimate.Value);
            Check("F", estimate.F);
            Check("df1", estimate.Df1);
            Check("df2", estimate.Df2);
            Check("p", estimate.PValue);
            Check("lower", estimate.LowerBound);
            Check("upper", estimate.UpperBound);
        }
    }
}
