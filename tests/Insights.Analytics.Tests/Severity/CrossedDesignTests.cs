using System.Globalization;
using Insights.Analytics.Severity;

namespace Insights.Analytics.Tests.Severity;

/// <summary>
/// The profiled REML criterion at fixed θ against lme4's deviance function
/// (<c>lmer(..., devFunOnly = TRUE)</c>, lme4 1.1-31, values from ReferenceData/Severity/synthetic_varcomp.csv),
/// to 1e-10 relative: this checks the criterion itself, independently of the optimiser.
/// </summary>
public sealed class CrossedDesignTests
{
    /// <summary>The criterion at θ = (project, judge) equals lme4's devfun(θ) to 1e-10 relative.</summary>
    [Theory]
    [InlineData(1.0, 1.0, "reml_at_theta_1_1")]
    [InlineData(0.5, 2.0, "reml_at_theta_0.5_2")]
    [InlineData(0.0, 1.0, "reml_at_theta_0_1")]
    public void Reml_criterion_at_fixed_theta_matches_lme4_devfun(double thetaProject, double thetaJudge, string reference)
    {
        var design = new CrossedDesign(SeverityReferenceData.GeneratedRatings("synthetic"), judges: 20, projects: 300, criteria: 3);
        var expected = SeverityReferenceData.VarComp("synthetic")[reference];
        var actual = design.Deviance(thetaProject, thetaJudge);
        Assert.True(
            Math.Abs(actual - expected) <= 1e-10 * expected,
            string.Create(CultureInfo.InvariantCulture, $"θ = ({thetaProject}, {thetaJudge}): {actual:R} vs lme4 {expected:R}"));
    }
}
