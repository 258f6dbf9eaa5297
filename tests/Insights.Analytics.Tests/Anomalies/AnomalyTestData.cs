using Insights.Analytics.Severity;

namespace Insights.Analytics.Tests.Anomalies;

/// <summary>Hand-made fits and designs for the detector tests.</summary>
internal static class AnomalyTestData
{
    /// <summary>A fit with the given fixed effects, BLUPs and residual variance; judge SEs default to 0.5.</summary>
    public static SeverityFit Fit(double[] fixedEffects, double[] projectModes, double[] judgeModes, double residualVariance, double[]? judgeSes = null)
    {
        var ses = judgeSes ?? [.. judgeModes.Select(_ => 0.5)];
        return new SeverityFit(
            [.. fixedEffects.Select((e, i) => new FixedEffectEstimate(i, e, 0.1))],
            ProjectVariance: 50,
            JudgeVariance: 9,
            ResidualVariance: residualVariance,
            Theta: (1, 1),
            RemlCriterion: 0,
            Judges: [.. judgeModes.Select((m, j) => new RandomEffectEstimate(j, m, ses[j]))],
            Projects: [.. projectModes.Select((m, p) => new RandomEffectEstimate(p, m, 1))],
            Severities: [.. judgeModes.Select((m, j) => new JudgeSeverity(j, -m, ses[j]))],
            Evaluations: 1,
            Converged: true);
    }

    /// <summary>
    /// A simulated unit: projects × judges (every judge scores every project) × criteria, score = 70 + project
    /// effect (SD 8) + judge effect (SD 3) + noise (SD 3), rounded, clamped to 0-100.
    /// </summary>
    public static List<SeverityRating> Simulate(int projects, int judges, int criteria, int seed)
    {
        var random = new Random(seed);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var projectEffects = Enumerable.Range(0, projects).Select(_ => 8 * Normal()).ToArray();
        var judgeEffects = Enumerable.Range(0, judges).Select(_ => 3 * Normal()).ToArray();
        var ratings = new List<SeverityRating>();
        for (var p = 0; p < projects; p++)
        {
            for (var j = 0; j < judges; j++)
            {
                for (var c = 0; c < criteria; c++)
                {
                    var score = Math.Clamp(Math.Round(70 + projectEffects[p] + judgeEffects[j] + (3 * Normal())), 0, 100);
                    ratings.Add(new SeverityRating(j, p, c, score));
                }
            }
        }

        return ratings;
    }
}
