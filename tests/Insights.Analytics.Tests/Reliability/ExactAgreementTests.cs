using Insights.Analytics.Reliability;

namespace Insights.Analytics.Tests.Reliability;

/// <summary>
/// <see cref="ExactAgreement.Rate"/>: a hand-counted example, and the essay style scores (complete and with a
/// deterministic pattern of missing cells) against the pair counts of icc_reference.R (exact integers).
/// </summary>
public sealed class ExactAgreementTests
{
    [Fact]
    public void Hand_counted_example()
    {
        // Project 1: scores 7, 7, 8 -> pairs (7,7) agree, (7,8), (7,8) -> 1 of 3.
        // Project 2: scores 5, NaN, 5 -> one pair, agrees -> 1 of 1.
        // Project 3: one score -> no pair. Total 2 of 4.
        double[,] scores = { { 7, 7, 8 }, { 5, double.NaN, 5 }, { double.NaN, 6, double.NaN } };
        var result = ExactAgreement.Rate(scores);
        Assert.Equal(new ExactAgreementResult(0.5, 2, 4), result);
        Assert.Equal(1.0, ExactAgreement.Rate(scores, tolerance: 1).Rate);
    }

    [Theory]
    [InlineData("essay_style")]
    [InlineData("essay_style_missing")]
    public void Matches_R_counts(string dataset)
    {
        var style = ReliabilityReference.Essays.Style;
        var result = ExactAgreement.Rate(dataset == "essay_style" ? style : ReliabilityReference.WithMissingPattern(style));
        Assert.Equal(ReliabilityReference.Value(dataset, "exact_agreement", "rate", "agreeing"), result.AgreeingPairs);
        Assert.Equal(ReliabilityReference.Value(dataset, "exact_agreement", "rate", "pairs"), result.Pairs);
        ReliabilityReference.AssertClose(ReliabilityReference.Value(dataset, "exact_agreement", "rate", "rate"), result.Rate, 1e-12, dataset);
    }

    [Fact]
    public void Bad_arguments_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => ExactAgreement.Rate(new double[,] { { 1, double.NaN } }));
        Assert.Throws<ArgumentOutOfRangeException>(() => ExactAgreement.Rate(new double[,] { { 1, 1 } }, -1));
    }
}
