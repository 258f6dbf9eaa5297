using Insights.Analytics.Rasch;

namespace Insights.Analytics.Tests.Rasch;

/// <summary>Seeded simulation of three-facet rating-scale data with known parameters.</summary>
internal static class RaschSimulation
{
    /// <summary>How a simulated judge behaves.</summary>
    internal enum JudgeBehaviour
    {
        /// <summary>Ratings drawn from the model.</summary>
        Model,

        /// <summary>Central tendency: a model rating, pulled into the middle categories 1..m-1.</summary>
        Central,

        /// <summary>Noisy: half the ratings are uniform over all categories instead of the model's.</summary>
        Noisy,
    }

    /// <summary>Simulated ratings and the parameters behind them.</summary>
    internal sealed record Data(
        RaschObservation[] Observations,
        double[] Abilities,
        double[] Severities,
        double[] Difficulties,
        double[] Thresholds);

    /// <summary>
    /// Projects with abilities N(0, 1); judges with severities evenly spread over -1..1 (centred); criteria
    /// -0.6, -0.2, 0.2, 0.6 (cycled); thresholds evenly spread over -1.5..1.5; every judge rates every project on every criterion.
    /// </summary>
    public static Data Generate(int seed, int projects, int judges, int criteria, int categories, IReadOnlyDictionary<int, JudgeBehaviour>? planted = null)
    {
        var random = new Random(seed);
        var abilities = Enumerable.Range(0, projects).Select(_ => Normal(random)).ToArray();
        var severities = Enumerable.Range(0, judges).Select(j => judges == 1 ? 0 : -1 + (2.0 * j / (judges - 1))).ToArray();
        double[] pattern = [-0.6, -0.2, 0.2, 0.6];
        var difficulties = Enumerable.Range(0, criteria).Select(i => pattern[i % 4]).ToArray();
        var meanDifficulty = difficulties.Average();
        difficulties = [.. difficulties.Select(d => d - meanDifficulty)];
        var m = categories - 1;
        var thresholds = Enumerable.Range(0, m).Select(k => m == 1 ? 0 : -1.5 + (3.0 * k / (m - 1))).ToArray();

        var observations = new List<RaschObservation>(projects * judges * criteria);
        var p = new double[categories];
        for (var n = 0; n < projects; n++)
        {
            for (var j = 0; j < judges; j++)
            {
                var behaviour = planted is not null && planted.TryGetValue(j, out var b) ? b : JudgeBehaviour.Model;
                for (var i = 0; i < criteria; i++)
                {
                    RaschCategoryModel.Probabilities(abilities[n] - severities[j] - difficulties[i], thresholds, p);
                    var score = Draw(random, p);
                    if (behaviour == JudgeBehaviour.Central)
                    {
                        score = Math.Clamp(score, 1, m - 1);
                    }
                    else if (behaviour == JudgeBehaviour.Noisy && random.NextDouble() < 0.5)
                    {
                        score = random.Next(categories);
                    }

                    observations.Add(new RaschObservation(n, j, i, score));
                }
            }
        }

        return new Data([.. observations], abilities, severities, difficulties, thresholds);
    }

    private static int Draw(Random random, double[] p)
    {
        var u = random.NextDouble();
        for (var k = 0; k < p.Length - 1; k++)
        {
            u -= p[k];
            if (u < 0)
            {
                return k;
            }
        }

        return p.Length - 1;
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
