using Insights.Analytics.Severity;

namespace Insights.Analytics.Tests.Severity;

/// <summary>
/// <see cref="SeverityModel"/> against lme4 1.1-31, <c>lmer(score ~ criterion + (1|project) + (1|judge), REML = TRUE)</c>,
/// reference values from ReferenceData/Severity/lmer_reference.R (written to 15 significant digits).
/// Precision: variance components, fixed effects and their SEs to 1e-3 relative; the REML criterion to 1e-4
/// relative; judge and project BLUPs to 1e-3 absolute in score points; conditional SDs to 1e-3 relative.
/// </summary>
public sealed class SeverityModelTests
{
    private const double RelativeTolerance = 1e-3;
    private const double CriterionTolerance = 1e-4;
    private const double BlupTolerance = 1e-3;

    private static readonly Lazy<SeverityFit> s_essayFit = new(() => SeverityModel.Fit(SeverityReferenceData.EssayRatings().Ratings));
    private static readonly Lazy<SeverityFit> s_syntheticFit = new(() => SeverityModel.Fit(SeverityReferenceData.GeneratedRatings("synthetic")));

    /// <summary>Essay data (Wind and Hua), 31,248 scores, 372 students × 21 raters × 4 domains.</summary>
    [Fact]
    public void Essay_matches_lme4() => AssertMatches(s_essayFit.Value, "essay", SeverityReferenceData.EssayRatings().RaterIds, SeverityReferenceData.EssayRatings().StudentIds);

    /// <summary>Synthetic sparse design: 300 projects, 20 judges, 4 judges per project, 3 criteria, 5% dropped.</summary>
    [Fact]
    public void Synthetic_sparse_design_matches_lme4() =>
        AssertMatches(s_syntheticFit.Value, "synthetic", [.. Enumerable.Range(0, 20)], [.. Enumerable.Range(0, 300)]);

    /// <summary>
    /// Boundary: no judge effect in the data, lme4 returns θj = 0 exactly (a singular fit). The judge variance must be
    /// within 1e-8 of 0, the judge BLUPs and conditional SDs within 1e-3 of 0; the rest as in the other cases.
    /// </summary>
    [Fact]
    public void Boundary_fit_with_zero_judge_variance_matches_lme4()
    {
        var fit = SeverityModel.Fit(SeverityReferenceData.GeneratedRatings("boundary"));
        var vc = SeverityReferenceData.VarComp("boundary");
        Assert.True(fit.Converged);
        Assert.Equal(0, vc["judge"]);
        Assert.InRange(fit.JudgeVariance, 0, 1e-8);
        AssertRelative(vc["project"], fit.ProjectVariance, RelativeTolerance);
        AssertRelative(vc["residual"], fit.ResidualVariance, RelativeTolerance);
        AssertRelative(vc["reml_criterion"], fit.RemlCriterion, CriterionTolerance);
        var fe = SeverityReferenceData.FixedEffects("boundary");
        for (var f = 0; f < fe.Length; f++)
        {
            AssertRelative(fe[f].Estimate, fit.FixedEffects[f].Estimate, RelativeTolerance);
            AssertRelative(fe[f].Se, fit.FixedEffects[f].StandardError, RelativeTolerance);
        }

        Assert.All(fit.Judges, j => Assert.True(Math.Abs(j.ConditionalMode) <= BlupTolerance && j.ConditionalSd <= BlupTolerance));
        AssertRandom(SeverityReferenceData.RandomEffects("boundary", "projects"), fit.Projects, [.. Enumerable.Range(0, 60)]);
    }

    /// <summary>
    /// With more judges than projects the smaller facet becomes the dense block (the roles are exchanged inside the
    /// fit): the synthetic data with judges and projects exchanged (300 judges, 20 projects) matches lme4's fit of the
    /// original data with the roles exchanged, to the same precision.
    /// </summary>
    [Fact]
    public void More_judges_than_projects_matches_lme4_with_the_roles_exchanged()
    {
        var data = SeverityReferenceData.GeneratedRatings("synthetic").Select(r => r with { Judge = r.Project, Project = r.Judge }).ToArray();
        var fit = SeverityModel.Fit(data);
        var vc = SeverityReferenceData.VarComp("synthetic");
        Assert.True(fit.Converged);
        AssertRelative(vc["project"], fit.JudgeVariance, RelativeTolerance);
        AssertRelative(vc["judge"], fit.ProjectVariance, RelativeTolerance);
        AssertRelative(vc["residual"], fit.ResidualVariance, RelativeTolerance);
        AssertRelative(vc["reml_criterion"], fit.RemlCriterion, CriterionTolerance);
        AssertRandom(SeverityReferenceData.RandomEffects("synthetic", "projects"), fit.Judges, [.. Enumerable.Range(0, 300)]);
        AssertRandom(SeverityReferenceData.RandomEffects("synthetic", "judges"), fit.Projects, [.. Enumerable.Range(0, 20)]);
        Assert.Equal(300, fit.Severities.Count);
        Assert.All(fit.Severities, s => Assert.Equal(-fit.Judges[s.Judge].ConditionalMode, s.Severity));
    }

    /// <summary>Making judge 0 ten points harsher raises its severity by about ten and makes it the harshest.</summary>
    [Fact]
    public void Harsher_judge_has_positive_severity_about_ten_points_higher()
    {
        var data = SeverityReferenceData.GeneratedRatings("synthetic");
        var before = s_syntheticFit.Value.Severities[0].Severity;
        var harsher = data.Select(r => r.Judge == 0 ? r with { Score = r.Score - 10 } : r).ToArray();
        var fit = SeverityModel.Fit(harsher);
        var after = fit.Severities[0];
        Assert.True(fit.Converged);
        Assert.True(after.Severity > 8, $"severity {after.Severity}");
        Assert.InRange(after.Severity - before, 9.0, 11.0);
        Assert.Equal(0, fit.Severities.MaxBy(s => s.Severity)!.Judge);
        Assert.Equal(-fit.Judges[0].ConditionalMode, after.Severity);
    }

    /// <summary>Inputs that cannot be fitted are rejected.</summary>
    [Fact]
    public void Invalid_input_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => SeverityModel.Fit([]));
        Assert.Throws<ArgumentException>(() => SeverityModel.Fit([new SeverityRating(-1, 0, 0, 1), new SeverityRating(0, 0, 0, 2)]));
        Assert.Throws<ArgumentException>(() => SeverityModel.Fit([new SeverityRating(0, 0, 0, double.NaN), new SeverityRating(0, 1, 0, 2)]));
        Assert.Throws<ArgumentException>(() => SeverityModel.Fit([new SeverityRating(0, 0, 0, 1), new SeverityRating(0, 1, 2, 2), new SeverityRating(1, 1, 0, 2)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => SeverityModel.Fit([new SeverityRating(0, 0, 0, 1)], new SeverityFitOptions(MaxEvaluations: 1)));
    }

    private static void AssertMatches(SeverityFit fit, string name, int[] judgeIds, int[] projectIds)
    {
        var vc = SeverityReferenceData.VarComp(name);
        Assert.True(fit.Converged);
        AssertRelative(vc["project"], fit.ProjectVariance, RelativeTolerance);
        AssertRelative(vc["judge"], fit.JudgeVariance, RelativeTolerance);
        AssertRelative(vc["residual"], fit.ResidualVariance, RelativeTolerance);
        AssertRelative(vc["reml_criterion"], fit.RemlCriterion, CriterionTolerance);

        var fe = SeverityReferenceData.FixedEffects(name);
        Assert.Equal(fe.Length, fit.FixedEffects.Count);
        for (var f = 0; f < fe.Length; f++)
        {
            AssertRelative(fe[f].Estimate, fit.FixedEffects[f].Estimate, RelativeTolerance);
            AssertRelative(fe[f].Se, fit.FixedEffects[f].StandardError, RelativeTolerance);
        }

        AssertRandom(SeverityReferenceData.RandomEffects(name, "judges"), fit.Judges, judgeIds);
        AssertRandom(SeverityReferenceData.RandomEffects(name, "projects"), fit.Projects, projectIds);
    }

    private static void AssertRandom((int Level, double Blup, double CondSd)[] expected, IReadOnlyList<RandomEffectEstimate> actual, int[] ids)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Level, ids[actual[i].Level]);
            Assert.True(Math.Abs(expected[i].Blup - actual[i].ConditionalMode) <= BlupTolerance, $"level {expected[i].Level}: BLUP {actual[i].ConditionalMode} vs lme4 {expected[i].Blup}");
            AssertRelative(expected[i].CondSd, actual[i].ConditionalSd, RelativeTolerance);
        }
    }

    private static void AssertRelative(double expected, double actual, double tolerance) =>
        Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected), $"expected {expected:R}, actual {actual:R}, relative error {Math.Abs(actual - expected) / Math.Abs(expected):E2} > {tolerance:E0}");
}
