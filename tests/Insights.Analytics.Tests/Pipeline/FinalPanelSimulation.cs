using Insights.Analytics.Bias;
using Insights.Analytics.Pipeline.Reading;
using Insights.Analytics.Pipeline.Units;
using Insights.Analytics.Severity;

namespace Insights.Analytics.Tests.Pipeline;

/// <summary>
/// A final-roadshow-like complete panel on a mixed-range rubric (criteria 0-25, 0-15, 0-10, integer marks), drawn
/// as the generator draws marks (docs/generator.md), on the percent of each criterion's range: a project's level on
/// criterion c is 78 + 4q + 4p_c (finalists are alike: q, p_c ~ N(0, 1)); a judge has severity ~ N(0, 3) %,
/// spread exp(N(0, 0.12²)) and noise SD 3.5 + 3U %; his mark is m_c = 78 + spread (level_c − 78) − severity +
/// N(0, noise²), recorded as round(R_c m_c / 100) clamped to 0..R_c. Severity and noise are therefore proportional
/// to each criterion's range, as they are in the generator's final roadshow.
/// </summary>
internal static class FinalPanelSimulation
{
    /// <summary>The criterion maxima (minima are 0).</summary>
    public static readonly double[] Maxima = [25, 15, 10];

    /// <summary>Projects of the panel.</summary>
    public const int Projects = 20;

    /// <summary>
    /// Draws a panel of 7-9 judges (7 + seed mod 3) for the seed. Optional plants: judge 0 gives one impression on
    /// every criterion (the mean of his latent marks, the generator's halo judge); judge 1 has severity
    /// <paramref name="lenientPercent"/> (negative = lenient) instead of a drawn one; a typo keys one 10-point mark of
    /// 7 or more of an ordinary judge as 0 or 1 (seed parity).
    /// </summary>
    public static Panel Draw(int seed, bool halo = false, double? lenientPercent = null, bool typo = false, double[]? weights = null)
    {
        var random = new Random(seed);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var judges = 7 + (seed % 3);
        var criteria = Maxima.Length;
        var levels = new double[Projects, criteria];
        for (var p = 0; p < Projects; p++)
        {
            var q = Normal();
            for (var c = 0; c < criteria; c++)
            {
                levels[p, c] = 78 + (4 * q) + (4 * Normal());
            }
        }

        var severity = new double[judges];
        var ratings = new List<SeverityRating>();
        for (var j = 0; j < judges; j++)
        {
            severity[j] = 3 * Normal();
            var spread = Math.Exp(0.12 * Normal());
            var noise = 3.5 + (3 * random.NextDouble());
            if (j == 1 && lenientPercent is { } lenient)
            {
                severity[j] = lenient;
            }

            for (var p = 0; p < Projects; p++)
            {
                var marks = new double[criteria];
                for (var c = 0; c < criteria; c++)
                {
                    marks[c] = 78 + (spread * (levels[p, c] - 78)) - severity[j] + (noise * Normal());
                }

                if (halo && j == 0)
                {
                    Array.Fill(marks, marks.Average());
                }

                for (var c = 0; c < criteria; c++)
                {
                    ratings.Add(new SeverityRating(j, p, c, Math.Clamp(Math.Round(Maxima[c] * marks[c] / 100), 0, Maxima[c])));
                }
            }
        }

        (int Index, double Intended)? planted = null;
        if (typo)
        {
            // An ordinary judge (not 0 or 1), the 10-point criterion, a mark of 7 or more.
            var candidates = Enumerable.Range(0, ratings.Count)
                .Where(i => ratings[i].Judge >= 2 && ratings[i].Criterion == criteria - 1 && ratings[i].Score >= 7).ToArray();
            var index = candidates[random.Next(candidates.Length)];
            planted = (index, ratings[index].Score);
            ratings[index] = ratings[index] with { Score = seed % 2 };
        }

        var data = new UnitData(
            new UnitKey("2024-SIM", NoticeStages.Final, "T01"),
            [.. Enumerable.Range(0, judges).Select(j => $"J{j:00}")],
            [.. Enumerable.Range(0, Projects).Select(p => $"P{p:00}")],
            ["c25", "c15", "c10"],
            ["T01-FINAL"],
            [.. ratings],
            new int[ratings.Count],
            new DateTime?[ratings.Count],
            [0, 0, 0],
            [.. Maxima],
            weights ?? [1, 1, 1],
            []);
        return new Panel(data, severity, planted);
    }

    /// <summary>Settings for one unit: no affiliations, a short award bootstrap.</summary>
    public static UnitSettings Settings { get; } = new((_, _) => false, 0, 7, 20, new FavouritismOptions(Permutations: 200));

    /// <summary>A drawn panel.</summary>
    /// <param name="Data">The unit.</param>
    /// <param name="Severity">True severities in percent of range.</param>
    /// <param name="Typo">The mistyped mark's index and intended mark.</param>
    internal sealed record Panel(UnitData Data, double[] Severity, (int Index, double Intended)? Typo);
}
