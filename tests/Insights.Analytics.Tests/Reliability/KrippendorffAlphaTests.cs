using Insights.Analytics.Reliability;

namespace Insights.Analytics.Tests.Reliability;

/// <summary>
/// <see cref="KrippendorffAlpha.Interval"/>: the reliability data of Krippendorff (2011), with its published
/// alpha_interval = 0.849 and the exact fractions worked out below, and the essay ratings (complete, and with a
/// deterministic pattern of missing cells) against a base-R coincidence-matrix implementation in icc_reference.R,
/// to 1e-9 relative to max(1, |reference|).
/// </summary>
public sealed class KrippendorffAlphaTests
{
    private const double N = double.NaN;

    /// <summary>Krippendorff (2011), 4 coders x 12 units, transposed to units in rows and coders A..D in columns.</summary>
    private static readonly double[,] s_krippendorff2011 =
    {
        { 1, 1, N, 1 },
        { 2, 2, 3, 2 },
        { 3, 3, 3, 3 },
        { 3, 3, 3, 3 },
        { 2, 2, 2, 2 },
        { 1, 2, 3, 4 },
        { 4, 4, 4, 4 },
        { 1, 1, 2, 1 },
        { 2, 2, 2, 2 },
        { N, 5, 5, 5 },
        { N, N, 1, 1 },
        { N, 3, N, N },
    };

    [Fact]
    public void Krippendorff_2011_example()
    {
        // Unit 12 has one value and is not pairable; n = 3 + 4 * 8 + 3 + 2 = 40 pairable values.
        // Within units, sum over ordered pairs of (v_i - v_j)^2 / (m_u - 1):
        //   unit 2 (2,2,3,2): 6/3 = 2; unit 6 (1,2,3,4): 2 * (1+4+9+1+4+1) / 3 = 40/3; unit 8 (1,1,2,1): 6/3 = 2; others 0.
        //   D_o = (2 + 40/3 + 2) / 40 = 13/30.
        // All 40 values: 1 x9, 2 x13, 3 x10, 4 x5, 5 x3; sum 100, sum of squares 306;
        //   ordered pairs: 2 (40 * 306 - 100^2) = 4480; D_e = 4480 / (40 * 39) = 112/39.
        // alpha = 1 - (13/30) / (112/39) = 1 - 507/3360 = 2853/3360 = 0.849107..., the published 0.849.
        var result = KrippendorffAlpha.Interval(s_krippendorff2011);
        Assert.Equal(40, result.PairableValues);
        Assert.Equal(11, result.PairableUnits);
        Assert.Equal(13.0 / 30, result.ObservedDisagreement, 1e-14);
        Assert.Equal(112.0 / 39, result.ExpectedDisagreement, 1e-14);
        Assert.Equal(2853.0 / 3360, result.Alpha, 1e-14);
        Assert.Equal(0.849, Math.Round(result.Alpha, 3));
        ReliabilityReference.AssertClose(
            ReliabilityReference.Value("krippendorff2011", "krippendorff_interval", "alpha", "alpha"), result.Alpha, 1e-9, "R alpha");
    }

    [Theory]
    [InlineData("essay_style")]
    [InlineData("essay_mean4")]
    [InlineData("essay_style_missing")]
    [InlineData("sf")]
    public void Matches_base_R_coincidence_matrix(string dataset)
    {
        var scores = dataset switch
        {
            "essay_style" => ReliabilityReference.Essays.Style,
            "essay_mean4" => ReliabilityReference.Essays.Mean4,
            "essay_style_missing" => ReliabilityReference.WithMissingPattern(ReliabilityReference.Essays.Style),
            _ => IntraclassCorrelationTests.ShroutFleiss,
        };
        var result = KrippendorffAlpha.Interval(scores);
        void Check(string field, double actual) =>
            ReliabilityReference.AssertClose(
                ReliabilityReference.Value(dataset, "krippendorff_interval", "alpha", field), actual, 1e-9, $"{dataset} {field}");

        Check("alpha", result.Alpha);
        Check("Do", result.ObservedDisagreement);
        Check("De", result.ExpectedDisagreement);
        Check("n", result.PairableValues);
    }

    [Fact]
    public void Perfect_agreement_gives_one_and_no_variation_gives_NaN()
    {
        double[,] agree = { { 1, 1, N }, { 3, 3, 3 }, { 5, N, 5 } };
        Assert.Equal(1.0, KrippendorffAlpha.Interval(agree).Alpha);
        double[,] constant = { { 2, 2 }, { 2, 2 } };
        Assert.True(double.IsNaN(KrippendorffAlpha.Interval(constant).Alpha));
    }

    [Fact]
    public void Rejects_data_without_a_pairable_unit()
    {
        double[,] scores = { { 1, N }, { N, 2 } };
        Assert.Throws<ArgumentException>(() => KrippendorffAlpha.Interval(scores));
        Assert.Throws<ArgumentException>(() => KrippendorffAlpha.Interval(new double[,] { { 1, double.PositiveInfinity } }));
    }
}
