using System.Diagnostics;
using System.Globalization;
using Insights.Analytics.Rasch;
using MathNet.Numerics.Statistics;
using static Insights.Analytics.Tests.Rasch.RaschReference;

namespace Insights.Analytics.Tests.Rasch;

/// <summary>
/// <see cref="ManyFacetRasch"/> (JMLE) on the essay ratings against eRm 1.0.2 (CML, R 4.2.2) as written by
/// ReferenceData/Rasch/rasch_reference.R. eRm cannot fit three facets directly and its CML overflows on the full
/// 84 rater-domain items, so three designs it can fit are compared, each a special case of the many-facet model:
/// "style" (21 raters as judges, style domain only), "rsm20" (raters 1..5 x 4 domains as 20 items, one judge) and
/// "lrsm20" (eRm's linear rating scale model with item = rater + domain: the three-facet model itself, 5 judges x 4
/// criteria). Person measures are the ML estimates given eRm's CML item parameters (person.parameter's estimator).
/// Precision: Pearson correlations above 0.99 (the brief's criterion); JMLE and CML differ by the JMLE scale
/// inflation of about L / (L - 1), so values are also checked to stated absolute tolerances.
/// </summary>
public sealed class ManyFacetRaschEssayTests
{
    private const int Students = 372;

    public static TheoryData<string> Models => new() { "style", "rsm20", "lrsm20" };

    [Theory]
    [MemberData(nameof(Models))]
    public void Jmle_reproduces_eRm(string model)
    {
        var (observations, judges, criteria, facet) = model switch
        {
            "style" => (Observations(21, [0], "judges"), 21, 1, "judge"),
            "rsm20" => (Observations(5, [0, 1, 2, 3], "items"), 1, 20, "criterion"),
            _ => (Observations(5, [0, 1, 2, 3], "judges"), 5, 4, "judge"),
        };
        // The raw JMLE estimator first (the bias correction is on by default): compared with eRm's CML explicitly.
        var result = ManyFacetRasch.Fit(observations, Students, judges, criteria, new RaschOptions { BiasCorrection = false });
        Assert.Equal(1.0, result.Convergence.BiasCorrectionFactor);
        var output = TestContext.Current.TestOutputHelper;
        Assert.True(result.Convergence.Converged);

        // Persons: the same students are extreme in both; the others correlate above 0.99.
        var reference = Persons(model);
        Assert.Equal(Students, reference.Length);
        for (var n = 0; n < Students; n++)
        {
            Assert.Equal(double.IsNaN(reference[n]), result.Projects.Elements[n].Extreme);
        }

        var kept = Enumerable.Range(0, Students).Where(n => !double.IsNaN(reference[n])).ToArray();
        var mine = kept.Select(n => result.Projects.Elements[n].Measure).ToArray();
        var theirs = kept.Select(n => reference[n]).ToArray();
        var personR = Correlation.Pearson(mine, theirs);
        var slope = Slope(theirs, mine);
        output?.WriteLine($"{model}: persons r = {personR:F6} (n = {kept.Length}), JMLE/CML slope {slope:F4}, iterations {result.Convergence.Iterations}");
        Assert.True(personR > 0.99, $"person r = {personR}");

        // The facet eRm estimates as items (centred in both).
        var facets = new List<(string Name, RaschFacet Facet)> { (facet, facet == "judge" ? result.Judges : result.Criteria) };
        if (model == "lrsm20")
        {
            facets.Add(("criterion", result.Criteria));
        }

        foreach (var (name, fitted) in facets)
        {
            var expected = Parameters(model, name);
            var measured = fitted.Elements.Select(e => e.Measure).ToArray();
            var r = Correlation.Pearson(measured, expected);
            var maxDiff = measured.Zip(expected, (a, b) => Math.Abs(a - b)).Max();
            output?.WriteLine($"{model}: {name} r = {r:F6}, max |JMLE - CML| = {maxDiff:F4} logits");
            Assert.True(r > 0.99, $"{name} r = {r}");
            Assert.True(maxDiff < 0.1, $"{name} max difference {maxDiff}");
        }

        var thresholds = Parameters(model, "threshold");
        for (var k = 0; k < 3; k++)
        {
            output?.WriteLine($"{model}: F{k + 1} JMLE {result.Thresholds[k]:F4} CML {thresholds[k]:F4}");
            Assert.True(Math.Abs(result.Thresholds[k] - thresholds[k]) < 0.1 * Math.Max(1, Math.Abs(thresholds[k])));
        }

        // The JMLE thresholds are about L / (L - 1) times the CML ones (L = 20 or 21 ratings per student); the
        // (L - 1) / L correction, the default, brings them within 0.03 logits and the person slope near 1.
        var corrected = ManyFacetRasch.Fit(observations, Students, judges, criteria);
        var length = observations.Length / (double)Students;
        Assert.Equal((length - 1) / length, corrected.Convergence.BiasCorrectionFactor, 12);
        var correctedSlope = Slope(theirs, [.. kept.Select(n => corrected.Projects.Elements[n].Measure)]);
        output?.WriteLine($"{model}: bias-corrected F = {string.Join(", ", corrected.Thresholds.Select(f => f.ToString("F4", CultureInfo.InvariantCulture)))}, person slope {correctedSlope:F4}");
        for (var k = 0; k < 3; k++)
        {
            Assert.True(Math.Abs(corrected.Thresholds[k] - thresholds[k]) < 0.03, $"corrected F{k + 1} {corrected.Thresholds[k]} vs {thresholds[k]}");
        }

        Assert.InRange(correctedSlope, 0.98, 1.02);

        // The corrected facet measures are the raw ones times (L - 1) / L (no extreme judge or criterion here) and
        // stay as close to eRm's.
        foreach (var (name, _) in facets)
        {
            var raw = (name == "judge" ? result.Judges : result.Criteria).Elements;
            var shrunk = (name == "judge" ? corrected.Judges : corrected.Criteria).Elements;
            var expected = Parameters(model, name);
            for (var e = 0; e < raw.Count; e++)
            {
                Assert.Equal(raw[e].Measure * corrected.Convergence.BiasCorrectionFactor, shrunk[e].Measure, 9);
                Assert.True(Math.Abs(shrunk[e].Measure - expected[e]) < 0.1, $"corrected {name} {e}: {shrunk[e].Measure} vs {expected[e]}");
            }
        }
    }

    [Fact]
    public void Full_three_facet_fit_of_the_essays()
    {
        var observations = Observations(21, [0, 1, 2, 3], "judges");
        Assert.Equal(31_248, observations.Length);
        var clock = Stopwatch.StartNew();
        var result = ManyFacetRasch.Fit(observations, Students, 21, 4);
        clock.Stop();
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"372 x 21 x 4: {clock.Elapsed.TotalMilliseconds:F0} ms, {result.Convergence.Iterations} iterations, converged {result.Convergence.Converged}");
        foreach (var facet in new[] { result.Projects, result.Judges, result.Criteria })
        {
            output?.WriteLine($"{facet.Name}: separation {facet.Separation:F2}, reliability {facet.Reliability:F3}, strata {facet.Strata:F2}, " +
                $"mean infit {facet.Elements.Where(e => !e.Extreme).Average(e => e.Infit):F3}, mean outfit {facet.Elements.Where(e => !e.Extreme).Average(e => e.Outfit):F3}");
        }

        output?.WriteLine($"thresholds {string.Join(", ", result.Thresholds.Select(f => f.ToString("F3", CultureInfo.InvariantCulture)))}");
        Assert.True(result.Convergence.Converged);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30));

        // Complete data: a project's measure is a strictly increasing function of its raw score.
        var byScore = result.Projects.Elements.Where(e => !e.Extreme).OrderBy(e => e.ObservedScore).ToArray();
        for (var n = 1; n < byScore.Length; n++)
        {
            Assert.True(byScore[n].ObservedScore == byScore[n - 1].ObservedScore
                ? Math.Abs(byScore[n].Measure - byScore[n - 1].Measure) < 1e-6
                : byScore[n].Measure > byScore[n - 1].Measure);
        }

        Assert.All(result.FairAverages, f => Assert.InRange(f, 0, 3));
        Assert.Equal([0, 1, 2, 3], result.CategoryScores);
    }

    private static double Slope(double[] x, double[] y)
    {
        var mx = x.Average();
        var my = y.Average();
        return x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum() / x.Sum(a => (a - mx) * (a - mx));
    }
}
